package io.jumba.passes;

import io.jumba.array.DType;
import io.jumba.ir.Expr;
import io.jumba.ir.Var;
import io.jumba.types.Type;

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
                if (u.op() == io.jumba.ir.UnOp.NOT && operand instanceof Expr.Const c && c.value() instanceof Boolean v) {
                    yield new Expr.Const(!v, Type.BOOL);
                }
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
            // Constants, allocations, views and (after lowering, absent) array-level nodes hold no scalar locals
            // worth folding here; mapScalar keeps them as they are.
            default -> Exprs.mapScalar(e, x -> fold(x, known));
        };
    }

    private static Expr binary(Expr.Binary b) {
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
            order = Long.compare(l, r);
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
