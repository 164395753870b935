package io.jumba.ir;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Generic structure of {@link Stmt} lists, as {@link Exprs} is for expressions: a statement's own expressions and
 * nested blocks, every statement or expression node of a block, and rebuilding a block with its expressions mapped.
 */
public final class Stmts {
    private Stmts() {}

    /** The expressions s evaluates itself, in evaluation order (not those of its nested blocks; absent ones left out). */
    public static List<Expr> exprs(Stmt s) {
        return switch (s) {
            case Stmt.Assign a -> List.of(a.value());
            case Stmt.Store st -> {
                List<Expr> all = new ArrayList<>(List.of(st.array()));
                all.addAll(st.indices());
                all.add(st.value());
                yield all;
            }
            case Stmt.ArrayStore st -> List.of(st.target(), st.value());
            case Stmt.If i -> List.of(i.cond());
            case Stmt.ForRange f -> List.of(f.start(), f.stop(), f.step());
            case Stmt.While w -> List.of(w.cond());
            case Stmt.Return r -> r.value() == null ? List.of() : List.of(r.value());
            case Stmt.Eval e -> List.of(e.value());
            case Stmt.Raise r -> r.args();
            case Stmt.Print p -> p.values();
            case Stmt.Break b -> List.of();
            case Stmt.Continue c -> List.of();
            case Stmt.Try t -> List.of();
        };
    }

    /** The blocks nested in s, in source order. */
    public static List<List<Stmt>> bodies(Stmt s) {
        return switch (s) {
            case Stmt.If i -> List.of(i.then(), i.otherwise());
            case Stmt.ForRange f -> List.of(f.body());
            case Stmt.While w -> List.of(w.body());
            case Stmt.Try t -> List.of(t.body(), t.handler(), t.finalBody());
            case Stmt.Assign a -> List.of();
            case Stmt.Store st -> List.of();
            case Stmt.ArrayStore st -> List.of();
            case Stmt.Return r -> List.of();
            case Stmt.Eval e -> List.of();
            case Stmt.Raise r -> List.of();
            case Stmt.Print p -> List.of();
            case Stmt.Break b -> List.of();
            case Stmt.Continue c -> List.of();
        };
    }

    /** Every statement of block, nested ones included, each before the statements it holds. */
    public static Stream<Stmt> walk(List<Stmt> block) {
        return walk(block, s -> true);
    }

    /**
     * Every statement of block and of the blocks nested in the statements {@code into} accepts (e.g. only through
     * ifs, not into loops), each before the statements it holds.
     */
    public static Stream<Stmt> walk(List<Stmt> block, Predicate<Stmt> into) {
        return block.stream().flatMap(s -> Stream.concat(Stream.of(s),
                into.test(s) ? bodies(s).stream().flatMap(b -> walk(b, into)) : Stream.empty()));
    }

    /** Every expression node of block: per statement in {@link #walk} order, the nodes of its own expressions. */
    public static Stream<Expr> nodes(List<Stmt> block) {
        return walk(block).flatMap(s -> exprs(s).stream()).flatMap(Exprs::walk);
    }

    /** The variables that block may assign: assignment targets and loop indices, nested blocks included. */
    public static Set<Var> assigned(List<Stmt> block) {
        Set<Var> vars = new LinkedHashSet<>();
        walk(block).forEach(s -> {
            if (s instanceof Stmt.Assign a) vars.add(a.target());
            if (s instanceof Stmt.ForRange f) vars.add(f.index());
        });
        return vars;
    }

    /** The variables block reads: every {@link Expr.Local} of its expressions, nested blocks included. */
    public static Set<Var> reads(List<Stmt> block) {
        Set<Var> vars = new LinkedHashSet<>();
        walk(block).forEach(s -> {
            for (Expr e : exprs(s)) vars.addAll(Exprs.reads(e));
        });
        return vars;
    }

    /** Every variable block reads or may assign ({@link #reads}, then {@link #assigned}). */
    public static Set<Var> mentioned(List<Stmt> block) {
        Set<Var> vars = reads(block);
        vars.addAll(assigned(block));
        return vars;
    }

    /** block with f applied to every expression its statements hold, nested blocks included. */
    public static List<Stmt> map(List<Stmt> block, UnaryOperator<Expr> f) {
        return block.stream().map(s -> mapBodies(mapExprs(s, f), b -> map(b, f))).toList();
    }

    /** s with f applied to each of its own expressions ({@link #exprs}); nested blocks unchanged. */
    public static Stmt mapExprs(Stmt s, UnaryOperator<Expr> f) {
        return switch (s) {
            case Stmt.Assign a -> new Stmt.Assign(a.target(), f.apply(a.value()));
            case Stmt.Store st -> new Stmt.Store(f.apply(st.array()), st.indices().stream().map(f).toList(),
                    f.apply(st.value()), st.pos());
            case Stmt.ArrayStore st -> new Stmt.ArrayStore(f.apply(st.target()), f.apply(st.value()), st.pos());
            case Stmt.If i -> new Stmt.If(f.apply(i.cond()), i.then(), i.otherwise());
            case Stmt.ForRange r -> new Stmt.ForRange(r.index(), f.apply(r.start()), f.apply(r.stop()), f.apply(r.step()),
                    r.body(), r.parallel(), r.pos());
            case Stmt.While w -> new Stmt.While(f.apply(w.cond()), w.body(), w.pos());
            case Stmt.Return r -> new Stmt.Return(r.value() == null ? null : f.apply(r.value()));
            case Stmt.Eval ev -> new Stmt.Eval(f.apply(ev.value()));
            case Stmt.Raise r -> new Stmt.Raise(r.pythonName(), r.format(), r.args().stream().map(f).toList(), r.pos());
            case Stmt.Print p -> new Stmt.Print(p.texts(), p.values().stream().map(f).toList());
            case Stmt.Break b -> b;
            case Stmt.Continue c -> c;
            case Stmt.Try t -> t;
        };
    }

    /** s with f applied to each of its nested blocks ({@link #bodies}); its own expressions unchanged. */
    public static Stmt mapBodies(Stmt s, UnaryOperator<List<Stmt>> f) {
        return switch (s) {
            case Stmt.If i -> new Stmt.If(i.cond(), f.apply(i.then()), f.apply(i.otherwise()));
            case Stmt.ForRange r -> new Stmt.ForRange(r.index(), r.start(), r.stop(), r.step(), f.apply(r.body()),
                    r.parallel(), r.pos());
            case Stmt.While w -> new Stmt.While(w.cond(), f.apply(w.body()), w.pos());
            case Stmt.Try t -> new Stmt.Try(f.apply(t.body()), t.catches(), f.apply(t.handler()), f.apply(t.finalBody()), t.pos());
            case Stmt.Assign a -> a;
            case Stmt.Store st -> st;
            case Stmt.ArrayStore st -> st;
            case Stmt.Return r -> r;
            case Stmt.Eval e -> e;
            case Stmt.Raise r -> r;
            case Stmt.Print p -> p;
            case Stmt.Break b -> b;
            case Stmt.Continue c -> c;
        };
    }
}
