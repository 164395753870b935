package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.UnOp;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

/** Small IR builders that insert casts and fold constants, shared by the lowering classes. */
final class TypedIr {
    private TypedIr() {}

    static Expr.Const constant(Object value, DType d) { return ConstantFolder.constant(value, Type.scalar(d)); }

    static Expr.Const i64(long v) { return new Expr.Const(v, Type.INT64); }

    static DType dtype(Expr e) { return ((Type.Scalar) e.type()).dtype(); }

    static boolean isScalar(Expr e) { return e.type() instanceof Type.Scalar; }

    /** e converted to scalar type d (a folded constant, e itself, or a Cast). */
    static Expr cast(Expr e, DType d) {
        Type.Scalar t = Type.scalar(d);
        if (e.type().equals(t)) return e;
        // complex to real drops the imaginary part: refused, as Numba refuses it (a real part is taken with .real)
        if (e.type() instanceof Type.Scalar s && s.dtype().isComplex() && !d.isComplex()) {
            throw RefusedOperands.imaginaryPartLost(s.dtype(), d);
        }
        if (e instanceof Expr.Const c) return ConstantFolder.cast(c, t);
        return new Expr.Cast(e, t);
    }

    /** {@code l op r} with both operands cast to d, folded when both are constants. */
    static Expr binary(BinOp op, Expr l, Expr r, DType d, SourcePos pos) {
        Expr a = cast(l, d), b = cast(r, d);
        Type.Scalar t = Type.scalar(d);
        if (a instanceof Expr.Const ca && b instanceof Expr.Const cb) {
            Expr.Const folded = ConstantFolder.binary(op, ca, cb, t);
            if (folded != null) return folded;
        }
        return new Expr.Binary(op, a, b, t, pos);
    }

    /** {@code l op r} compared in type d. */
    static Expr compare(CmpOp op, Expr l, Expr r, DType d) {
        Expr a = cast(l, d), b = cast(r, d);
        if (a instanceof Expr.Const ca && b instanceof Expr.Const cb) return ConstantFolder.compare(op, ca, cb);
        return new Expr.Compare(op, a, b);
    }

    static Expr not(Expr boolExpr) {
        if (boolExpr instanceof Expr.Const c) return new Expr.Const(!(Boolean) c.value(), Type.BOOL);
        if (boolExpr instanceof Expr.Unary u && u.op() == UnOp.NOT) return u.operand();
        return new Expr.Unary(UnOp.NOT, boolExpr, Type.BOOL);
    }

    /** Python truthiness of a scalar: bool as is, numbers {@code != 0}. */
    static Expr truth(Expr e, SourcePos pos) {
        if (!(e.type() instanceof Type.Scalar s)) {
            throw new TypingError(pos, "cannot use a value of type " + e.type() + " as a condition");
        }
        if (s.dtype().isBool()) return e;
        return compare(CmpOp.NE, e, constant(0L, s.dtype()), s.dtype());
    }
}
