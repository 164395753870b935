package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.ReduceOp;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.List;

/**
 * Reductions of complex arrays, over all elements or along a constant axis, and dot products of 1-d arrays one of
 * which is complex. Sums, products and means are one loop in element order in the array's own precision (complex64
 * stays complex64), as Numba computes them; min, max, argmin and argmax order complex values as NumPy does, by real
 * part then imaginary part, the first NaN (in either part) winning. The loops are the prelude's
 * ({@code __jumba_complex_sum} ...), not the vectorized reductions of real arrays, whose lanes hold no complex values.
 */
final class ComplexReductions {
    private ComplexReductions() {}

    /** Whether op of a complex array is computed here (any and all are not). */
    static boolean handles(ReduceOp op) {
        return op != ReduceOp.ANY && op != ReduceOp.ALL;
    }

    /**
     * {@code np.sum(a)}, {@code np.prod(a)}, {@code np.mean(a)}, {@code np.min(a)} ... (and the methods) of a complex
     * array: a scalar of its dtype (an int64 index for argmin and argmax).
     */
    static Expr whole(FunctionTyping f, ReduceOp op, Expr array, SourcePos pos) {
        DType d = ((Type.Array) array.type()).dtype();
        Expr flat = f.temp(ShapeCalls.ravel(array, pos));
        if (op.emptyMessage() != null) {
            Checks.raiseIf(f, TypedIr.compare(CmpOp.EQ, new Expr.Dim(flat, 0), TypedIr.i64(0), DType.INT64), "ValueError", op.emptyMessage(), pos);
            Expr largest = TypedIr.constant(op == ReduceOp.MAX || op == ReduceOp.ARGMAX, DType.BOOL);
            boolean index = op == ReduceOp.ARGMIN || op == ReduceOp.ARGMAX;
            return BuiltinPrelude.call(f, index ? "complex_argext" : "complex_ext", List.of(flat, largest), pos);
        }
        if (op == ReduceOp.PROD) return BuiltinPrelude.call(f, "complex_prod", List.of(flat, TypedIr.constant(1L, d)), pos);
        if (op == ReduceOp.SUM) return BuiltinPrelude.call(f, "complex_sum", List.of(flat, TypedIr.constant(0L, d)), pos);
        // the mean divides in complex128 (Numba's sum / size) and keeps the array's precision, as NumPy
        return TypedIr.cast(BuiltinPrelude.call(f, "complex_mean", List.of(flat, TypedIr.constant(0L, d)), pos), d);
    }

    /**
     * op of a complex array of two or more dimensions along constant axis: an array of the other dimensions (C order).
     * The axis is moved last and the array copied in C order, so each output's elements are one run of the copy; an
     * empty axis is NumPy's ValueError for min, max, argmin and argmax.
     */
    static Expr alongAxis(FunctionTyping f, ReduceOp op, Expr array, int axis, SourcePos pos) {
        Type.Array t = (Type.Array) array.type();
        if (t.ndim() == 1) return whole(f, op, array, pos);
        Expr source = f.temp(array);
        Expr n = f.temp(new Expr.Dim(source, axis));
        if (op.emptyMessage() != null) {
            Checks.raiseIf(f, TypedIr.compare(CmpOp.EQ, n, TypedIr.i64(0), DType.INT64), "ValueError", op.emptyMessage(), pos);
        }
        Expr runs = f.temp(ShapeCalls.ravel(ShapeCalls.moveAxis(source, axis, t.ndim() - 1, pos), pos));
        List<Expr> kept = new java.util.ArrayList<>();
        for (int k = 0; k < t.ndim(); k++) if (k != axis) kept.add(new Expr.Dim(source, k));
        boolean index = op == ReduceOp.ARGMIN || op == ReduceOp.ARGMAX;
        Type.Array resultType = Type.array(index ? DType.INT64 : t.dtype(), t.ndim() - 1, io.jumba.types.Layout.C);
        Expr out = f.temp(new Expr.Alloc(kept, Expr.Fill.EMPTY, null, resultType, pos));
        Expr outRuns = ShapeCalls.ravel(out, pos); // a view: C-contiguous
        List<Expr> args = switch (op) {
            case SUM, PROD, MEAN -> List.of(runs, n, outRuns, TypedIr.constant(op == ReduceOp.PROD ? 1L : 0L, t.dtype()),
                    TypedIr.constant(op == ReduceOp.PROD, DType.BOOL), TypedIr.constant(op == ReduceOp.MEAN, DType.BOOL));
            case MIN, MAX, ARGMIN, ARGMAX -> List.of(runs, n, outRuns,
                    TypedIr.constant(op == ReduceOp.MAX || op == ReduceOp.ARGMAX, DType.BOOL));
            case ANY, ALL -> throw new IllegalArgumentException(op + " of complex values");
        };
        String runner = switch (op) {
            case SUM, PROD, MEAN -> "complex_reduce_runs";
            case MIN, MAX -> "complex_ext_runs";
            case ARGMIN, ARGMAX, ANY, ALL -> "complex_argext_runs";
        };
        f.emit(new io.jumba.ir.Stmt.Eval(BuiltinPrelude.call(f, runner, args, pos)));
        return out;
    }

    /**
     * {@code np.dot(a, b)} (conjugate false) or {@code np.vdot(a, b)} (true) of 1-d arrays in the complex dtype d
     * they promote to: NumPy's ValueError when the lengths differ.
     */
    static Expr dot(FunctionTyping f, Expr l, Expr r, DType d, boolean conjugate, String name, SourcePos pos) {
        if (((Type.Array) l.type()).ndim() != 1 || ((Type.Array) r.type()).ndim() != 1) {
            throw new TypingError(pos, name + " of complex values is supported on 1-d arrays here, got "
                    + l.type() + " and " + r.type());
        }
        Expr a = f.temp(ArrayExpressions.toDType(l, d, pos));
        Expr b = f.temp(ArrayExpressions.toDType(r, d, pos));
        Expr na = new Expr.Dim(a, 0), nb = new Expr.Dim(b, 0);
        Checks.raiseIf(f, TypedIr.compare(CmpOp.NE, na, nb, DType.INT64), "ValueError",
                "shapes ({},) and ({},) not aligned: {} (dim 0) != {} (dim 0)", List.of(na, nb, na, nb), pos);
        Expr left = conjugate ? f.temp(ComplexCalls.conjugate(a, pos)) : a;
        return BuiltinPrelude.call(f, "complex_dot", List.of(left, b, TypedIr.constant(0L, d)), pos);
    }
}
