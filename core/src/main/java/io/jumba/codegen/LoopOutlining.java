package io.jumba.codegen;

import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.Function;
import io.jumba.ir.Stmt;
import io.jumba.source.SourcePos;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which top-level loop nests of a function the code generator moves into methods of their own (so that a function
 * too big for HotSpot's JIT becomes several methods that each fit), and what flows in and out of such a method.
 * Every generated local is declared at the top of the method, so a nest's variables can be passed in as parameters
 * and the ones read afterwards handed back. A nest holding a {@code return} stays where it is: returning from the
 * outlined method would not return from the function.
 */
public final class LoopOutlining {
    private LoopOutlining() {}

    /** Whether s is a loop nest ({@code for} or {@code while}) that can be moved into its own method. */
    public static boolean outlinable(Stmt s) {
        return (s instanceof Stmt.ForRange || s instanceof Stmt.While) && !returns(List.of(s));
    }

    /** The positions of the function's top-level loop nests that stay in its method because they return. */
    public static List<SourcePos> returningNests(Function f) {
        List<SourcePos> kept = new ArrayList<>();
        for (Stmt s : f.body()) {
            if (s instanceof Stmt.ForRange r && !outlinable(s)) kept.add(r.pos());
            if (s instanceof Stmt.While w && !outlinable(s)) kept.add(w.pos());
        }
        return kept;
    }

    private static boolean returns(List<Stmt> body) {
        for (Stmt s : body) {
            boolean r = switch (s) {
                case Stmt.Return ret -> true;
                case Stmt.ForRange f -> returns(f.body());
                case Stmt.While w -> returns(w.body());
                case Stmt.If i -> returns(i.then()) || returns(i.otherwise());
                default -> false;
            };
            if (r) return true;
        }
        return false;
    }

    /** Every variable s reads or assigns: the outlined method's parameters (an assignment may not happen). */
    static Set<String> mentioned(Stmt s) {
        Set<String> names = new HashSet<>();
        visit(s, names, names, false);
        return names;
    }

    /** The variables s may assign. */
    static Set<String> assigned(Stmt s) {
        Set<String> names = new HashSet<>();
        visit(s, new HashSet<>(), names, false);
        return names;
    }

    /**
     * The variables s may read before assigning them (a superset: reads inside a loop body count, except of the
     * loop's own index, which each iteration sets before its body runs). A nest's assignment matters afterwards
     * only to such a read.
     */
    static Set<String> exposedReads(Stmt s) {
        Set<String> names = new HashSet<>();
        visit(s, names, new HashSet<>(), true);
        return names;
    }

    private static void visit(Stmt s, Set<String> reads, Set<String> writes, boolean exposedOnly) {
        switch (s) {
            case Stmt.Assign a -> {
                writes.add(a.target().name());
                read(a.value(), reads);
            }
            case Stmt.Store st -> {
                read(st.array(), reads);
                for (Expr e : st.indices()) read(e, reads);
                read(st.value(), reads);
            }
            case Stmt.ArrayStore st -> {
                read(st.target(), reads);
                read(st.value(), reads);
            }
            case Stmt.If i -> {
                read(i.cond(), reads);
                for (Stmt b : i.then()) visit(b, reads, writes, exposedOnly);
                for (Stmt b : i.otherwise()) visit(b, reads, writes, exposedOnly);
            }
            case Stmt.ForRange f -> {
                writes.add(f.index().name());
                read(f.start(), reads);
                read(f.stop(), reads);
                read(f.step(), reads);
                Set<String> body = new HashSet<>();
                for (Stmt b : f.body()) visit(b, body, writes, exposedOnly);
                if (exposedOnly) body.remove(f.index().name());
                reads.addAll(body);
            }
            case Stmt.While w -> {
                read(w.cond(), reads);
                for (Stmt b : w.body()) visit(b, reads, writes, exposedOnly);
            }
            case Stmt.Return r -> {
                if (r.value() != null) read(r.value(), reads);
            }
            case Stmt.Eval e -> read(e.value(), reads);
            case Stmt.Raise r -> {
                for (Expr e : r.args()) read(e, reads);
            }
            case Stmt.Print p -> {
                for (Expr e : p.values()) read(e, reads);
            }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
        }
    }

    private static void read(Expr e, Set<String> names) {
        if (e instanceof Expr.Local l) names.add(l.var().name());
        for (Expr c : Exprs.children(e)) read(c, names);
    }
}
