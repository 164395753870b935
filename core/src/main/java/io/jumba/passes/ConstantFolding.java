package io.jumba.passes;

import io.jumba.array.DType;
import io.jumba.ir.BinOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.UnOp;
import io.jumba.ir.Var;
import io.jumba.runtime.MathFn;
import io.jumba.types.Type;

import java.util.List;
import java.util.Map;

/**
 * Substitutes known values (constants, or whole expressions when inlining) for variables of a scalar expression and folds what became constant: comparisons,
 * {@code and}/{@code or}/{@code not}, selects with a constant condition and int64 {@code + - *} (wrapping, as
 * NumPy's int64 and Java's long do). Anything else is rebuilt around its folded operands, so evaluation order and
 * faults are unchanged.
 */
final class ConstantFolding {
    private ConstantFolding() {}

    /** e with every {@code Local} of known replaced by its value, then folded bottom-up. */
    static Expr fold(Expr e, Map<Var, ? extends Expr> known) {
        return switch (e) {
            case Expr.Local l -> known.containsKey(l.var()) ? known.get(l.var()) : l;
            case Expr.Binary b -> binary((Expr.Binary) Exprs.mapScalar(b, x -> fold(x, known)));
            case Expr.Unary u -> {
                Expr operand = fold(u.operand(), known);
                if (u.op() == UnOp.NOT && operand instanceof Expr.Const c && c.value() instanceof Boolean v) {
                    yield new Expr.Const(!v, Type.BOOL);
                }
                if (u.op() == UnOp.NEG && operand instanceof Expr.Unary inner && inner.op() == UnOp.NEG) yield inner.operand();
                yield new Expr.Unary(u.op(), operand, u.type());
            }
            case Expr.Compare c -> compare((Expr.Compare) Exprs.mapScalar(c, x -> fold(x, known)));
            case Expr.Logical l -> logical(l.isAnd(), fold(l.left(), known), fold(l.right(), known));
            case Expr.Select s -> {
                Expr cond = fold(s.cond(), known);
                if (cond instanceof Expr.Const c && c.value() instanceof Boolean v) {
                    yield fold(v ? s.ifTrue() : s.ifFalse(), known);
                }
                yield new Expr.Select(cond, fold(s.ifTrue(), known), fold(s.ifFalse(), known), s.type());
            }
            case Expr.Intrinsic in -> intrinsic((Expr.Intrinsic) Exprs.mapScalar(in, x -> fold(x, known)));
            // Constants, allocations, views and (after lowering, absent) array-level nodes hold no scalar locals
            // worth folding here; mapScalar keeps them as they are.
            default -> Exprs.mapScalar(e, x -> fold(x, known));
        };
    }

    /**
     * sqrt of a constant (correctly rounded in IEEE arithmetic, so the same value the kernel would compute), and
     * erf(-x) as -erf(x): Jumba's erf, scalar and vector, is exactly odd, and the negation outside lets
     * {@link CommonSubexpressions} share erf(x) with erf(-x) (Black-Scholes' cnd(d) and cnd(-d)).
     */
    private static Expr intrinsic(Expr.Intrinsic in) {
        if (in.fn() == MathFn.SQRT && in.args().getFirst() instanceof Expr.Const c && c.value() instanceof Double v) {
            double root = Math.sqrt(v);
            return new Expr.Const(in.type().dtype() == DType.FLOAT32 ? (double) (float) root : root, in.type());
        }
        if (in.fn() == MathFn.ERF && in.args().getFirst() instanceof Expr.Unary u && u.op() == UnOp.NEG) {
            return new Expr.Unary(UnOp.NEG, new Expr.Intrinsic(MathFn.ERF, List.of(u.operand()), in.type()), in.type());
        }
        return in;
    }

    private static Expr binary(Expr.Binary b) {
        // (-a) * b and (-a) / b are -(a * b) and -(a / b) in IEEE arithmetic (rounding is symmetric; same divisor,
        // same ZeroDivisionError): the negation moves outward, towards an odd function or a shared subexpression.
        if ((b.op() == BinOp.MUL || b.op() == BinOp.DIV) && b.type().dtype().isFloat()
                && b.left() instanceof Expr.Unary u && u.op() == UnOp.NEG) {
            return new Expr.Unary(UnOp.NEG, binary(new Expr.Binary(b.op(), u.operand(), b.right(), b.type(), b.pos())), b.type());
        }
        if (b.type().dtype() == DType.INT64 && b.left() instanceof Expr.Const x && x.value() instanceof Long l
                && b.right() instanceof Expr.Const y && y.value() instanceof Long r) {
            switch (b.op()) {
                case ADD -> { return new Expr.Const(l + r, b.type()); }
                case SUB -> { return new Expr.Const(l - r, b.type()); }
                case MUL -> { return new Expr.Const(l * r, b.type()); }
                default -> { }
            }
        }
        return b;
    }

    private static Expr compare(Expr.Compare c) {
        if (!(c.left() instanceof Expr.Const x) || !(c.right() instanceof Expr.Const y)) return c;
        int order;
        if (x.value() instanceof Long l && y.value() instanceof Long r) {
            boolean unsigned = x.type() instanceof Type.Scalar s && s.dtype() == DType.UINT64;
            order = unsigned ? Long.compareUnsigned(l, r) : Long.compare(l, r);
        } else if (x.value() instanceof Double l && y.value() instanceof Double r) {
            if (l.isNaN() || r.isNaN()) return new Expr.Const(c.op() == io.jumba.ir.CmpOp.NE, Type.BOOL);
            order = l < r ? -1 : l > r ? 1 : 0;
        } else {
            return c;
        }
        boolean result = switch (c.op()) {
            case LT -> order < 0;
            case LE -> order <= 0;
            case GT -> order > 0;
            case GE -> order >= 0;
            case EQ -> order == 0;
            case NE -> order != 0;
        };
        return new Expr.Const(result, Type.BOOL);
    }

    private static Expr logical(boolean isAnd, Expr left, Expr right) {
        if (left instanceof Expr.Const c && c.value() instanceof Boolean v) {
            // and: false short-circuits, true yields the right side; or: the mirror image.
            return v == isAnd ? right : c;
        }
        if (right instanceof Expr.Const c && c.value() instanceof Boolean v && v == isAnd) return left;
        return new Expr.Logical(isAnd, left, right);
    }
}
