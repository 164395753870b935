package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.CmpOp;
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
 * {@code np.take_along_axis(arr, indices, axis)}: each run of indices along axis picks from the matching run of arr
 * (axis None: from arr flattened); the other dimensions must be equal (NumPy would broadcast lengths of 1).
 */
final class TakeCalls {
    private final FunctionTyping f;
    private final ArrayCalls calls;

    TakeCalls(FunctionTyping f, ArrayCalls calls) {
        this.f = f;
        this.calls = calls;
    }

    /** {@code np.take} or {@code np.take_along_axis}, or null when q is another function. */
    Expr call(String q, Call c) {
        if (q.equals("numpy.take_along_axis")) return alongAxis(c, "np.take_along_axis");
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

    private Expr alongAxis(Call c, String name) {
        Map<String, PyExpr> a = calls.bind(c, name, List.of("arr", "indices", "axis"), 3);
        Expr array = calls.array(a.get("arr"), name);
        Expr indices = calls.array(a.get("indices"), name);
        Type.Array it = (Type.Array) indices.type();
        if (!it.dtype().isInteger() || it.dtype().isBool()) {
            throw new TypingError(a.get("indices").pos(), name + "(): the indices array must contain integers, got " + it.dtype());
        }
        boolean flat = a.get("axis") instanceof PyExpr.NoneLit;
        if (flat) array = ShapeCalls.ravel(array, c.pos());
        int ndim = ((Type.Array) array.type()).ndim();
        if (it.ndim() != ndim) {
            throw new TypingError(c.pos(), name + "(): `indices` and `arr` must have the same number of dimensions, got "
                    + it.ndim() + " and " + ndim);
        }
        int axis = flat ? 0 : Axes.normalize(calls.constantAxis(a.get("axis"), name), ndim, a.get("axis").pos());
        array = f.temp(array);
        indices = f.temp(ArrayExpressions.toDType(indices, DType.INT64, c.pos()));
        for (int d = 0; d < ndim; d++) {
            if (d == axis) continue;
            Checks.raiseIf(f, TypedIr.compare(CmpOp.NE, new Expr.Dim(array, d), new Expr.Dim(indices, d), DType.INT64),
                    "IndexError", "shape mismatch: `arr` and `indices` dimensions don't match (Jumba does not broadcast lengths of 1)", c.pos());
        }
        Expr n = f.temp(new Expr.Dim(array, axis));
        Expr positions = f.temp(ShapeCalls.ravel(indices, c.pos()));
        Expr bad = f.temp(BuiltinPrelude.call(f, "index_outside", List.of(positions, n), c.pos()));
        Checks.raiseIf(f, TypedIr.compare(CmpOp.GE, bad, TypedIr.i64(0), DType.INT64), "IndexError",
                "index {} is out of bounds for axis {} with size {}",
                List.of(new Expr.Load(positions, List.of(bad), c.pos()), TypedIr.i64(axis), n), c.pos());
        Expr picked = BuiltinPrelude.call(f, "take_along_rows",
                List.of(AlongAxis.rows(array, axis, c.pos()), AlongAxis.rows(indices, axis, c.pos())), c.pos());
        return AlongAxis.backInPlace(f.temp(picked), indices, axis, c.pos());
    }
}
