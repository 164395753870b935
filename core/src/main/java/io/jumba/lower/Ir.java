package io.jumba.lower;

import io.jumba.array.DType;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.UnOp;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.List;

/** Short constructors for the IR nodes the lowering generates. */
final class Ir {
    private Ir() {}

    static Expr i64(long v) { return new Expr.Const(v, Type.INT64); }

    static Expr bool(boolean v) { return new Expr.Const(v, Type.BOOL); }

    /** A constant of a numeric scalar type, given as a double (floats) or a long (ints). */
    static Expr number(Type.Scalar type, double floatValue, long intValue) {
        DType d = type.dtype();
        if (d.isFloat()) return new Expr.Const(floatValue, type);
        if (d.isBool()) return new Expr.Const(intValue != 0, type);
        return new Expr.Const(intValue, type);
    }

    static Expr cmp(CmpOp op, Expr a, Expr b) { return new Expr.Compare(op, a, b); }

    static Expr eq(Expr a, Expr b) { return cmp(CmpOp.EQ, a, b); }

    static Expr ne(Expr a, Expr b) { return cmp(CmpOp.NE, a, b); }

    static Expr and(Expr a, Expr b) { return new Expr.Logical(true, a, b); }

    static Expr or(Expr a, Expr b) { return new Expr.Logical(false, a, b); }

    static Expr not(Expr a) { return new Expr.Unary(UnOp.NOT, a, Type.BOOL); }

    /** {@code x != x}: true exactly for NaN. */
    static Expr isNan(Expr x) { return ne(x, x); }

    /** Disjunction of conditions; false when there are none. */
    static Expr anyOf(List<Expr> conditions) {
        Expr acc = null;
        for (Expr c : conditions) acc = acc == null ? c : or(acc, c);
        return acc == null ? bool(false) : acc;
    }

    /** Conjunction of conditions; true when there are none. */
    static Expr allOf(List<Expr> conditions) {
        Expr acc = null;
        for (Expr c : conditions) acc = acc == null ? c : and(acc, c);
        return acc == null ? bool(true) : acc;
    }

    static Expr binary(BinOp op, Expr a, Expr b, SourcePos pos) {
        return new Expr.Binary(op, a, b, (Type.Scalar) a.type(), pos);
    }

    static Expr add(Expr a, Expr b, SourcePos pos) { return binary(BinOp.ADD, a, b, pos); }

    static Expr mul(Expr a, Expr b, SourcePos pos) { return binary(BinOp.MUL, a, b, pos); }

    /** e converted to type; e itself when it already has it. */
    static Expr cast(Expr e, Type.Scalar type) { return e.type().equals(type) ? e : new Expr.Cast(e, type); }

    static Expr load(Expr array, List<Expr> indices, SourcePos pos) { return new Expr.Load(array, List.copyOf(indices), pos); }

    static Expr dim(Expr array, int axis) { return new Expr.Dim(array, axis); }

    static DType dtype(Expr arrayExpr) { return Expr.dtypeOf(arrayExpr); }

    static int ndim(Expr arrayExpr) { return ((Type.Array) arrayExpr.type()).ndim(); }
}
