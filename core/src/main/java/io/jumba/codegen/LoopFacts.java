package io.jumba.codegen;

import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;

import java.util.HashSet;
import java.util.List;
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
        scan(f.body(), good, bad);
        good.removeAll(bad);
        return good;
    }

    private static void scan(List<Stmt> body, Set<String> good, Set<String> bad) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.Assign a -> bad.add(a.target().name());
                case Stmt.ForRange f -> {
                    boolean countsUp = f.start() instanceof Expr.Const c && (Long) c.value() >= 0
                            && f.step() instanceof Expr.Const st && (Long) st.value() > 0;
                    (countsUp ? good : bad).add(f.index().name());
                    scan(f.body(), good, bad);
                }
                case Stmt.If i -> {
                    scan(i.then(), good, bad);
                    scan(i.otherwise(), good, bad);
                }
                case Stmt.While w -> scan(w.body(), good, bad);
                default -> { }
            }
        }
    }
}
