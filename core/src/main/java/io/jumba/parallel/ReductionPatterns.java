package io.jumba.parallel;

import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.runtime.parallel.ReductionKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Recognizes the statements that update a reduction variable: {@code r = r op e} (with {@code -=} a sum),
 * {@code r = min(r, e)} in its typed forms ({@code e if e < r else r}, NumPy's minimum/fmin), and the conditional
 * form {@code if e < r: r = e; k = ...} with companions. e never reads r. Array lowering's forms are recognized
 * too: {@code r = r or e} / {@code r = r and e} (np.any/np.all, e a variable or constant), and the NaN-aware
 * conditions of np.min/np.max ({@code if e < r or e != e}) and np.argmin/np.argmax
 * ({@code if not r != r and (e < r or e != e)}).
 */
final class ReductionPatterns {
    private ReductionPatterns() {}

    /** One reduction update: stmt updates var (and the companions, for the conditional argmin/argmax form). */
    record Update(Stmt stmt, Var var, ReductionKind kind, boolean lastWinsTies, List<Var> companions) {}

    /** The update s is, or null. */
    static Update of(Stmt s) {
        return switch (s) {
            case Stmt.Assign a -> assign(a);
            case Stmt.If i -> conditional(i);
            default -> null;
        };
    }

    private static Update assign(Stmt.Assign a) {
        Var r = a.target();
        // Complex accumulators have no parallel combine yet: the loop's race check then refuses the variable.
        if (!(r.type() instanceof io.jumba.types.Type.Scalar s) || s.dtype().isComplex()) return null;
        Expr v = SameValue.uncast(a.value());
        switch (v) {
            case Expr.Binary b -> {
                ReductionKind kind = kindOf(b.op());
                if (kind == null) return null;
                if (SameValue.isVar(b.left(), r) && !SameValue.reads(b.right(), r)) return new Update(a, r, kind, false, List.of());
                if (b.op() != BinOp.SUB && SameValue.isVar(b.right(), r) && !SameValue.reads(b.left(), r)) {
                    return new Update(a, r, kind, false, List.of());
                }
                return null;
            }
            case Expr.Intrinsic in when in.args().size() == 2 -> {
                ReductionKind kind = switch (in.fn()) {
                    case MIN -> ReductionKind.NAN_MIN;
                    case MAX -> ReductionKind.NAN_MAX;
                    case FMIN -> ReductionKind.FMIN;
                    case FMAX -> ReductionKind.FMAX;
                    default -> null;
                };
                Expr x = in.args().get(0), y = in.args().get(1);
                boolean ok = (SameValue.isVar(x, r) && !SameValue.reads(y, r)) || (SameValue.isVar(y, r) && !SameValue.reads(x, r));
                return kind != null && ok ? new Update(a, r, kind, false, List.of()) : null;
            }
            case Expr.Logical l -> {
                // r or e, r and e, e plain (so a chunk that starts from the identity evaluates nothing new)
                boolean plain = SameValue.uncast(l.right()) instanceof Expr.Local || SameValue.uncast(l.right()) instanceof Expr.Const;
                if (!SameValue.isVar(l.left(), r) || !plain || SameValue.reads(l.right(), r)) return null;
                return new Update(a, r, l.isAnd() ? ReductionKind.BIT_AND : ReductionKind.BIT_OR, false, List.of());
            }
            case Expr.Select sel when sel.cond() instanceof Expr.Compare c -> {
                // e if e < r else r: e replaces r when the comparison holds (the form Python's min(r, e) types to).
                if (!SameValue.isVar(sel.ifFalse(), r) || SameValue.reads(sel.ifTrue(), r)) return null;
                Choice choice = choice(c, r, sel.ifTrue());
                return choice == null ? null : new Update(a, r, choice.kind, choice.lastWinsTies, List.of());
            }
            default -> {
                return null;
            }
        }
    }

    private static Update conditional(Stmt.If i) {
        if (!i.otherwise().isEmpty() || i.then().isEmpty()) return null;
        List<Stmt.Assign> assigns = new ArrayList<>();
        for (Stmt s : i.then()) {
            if (!(s instanceof Stmt.Assign a)) return null;
            assigns.add(a);
        }
        for (Stmt.Assign a : assigns) {
            Var r = a.target();
            if (!(r.type() instanceof io.jumba.types.Type.Scalar) || SameValue.reads(a.value(), r)) continue;
            Choice choice = condition(i.cond(), r, a.value());
            if (choice == null) continue;
            List<Var> companions = new ArrayList<>();
            for (Stmt.Assign other : assigns) {
                if (other == a) continue;
                if (companions.contains(other.target()) || other.target().equals(r)) return null;
                companions.add(other.target());
            }
            for (Stmt.Assign other : assigns) {
                if (other == a) continue;
                if (SameValue.reads(other.value(), r)) return null;
                for (Var k : companions) if (SameValue.reads(other.value(), k)) return null;
            }
            for (Var k : companions) if (SameValue.reads(a.value(), k)) return null;
            return new Update(i, r, choice.kind, choice.lastWinsTies, companions);
        }
        return null;
    }

    /** Which extreme a comparison of candidate e against r keeps when e replaces r as it holds. */
    private record Choice(ReductionKind kind, boolean lastWinsTies) {}

    /**
     * The choice a condition makes for candidate e against r: a comparison, or array lowering's NaN-aware forms
     * {@code e < r or e != e} (AMIN/AMAX) and {@code not r != r and (e < r or e != e)} (ARGMIN/ARGMAX).
     */
    private static Choice condition(Expr cond, Var r, Expr e) {
        return switch (cond) {
            case Expr.Compare c -> choice(c, r, e);
            case Expr.Logical l when !l.isAnd() && l.left() instanceof Expr.Compare c && isNan(l.right(), e) -> {
                Choice plain = choice(c, r, e);
                if (plain == null || plain.lastWinsTies) yield null;
                yield new Choice(plain.kind == ReductionKind.MIN ? ReductionKind.AMIN : ReductionKind.AMAX, false);
            }
            case Expr.Logical l when l.isAnd() && l.left() instanceof Expr.Unary u && u.op() == io.jumba.ir.UnOp.NOT
                    && isNan(u.operand(), new Expr.Local(r)) -> {
                Choice nanAware = condition(l.right(), r, e);
                if (nanAware == null || !(nanAware.kind == ReductionKind.AMIN || nanAware.kind == ReductionKind.AMAX)) yield null;
                yield new Choice(nanAware.kind == ReductionKind.AMIN ? ReductionKind.ARGMIN : ReductionKind.ARGMAX, false);
            }
            default -> null;
        };
    }

    /** Whether test is {@code x != x} (true exactly for NaN) of the value x. */
    private static boolean isNan(Expr test, Expr x) {
        return test instanceof Expr.Compare c && c.op() == CmpOp.NE && SameValue.equal(c.left(), x) && SameValue.equal(c.right(), x);
    }

    private static Choice choice(Expr.Compare c, Var r, Expr e) {
        CmpOp op;
        if (SameValue.equal(c.left(), e) && SameValue.isVar(c.right(), r) && SameValue.uncast(c.right()) == c.right()) op = c.op();
        else if (SameValue.equal(c.right(), e) && SameValue.isVar(c.left(), r) && SameValue.uncast(c.left()) == c.left()) op = flip(c.op());
        else return null;
        return switch (op) {  // "e op r" holds → e replaces r
            case LT -> new Choice(ReductionKind.MIN, false);
            case LE -> new Choice(ReductionKind.MIN, true);
            case GT -> new Choice(ReductionKind.MAX, false);
            case GE -> new Choice(ReductionKind.MAX, true);
            case EQ, NE -> null;
        };
    }

    private static CmpOp flip(CmpOp op) {
        return switch (op) {
            case LT -> CmpOp.GT;
            case LE -> CmpOp.GE;
            case GT -> CmpOp.LT;
            case GE -> CmpOp.LE;
            case EQ, NE -> op;
        };
    }

    /** The reduction an update {@code r = r op e} makes (a - e sums -e), or null for an operator that is none. */
    private static ReductionKind kindOf(BinOp op) {
        return switch (op) {
            case ADD, SUB -> ReductionKind.SUM;
            case MUL -> ReductionKind.PRODUCT;
            case BITAND -> ReductionKind.BIT_AND;
            case BITOR -> ReductionKind.BIT_OR;
            case BITXOR -> ReductionKind.BIT_XOR;
            default -> null;
        };
    }

    /** The reduction an array update {@code x[k] = x[k] op e} applies, or null; e must not touch the array. */
    static ReductionKind arrayUpdate(Expr load, Expr value, java.util.function.Predicate<Expr> touchesArray) {
        if (!(SameValue.uncast(value) instanceof Expr.Binary b)) return null;
        ReductionKind kind = kindOf(b.op());
        if (kind == null) return null;
        if (SameValue.equal(SameValue.uncast(b.left()), load) && !touchesArray.test(b.right())) return kind;
        if (b.op() != BinOp.SUB && SameValue.equal(SameValue.uncast(b.right()), load) && !touchesArray.test(b.left())) return kind;
        return null;
    }
}
