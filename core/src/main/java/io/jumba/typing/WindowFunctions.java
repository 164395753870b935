package io.jumba.typing;

import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.Expr;

import java.util.List;
import java.util.Map;

/**
 * NumPy's window functions np.bartlett, np.blackman, np.hamming and np.hanning of M points, with NumPy's formulas
 * (an empty array for M &lt; 1, [1.0] for M = 1), compiled from Python ({@link BuiltinPrelude}).
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
            default -> null;
        };
    }
}
