package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.Expr;

import java.util.List;
import java.util.Map;

/**
 * NumPy's window functions np.bartlett, np.blackman, np.hamming, np.hanning and np.kaiser (with its beta) of M
 * points, with NumPy's formulas (an empty array for M &lt; 1, [1.0] for M = 1), compiled from Python
 * ({@link BuiltinPrelude}).
 */
final class WindowFunctions {
    private final FunctionTyping f;
    private final ArrayCalls calls;

    WindowFunctions(FunctionTyping f, ArrayCalls calls) {
        this.f = f;
        this.calls = calls;
    }

    /** The window q names, or null when q is none of them. */
    Expr call(String q, Call c) {
        return switch (q) {
            case "numpy.bartlett", "numpy.blackman", "numpy.hamming", "numpy.hanning" -> {
                String name = q.replace("numpy.", "np.");
                Map<String, PyExpr> a = calls.bind(c, name, List.of("M"), 1);
                Expr m = calls.integer(a.get("M"), name);
                yield BuiltinPrelude.call(f, q.substring("numpy.".length()), List.of(m), c.pos());
            }
            case "numpy.kaiser" -> {
                Map<String, PyExpr> a = calls.bind(c, "np.kaiser", List.of("M", "beta"), 2);
                Expr m = calls.integer(a.get("M"), "np.kaiser");
                Expr beta = calls.scalar(a.get("beta"), "np.kaiser");
                DType d = TypedIr.dtype(beta);
                if (!d.isInteger() && !d.isFloat()) {
                    throw new TypingError(a.get("beta").pos(), "np.kaiser() expects an integer or float beta, got " + beta.type());
                }
                yield BuiltinPrelude.call(f, "kaiser", List.of(m, TypedIr.cast(beta, DType.FLOAT64)), c.pos());
            }
            default -> null;
        };
    }
}
