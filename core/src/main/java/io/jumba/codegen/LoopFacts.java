package io.jumba.codegen;

import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.Var;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which variables are provably never negative: indices of counting-up loops ({@code range} with a constant start
 * {@code >= 0} and a constant step {@code > 0}) that nothing else assigns. Indexing with them needs no wrap.
 */
final class LoopFacts {
    private LoopFacts() {}

    static Set<String> nonNegativeIndices(Function f) {
        Set<String> good = new HashSet<>(), bad = new HashSet<>();
        for (Var p : f.params()) bad.add(p.name());
        Stmts.walk(f.body()).forEach(s -> {
            if (s instanceof Stmt.Assign a) bad.add(a.target().name());
            if (s instanceof Stmt.ForRange r) (countsUp(r) ? good : bad).add(r.index().name());
        });
        good.removeAll(bad);
        return good;
    }

    /** Array a's axis that the index of a loop over {@code range(a.shape[axis])} stays inside. */
    record InBounds(String array, int axis) {}

    /**
     * Locals that hold {@code a.shape[k]} wherever they are read: assigned once in the function, from that length of
     * an array parameter that nothing reassigns (as in {@code n = x.shape[0]}).
     */
    static Map<String, Expr.Dim> axisLengths(Function f) {
        Set<String> params = new HashSet<>();
        Map<String, Integer> assigned = new HashMap<>();   // a parameter counts as assigned once
        for (Var p : f.params()) {
            params.add(p.name());
            assigned.put(p.name(), 1);
        }
        Map<String, Expr.Dim> candidates = new HashMap<>();
        Stmts.walk(f.body()).forEach(s -> {
            if (s instanceof Stmt.Assign a) {
                assigned.merge(a.target().name(), 1, Integer::sum);
                if (uncast(a.value()) instanceof Expr.Dim d && d.array() instanceof Expr.Local) candidates.put(a.target().name(), d);
            }
            if (s instanceof Stmt.ForRange r) assigned.merge(r.index().name(), 2, Integer::sum);
        });
        Map<String, Expr.Dim> lengths = new HashMap<>();
        candidates.forEach((name, d) -> {
            String array = ((Expr.Local) d.array()).var().name();
            if (assigned.get(name) == 1 && params.contains(array) && assigned.get(array) == 1) lengths.put(name, d);
        });
        return lengths;
    }

    /** The array length that f runs up to: {@code a.shape[k]} itself, or a local of axisLengths; else null. */
    static Expr.Dim stopLength(Stmt.ForRange f, Map<String, Expr.Dim> axisLengths) {
        Expr stop = uncast(f.stop());
        if (stop instanceof Expr.Dim d && d.array() instanceof Expr.Local) return d;
        return stop instanceof Expr.Local l ? axisLengths.get(l.var().name()) : null;
    }

    /**
     * The axis that f's index stays inside in f's body, or null: f counts up from a constant {@code >= 0} to
     * {@code a.shape[axis]} ({@link #stopLength}), and its body assigns neither the index (nor loops over it) nor a,
     * so an access {@code a[..., i, ...]} at that axis in the body needs no check.
     */
    static InBounds inBounds(Stmt.ForRange f, Map<String, Expr.Dim> axisLengths) {
        Expr.Dim d = stopLength(f, axisLengths);
        if (!countsUp(f) || d == null) return null;
        String index = f.index().name(), array = ((Expr.Local) d.array()).var().name();
        boolean rebinds = Stmts.walk(f.body()).anyMatch(st -> st instanceof Stmt.Assign as
                && (as.target().name().equals(index) || as.target().name().equals(array))
                || st instanceof Stmt.ForRange r && r.index().name().equals(index));
        return rebinds ? null : new InBounds(array, d.axis());
    }

    private static Expr uncast(Expr e) { return e instanceof Expr.Cast c ? c.operand() : e; }

    private static boolean countsUp(Stmt.ForRange f) {
        return f.start() instanceof Expr.Const c && (Long) c.value() >= 0
                && f.step() instanceof Expr.Const st && (Long) st.value() > 0;
    }
}
