package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.Arrays;
import java.util.List;

/**
 * {@code a.flat[i]} read and written, as Numba supports it: the element at C-order position i of an array of any
 * rank and layout. A negative i counts from the end and anything outside the array is an IndexError, as NumPy (Numba
 * does not check). The position becomes one index per axis by division with the dimensions, so no view is built.
 */
final class FlatIndexing {
    private FlatIndexing() {}

    /** The array {@code a} of an expression {@code a.flat}, or null when e is not one. */
    static Expr flatOf(PyExpr e, ExprLowering exprs) {
        if (!(e instanceof PyExpr.Attribute a) || !a.attr().equals("flat") || exprs.qualify(a) != null) return null;
        Expr array = exprs.lower(a.value());
        if (!(array.type() instanceof Type.Array)) return null;
        return exprs.temp(array);
    }

    /** The indices, one per axis, of the element at C-order position index of array; wraps and checks first. */
    static List<Expr> indices(FunctionTyping f, Expr array, PyExpr index, SourcePos pos) {
        if (index instanceof PyExpr.Slice || index instanceof PyExpr.Tuple) {
            throw new UnsupportedError(index.pos(), "a.flat takes one integer index here, as in Numba");
        }
        Expr position = f.temp(ArrayIndexing.integer(f.exprs.lower(index), index.pos()));
        Expr size = f.temp(new Expr.Size(array));
        Expr wrapped = f.temp(new Expr.Select(TypedIr.compare(CmpOp.LT, position, TypedIr.i64(0), DType.INT64),
                TypedIr.binary(BinOp.ADD, position, size, DType.INT64, pos), position, Type.INT64));
        Checks.raiseIf(f, new Expr.Logical(false, TypedIr.compare(CmpOp.LT, wrapped, TypedIr.i64(0), DType.INT64),
                TypedIr.compare(CmpOp.GE, wrapped, size, DType.INT64)), "IndexError",
                "index {} is out of bounds for size {}", List.of(position, size), pos);
        int ndim = ((Type.Array) array.type()).ndim();
        Expr[] indices = new Expr[ndim];
        Expr rest = wrapped;
        for (int d = ndim - 1; d > 0; d--) {
            Expr dim = new Expr.Dim(array, d);
            indices[d] = f.temp(TypedIr.binary(BinOp.MOD, rest, dim, DType.INT64, pos));
            rest = f.temp(TypedIr.binary(BinOp.FLOORDIV, rest, dim, DType.INT64, pos));
        }
        if (ndim > 0) indices[0] = rest;
        return Arrays.asList(indices);
    }
}
