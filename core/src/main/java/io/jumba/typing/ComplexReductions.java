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
 * Sums, products and means of complex arrays over all elements, and dot products of 1-d arrays one of which is
 * complex. Numba computes them by one loop in element order in the array's own precision (complex64 stays complex64),
 * and so does Jumba: the loops are the prelude's ({@code __jumba_complex_sum} ...), not the vectorized reductions of
 * real arrays, whose lanes hold no complex values.
 */
final class ComplexReductions {
    private ComplexReductions() {}

    /** Whether op over the whole of a complex array is computed here. */
    static boolean handles(ReduceOp op) {
        return op == ReduceOp.SUM || op == ReduceOp.PROD || op == ReduceOp.MEAN;
    }

    /** {@code np.sum(a)}, {@code np.prod(a)}, {@code np.mean(a)} (and the methods) of a complex array: a scalar of its dtype. */
    static Expr whole(FunctionTyping f, ReduceOp op, Expr array, SourcePos pos) {
        DType d = ((Type.Array) array.type()).dtype();
        Expr flat = f.temp(ShapeCalls.ravel(array, pos));
        if (op == ReduceOp.PROD) return BuiltinPrelude.call(f, "complex_prod", List.of(flat, TypedIr.constant(1L, d)), pos);
        if (op == ReduceOp.SUM) return BuiltinPrelude.call(f, "complex_sum", List.of(flat, TypedIr.constant(0L, d)), pos);
        // the mean divides in complex128 (Numba's sum / size) and keeps the array's precision, as NumPy
        return TypedIr.cast(BuiltinPrelude.call(f, "complex_mean", List.of(flat, TypedIr.constant(0L, d)), pos), d);
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
