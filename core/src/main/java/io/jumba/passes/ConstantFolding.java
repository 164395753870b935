package io.jumba.passes;

import io.jumba.array.DType;
import io.jumba.ir.Expr;
import io.jumba.ir.Var;
import io.jumba.types.Type;

import java.util.Map;

/**
 * Substitutes known constant variables into a scalar expression and folds what became constant: comparisons,
 * {@code and}/{@code or}/{@code not}, selects with a constant condition and int64 {@code + - *} (wrapping, as
 * NumPy's int64 and Java's long do). Anything else is rebuilt around its folded operands, so evaluation order and
 * faults are unchanged.
 */
final class ConstantFolding {
    private ConstantFolding() {}

    /** e with every {@code Local} of known replaced by its constant, then folded bottom-up. */
    static Expr fold(Expr e, Map<Var, Expr.Const> known) {
        return switch (e) {
            case Expr.Local l -> known.containsKey(l.var()) ? known.get(l.var()) : l;
            case Expr.Binary b -> binary(new Expr.Binary(b.op(), fold(b.left(), known), fold(b.right(), known), b.type(), b.pos()));
            case Expr.Unary u -> {
                Expr operand = fold(u.operand(), known);
                if (u.op() == io.jumba.ir.UnOp.NOT && operand instanceof Expr.Const c && c.value() instanceof Boolean v) {
                    yield new Expr.Const(!v, Type.BOOL);
                }
                yield new Expr.Unary(u.op(), operand, u.type());
            }
            case Expr.Compare c -> compare(new Expr.Compare(c.op(), fold(c.left(), known), fold(c.right(), known)));
            case Expr.Logical l -> logical(l.isAnd(), fold(l.left(), known), fold(l.right(), known));
            case Expr.Select s -> {
                Expr cond = fold(s.cond(), known);
                if (cond instanceof Expr.Const c && c.value() instanceof Boolean v) {
                    yield fold(v ? s.ifTrue() : s.ifFalse(), known);
                }
                yield new Expr.Select(cond, fold(s.ifTrue(), known), fold(s.ifFalse(), known), s.type());
            }
            case Expr.Cast c -> new Expr.Cast(fold(c.operand(), known), c.type());
            case Expr.Load l -> new Expr.Load(fold(l.array(), known), l.indices().stream().map(i -> fold(i, known)).toList(), l.pos());
            case Expr.Intrinsic in -> new Expr.Intrinsic(in.fn(), in.args().stream().map(a -> fold(a, known)).toList(), in.type());
            case Expr.Call c -> new Expr.Call(c.function(), c.args().stream().map(a -> fold(a, known)).toList(), c.type(), c.pos());
            case Expr.TupleNew t -> new Expr.TupleNew(t.elements().stream().map(a -> fold(a, known)).toList(), t.type());
            case Expr.TupleGet t -> new Expr.TupleGet(fold(t.tuple(), known), t.index(), t.type());
            case Expr.Dim d -> new Expr.Dim(fold(d.array(), known), d.axis());
            case Expr.Size z -> new Expr.Size(fold(z.array(), known));
            // Constants, allocations, views and (after lowering, absent) array-level nodes hold no scalar locals
            // worth folding here; they are kept as they are.
            default -> e;
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
