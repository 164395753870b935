package io.jumba.parallel;

import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.Var;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Expression facts the race analysis needs: equality of values regardless of source positions, and variables read. */
final class SameValue {
    private SameValue() {}

    /** Whether a and b compute the same value: same scalar nodes, operators, types and operands (positions ignored). */
    static boolean equal(Expr a, Expr b) {
        if (a.getClass() != b.getClass() || !a.type().equals(b.type())) return false;
        boolean node = switch (a) {
            case Expr.Const c -> c.equals(b);
            case Expr.Local l -> l.equals(b);
            case Expr.Binary x -> x.op() == ((Expr.Binary) b).op();
            case Expr.Unary x -> x.op() == ((Expr.Unary) b).op();
            case Expr.Compare x -> x.op() == ((Expr.Compare) b).op();
            case Expr.Logical x -> x.isAnd() == ((Expr.Logical) b).isAnd();
            case Expr.Intrinsic x -> x.fn() == ((Expr.Intrinsic) b).fn();
            case Expr.Dim x -> x.axis() == ((Expr.Dim) b).axis();
            case Expr.TupleGet x -> x.index() == ((Expr.TupleGet) b).index();
            case Expr.Select x -> true;
            case Expr.Cast x -> true;
            case Expr.Load x -> true;
            case Expr.Size x -> true;
            default -> false;  // calls, allocations, views and whole-array nodes are not plain values
        };
        if (!node) return false;
        List<Expr> ca = Exprs.children(a), cb = Exprs.children(b);
        if (ca.size() != cb.size()) return false;
        for (int k = 0; k < ca.size(); k++) if (!equal(ca.get(k), cb.get(k))) return false;
        return true;
    }

    /** e without the casts around it. */
    static Expr uncast(Expr e) {
        while (e instanceof Expr.Cast c) e = c.operand();
        return e;
    }

    /** Whether e is a plain read of v, casts aside. */
    static boolean isVar(Expr e, Var v) { return uncast(e) instanceof Expr.Local l && l.var().equals(v); }

    /** Every variable e reads. */
    static Set<Var> locals(Expr e) {
        Set<Var> out = new HashSet<>();
        collect(e, out);
        return out;
    }

    static boolean reads(Expr e, Var v) { return locals(e).contains(v); }

    private static void collect(Expr e, Set<Var> out) {
        if (e instanceof Expr.Local l) out.add(l.var());
        for (Expr c : Exprs.children(e)) collect(c, out);
    }
}
