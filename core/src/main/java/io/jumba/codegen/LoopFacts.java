package io.jumba.codegen;

import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.Var;

import java.util.HashSet;
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

    private static boolean countsUp(Stmt.ForRange f) {
        return f.start() instanceof Expr.Const c && (Long) c.value() >= 0
                && f.step() instanceof Expr.Const st && (Long) st.value() > 0;
    }
}
