package io.jumba.vectorize;

import io.jumba.ir.BinOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Var;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One array index as the vectorizer sees it: {@code v1 + v2 + ... + invariant + constant}, where the {@code vars}
 * are indices of the analysed loop nest (each with coefficient 1, repeats allowed) and {@code invariant}, when not
 * null, is a fault-free int64 expression that no iteration of the nest changes. {@code X[j, k]} has axes
 * {@code (j)} and {@code (k)}; {@code u[i - 1, j + 1]} has {@code (invariant i - 1)} and {@code (j, constant 1)}.
 */
record AffineIndex(List<Var> vars, Expr invariant, long constant) {
    AffineIndex { vars = List.copyOf(vars); }

    /** How many times v occurs in the sum. */
    int count(Var v) { return (int) vars.stream().filter(v::equals).count(); }

    /**
     * The affine form of e, or null when e is not one: loopVars are the nest's indices usable here, and
     * isInvariant accepts the fault-free int64 expressions that are invariant in the whole nest.
     */
    static AffineIndex of(Expr e, Set<Var> loopVars, Predicate<Expr> isInvariant) {
        if (e instanceof Expr.Local l && loopVars.contains(l.var())) return new AffineIndex(List.of(l.var()), null, 0);
        if (e instanceof Expr.Const c && c.value() instanceof Long k) return new AffineIndex(List.of(), null, k);
        if (isInvariant.test(e)) return new AffineIndex(List.of(), e, 0);
        if (!(e instanceof Expr.Binary b) || (b.op() != BinOp.ADD && b.op() != BinOp.SUB)) return null;
        AffineIndex l = of(b.left(), loopVars, isInvariant), r = of(b.right(), loopVars, isInvariant);
        if (l == null || r == null) return null;
        if (b.op() == BinOp.ADD) {
            List<Var> vs = new ArrayList<>(l.vars);
            vs.addAll(r.vars);
            return new AffineIndex(vs, combine(l.invariant, r.invariant, BinOp.ADD), l.constant + r.constant);
        }
        if (!r.vars.isEmpty()) return null;
        return new AffineIndex(l.vars, combine(l.invariant, r.invariant, BinOp.SUB), l.constant - r.constant);
    }

    private static Expr combine(Expr a, Expr b, BinOp op) {
        if (b == null) return a;
        Expr left = a != null ? a : new Expr.Const(0L, Type.INT64);
        return new Expr.Binary(op, left, b, Type.INT64, null);
    }
}
