package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.Expr;
import io.jumba.ir.Expr.IndexSpec;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code np.take(a, indices, axis)} and {@code a.take(indices, axis)}: without an axis, positions in the flattened
 * array (C order); with one, advanced indexing along it ({@link AdvancedIndexing}), so bounds are checked alike.
 */
final class TakeCalls {
    private final FunctionTyping f;
    private final ArrayCalls calls;

    TakeCalls(FunctionTyping f, ArrayCalls calls) {
        this.f = f;
        this.calls = calls;
    }

    /** {@code np.take}, or null when q is another function. */
    Expr call(String q, Call c) {
        if (!q.equals("numpy.take")) return null;
        Map<String, PyExpr> a = calls.bind(c, "np.take", List.of("a", "indices", "axis"), 2);
        return take(calls.array(a.get("a"), "np.take"), a.get("indices"), a.get("axis"), "np.take", c.pos());
    }

    /** {@code a.take}, or null for another method. */
    Expr method(Expr receiver, String method, Call c) {
        if (!method.equals("take")) return null;
        Map<String, PyExpr> a = calls.bind(c, "array.take", List.of("indices", "axis"), 1);
        return take(receiver, a.get("indices"), a.get("axis"), "array.take", c.pos());
    }

    private Expr take(Expr array, PyExpr indicesArg, PyExpr axisArg, String name, SourcePos pos) {
        Expr indices = f.exprs.lower(indicesArg);
        boolean flat = axisArg == null || axisArg instanceof PyExpr.NoneLit;
        Expr source = flat ? ShapeCalls.ravel(array, pos) : array;
        int ndim = ((Type.Array) source.type()).ndim();
        int axis = flat ? 0 : Axes.normalize(calls.constantAxis(axisArg, name), ndim, axisArg.pos());
        if (indices.type() instanceof Type.Scalar s && s.dtype().isInteger()) {
            Expr i = TypedIr.cast(indices, DType.INT64);
            if (ndim == 1) return new Expr.Load(source, List.of(i), pos);
            List<IndexSpec> specs = new ArrayList<>();
            for (int k = 0; k < axis; k++) specs.add(new IndexSpec.Range(null, null, null));
            specs.add(new IndexSpec.At(i));
            return ArrayIndexing.view(source, specs, pos);
        }
        if (!(indices.type() instanceof Type.Array it) || !it.dtype().isInteger() || it.ndim() != 1) {
            throw new TypingError(indicesArg.pos(), name + "() expects an integer or a 1-d integer array of indices, got "
                    + indices.type());
        }
        return new AdvancedIndexing(f).read(new ArrayIndexing.Result.Advanced(source, axis, axis, indices, false), pos);
    }
}
