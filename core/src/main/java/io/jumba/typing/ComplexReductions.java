package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.ReduceOp;
import io.jumba.ir.ShapeOp;
import io.jumba.ir.Stmt;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reductions of complex arrays, over all elements or along an axis (any and all take the truth of each element
 * and reduce it as a bool array), and dot products of 1-d and 2-d arrays one of which is complex. Sums, products
 * and means are one loop in element order in the array's own precision (complex64 stays complex64), as Numba computes
 * them; min, max, argmin and argmax order complex values as NumPy does, by real
 * part then imaginary part, the first NaN (in either part) winning. The loops are the prelude's
 * ({@code __jumba_complex_sum} ...), not the vectorized reductions of real arrays, whose lanes hold no complex values.
 */
final class ComplexReductions {
    private ComplexReductions() {}

    /**
     * {@code np.sum(a)}, {@code np.prod(a)}, {@code np.mean(a)}, {@code np.min(a)} ... (and the methods) of a complex
     * array: a scalar of its dtype (an int64 index for argmin and argmax).
     */
    static Expr whole(FunctionTyping f, ReduceOp op, Expr array, SourcePos pos) {
        if (op == ReduceOp.ANY || op == ReduceOp.ALL) return new Expr.Reduce(op, truths(array, pos), null, Type.BOOL, pos);
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
        if (op == ReduceOp.ANY || op == ReduceOp.ALL) {
            return new Expr.Reduce(op, truths(array, pos), axis, Type.array(DType.BOOL, t.ndim() - 1, Layout.C), pos);
        }
        Expr source = f.temp(array);
        Expr n = f.temp(new Expr.Dim(source, axis));
        if (op.emptyMessage() != null) {
            Checks.raiseIf(f, TypedIr.compare(CmpOp.EQ, n, TypedIr.i64(0), DType.INT64), "ValueError", op.emptyMessage(), pos);
        }
        Expr runs = f.temp(ShapeCalls.ravel(ShapeCalls.moveAxis(source, axis, t.ndim() - 1, pos), pos));
        List<Expr> kept = new java.util.ArrayList<>();
        for (int k = 0; k < t.ndim(); k++) if (k != axis) kept.add(new Expr.Dim(source, k));
        boolean index = op == ReduceOp.ARGMIN || op == ReduceOp.ARGMAX;
        Type.Array resultType = Type.array(index ? DType.INT64 : t.dtype(), t.ndim() - 1, Layout.C);
        Expr out = f.temp(new Expr.Alloc(kept, Expr.Fill.EMPTY, null, resultType, pos));
        Expr outRuns = ShapeCalls.ravel(out, pos); // a view: C-contiguous
        List<Expr> args = switch (op) {
            case SUM, PROD, MEAN -> List.of(runs, n, outRuns, TypedIr.constant(op == ReduceOp.PROD ? 1L : 0L, t.dtype()),
                    TypedIr.constant(op == ReduceOp.PROD, DType.BOOL), TypedIr.constant(op == ReduceOp.MEAN, DType.BOOL));
            case MIN, MAX, ARGMIN, ARGMAX -> List.of(runs, n, outRuns,
                    TypedIr.constant(op == ReduceOp.MAX || op == ReduceOp.ARGMAX, DType.BOOL));
            case ANY, ALL -> throw new IllegalStateException("reduced as truths above");
        };
        String runner = switch (op) {
            case SUM, PROD, MEAN -> "complex_reduce_runs";
            case MIN, MAX -> "complex_ext_runs";
            case ARGMIN, ARGMAX, ANY, ALL -> "complex_argext_runs";
        };
        f.emit(new Stmt.Eval(BuiltinPrelude.call(f, runner, args, pos)));
        return out;
    }

    /** The truth of each element: a nonzero real or imaginary part (NaN included), as Numba's any and all take it. */
    private static Expr truths(Expr array, SourcePos pos) {
        return ArrayExpressions.lift(List.of(array), e -> TypedIr.truth(e.getFirst(), pos), pos);
    }

    /**
     * {@code np.dot(a, b)} / {@code a @ b} (conjugate false) of 1-d and 2-d operands, or {@code np.vdot(a, b)} (true)
     * of 1-d ones, in the complex dtype d they promote to: NumPy's ValueError when the inner lengths differ. Each
     * result element is one {@code complex_dot} loop in element order: a 1-d operand is a 2-d view of one row (left) or
     * one column (right) and that axis is dropped from the result, as NumPy's shapes.
     */
    static Expr dot(FunctionTyping f, Expr l, Expr r, DType d, boolean conjugate, String name, SourcePos pos) {
        int nl = ((Type.Array) l.type()).ndim(), nr = ((Type.Array) r.type()).ndim();
        if (conjugate ? nl != 1 || nr != 1 : nl < 1 || nl > 2 || nr < 1 || nr > 2) {
            throw new TypingError(pos, name + " of complex values is supported on " + (conjugate ? "1-d" : "1-d and 2-d")
                    + " arrays here, got " + l.type() + " and " + r.type());
        }
        Expr a = f.temp(ArrayExpressions.toDType(l, d, pos));
        Expr b = f.temp(ArrayExpressions.toDType(r, d, pos));
        Expr inner = new Expr.Dim(a, nl - 1), rows = new Expr.Dim(b, 0);
        List<Expr> dims = new ArrayList<>();
        for (Expr x : List.of(a, b)) for (int k = 0; k < ((Type.Array) x.type()).ndim(); k++) dims.add(new Expr.Dim(x, k));
        dims.addAll(List.of(inner, rows));
        Checks.raiseIf(f, TypedIr.compare(CmpOp.NE, inner, rows, DType.INT64), "ValueError", "shapes " + shape(nl) + " and "
                + shape(nr) + " not aligned: {} (dim " + (nl - 1) + ") != {} (dim 0)", dims, pos);
        if (nl == 1 && nr == 1) {
            Expr left = conjugate ? f.temp(ComplexCalls.conjugate(a, pos)) : a;
            return BuiltinPrelude.call(f, "complex_dot", List.of(left, b, TypedIr.constant(0L, d)), pos);
        }
        Expr matrixA = nl == 1 ? f.temp(ShapeCalls.expandDims(a, 0, pos)) : a;
        Expr matrixB = nr == 1 ? f.temp(ShapeCalls.expandDims(b, 1, pos)) : b;
        Expr out = f.temp(new Expr.Alloc(List.of(new Expr.Dim(matrixA, 0), new Expr.Dim(matrixB, 1)), Expr.Fill.EMPTY,
                null, Type.array(d, 2, Layout.C), pos));
        f.emit(new Stmt.Eval(BuiltinPrelude.call(f, "complex_matmul", List.of(matrixA, matrixB, out,
                TypedIr.constant(0L, d)), pos)));
        if (nl == 2 && nr == 2) return out;
        return new Expr.ShapeView(ShapeOp.SQUEEZE, out, List.of(TypedIr.i64(nl == 1 ? 0 : 1)),
                Type.array(d, 1, Layout.C), pos);
    }

    /** A shape of ndim dimensions as NumPy's messages print it, each a {@code {}} placeholder. */
    private static String shape(int ndim) {
        return ndim == 1 ? "({},)" : "(" + String.join(",", Collections.nCopies(ndim, "{}")) + ")";
    }
}
