package io.jumba.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * Generic structure of {@link Expr} trees, for analyses that look at every node (passes and code generation):
 * {@link #children} and {@link #walk} to read a tree, {@link #map} and {@link #rewrite} to rebuild one, so a pass
 * spells out only the nodes it treats specially. {@link Stmts} does the same for statements.
 */
public final class Exprs {
    private Exprs() {}

    /** The direct sub-expressions of e, in evaluation order (absent optional ones left out). */
    public static List<Expr> children(Expr e) {
        return switch (e) {
            case Expr.Const c -> List.of();
            case Expr.Local l -> List.of();
            case Expr.Element el -> List.of();
            case Expr.NoneValue n -> List.of();
            case Expr.DTypeOf d -> List.of();
            case Expr.Wrap w -> List.of(w.value());
            case Expr.Unwrap u -> List.of(u.optional());
            case Expr.IsNone i -> List.of(i.optional());
            case Expr.Binary b -> List.of(b.left(), b.right());
            case Expr.Unary u -> List.of(u.operand());
            case Expr.Compare c -> List.of(c.left(), c.right());
            case Expr.Logical l -> List.of(l.left(), l.right());
            case Expr.Select s -> List.of(s.cond(), s.ifTrue(), s.ifFalse());
            case Expr.Cast c -> List.of(c.operand());
            case Expr.Load l -> prepend(l.array(), l.indices());
            case Expr.Dim d -> List.of(d.array());
            case Expr.Size s -> List.of(s.array());
            case Expr.Intrinsic i -> i.args();
            case Expr.Call c -> c.args();
            case Expr.Threads t -> t.args();
            case Expr.Random r -> r.args();
            case Expr.TupleNew t -> t.elements();
            case Expr.TupleGet t -> List.of(t.tuple());
            case Expr.Alloc a -> a.fillValue() == null ? a.shape() : append(a.shape(), a.fillValue());
            case Expr.Arange a -> List.of(a.start(), a.stop(), a.step());
            case Expr.Linspace l -> List.of(l.start(), l.stop(), l.num());
            case Expr.Library l -> l.args();
            case Expr.Collection c -> c.args();
            case Expr.View v -> {
                List<Expr> all = new ArrayList<>(List.of(v.array()));
                for (Expr.IndexSpec spec : v.spec()) {
                    switch (spec) {
                        case Expr.IndexSpec.At at -> all.add(at.index());
                        case Expr.IndexSpec.Range r -> {
                            for (Expr bound : new Expr[] {r.lower(), r.upper(), r.step()}) if (bound != null) all.add(bound);
                        }
                    }
                }
                yield all;
            }
            case Expr.Transpose t -> List.of(t.array());
            case Expr.ShapeView s -> prepend(s.array(), s.args());
            case Expr.Elementwise w -> append(w.inputs(), w.body());
            case Expr.Reduce r -> List.of(r.array());
            case Expr.Dot d -> List.of(d.left(), d.right());
        };
    }

    /**
     * Every node of e, each after its sub-expressions (evaluation order for unconditional code), e last. Collected
     * with an explicit stack: nested streams cost every node one step per level above it, quadratic in a long chain
     * such as {@code x + x + ... + x}, and recursion would bound the depth by the thread's stack.
     */
    public static Stream<Expr> walk(Expr e) {
        // Pre-order with the children pushed left to right (so visited right to left), then reversed: post-order.
        List<Expr> reversed = new ArrayList<>();
        ArrayDeque<Expr> pending = new ArrayDeque<>();
        pending.push(e);
        while (!pending.isEmpty()) {
            Expr x = pending.pop();
            reversed.add(x);
            for (Expr c : children(x)) pending.push(c);
        }
        return reversed.reversed().stream();
    }

    /** The number of nodes of e. */
    public static int nodes(Expr e) {
        return (int) walk(e).count();
    }

    /** The variables e reads (its {@link Expr.Local} nodes), in evaluation order. */
    public static Set<Var> reads(Expr e) {
        Set<Var> vars = new LinkedHashSet<>();
        walk(e).forEach(x -> {
            if (x instanceof Expr.Local l) vars.add(l.var());
        });
        return vars;
    }

    /** Whether e reads v anywhere. */
    public static boolean reads(Expr e, Var v) {
        return walk(e).anyMatch(x -> x instanceof Expr.Local l && l.var().equals(v));
    }

    /** e rebuilt bottom-up: f applied to each node after its sub-expressions were rewritten. */
    public static Expr rewrite(Expr e, UnaryOperator<Expr> f) {
        return f.apply(map(e, c -> rewrite(c, f)));
    }

    /** e rebuilt with f applied to each direct sub-expression (absent optional ones stay absent), any node kind. */
    public static Expr map(Expr e, UnaryOperator<Expr> f) {
        return switch (e) {
            case Expr.Const c -> c;
            case Expr.Local l -> l;
            case Expr.Element el -> el;
            case Expr.Alloc a -> new Expr.Alloc(a.shape().stream().map(f).toList(), a.fill(),
                    a.fillValue() == null ? null : f.apply(a.fillValue()), a.type(), a.pos());
            case Expr.Arange a -> new Expr.Arange(f.apply(a.start()), f.apply(a.stop()), f.apply(a.step()), a.type(), a.pos());
            case Expr.Linspace l -> new Expr.Linspace(f.apply(l.start()), f.apply(l.stop()), f.apply(l.num()), l.type(), l.pos());
            case Expr.Library l -> new Expr.Library(l.fn(), l.args().stream().map(f).toList(), l.type(), l.pos());
            case Expr.Collection c -> new Expr.Collection(c.fn(), c.args().stream().map(f).toList(), c.type(), c.pos());
            case Expr.View v -> new Expr.View(f.apply(v.array()), v.spec().stream().map(spec -> map(spec, f)).toList(),
                    v.type(), v.pos());
            case Expr.Transpose t -> new Expr.Transpose(f.apply(t.array()), t.type());
            case Expr.ShapeView s -> new Expr.ShapeView(s.op(), f.apply(s.array()), s.args().stream().map(f).toList(),
                    s.type(), s.pos());
            case Expr.Elementwise w -> new Expr.Elementwise(w.inputs().stream().map(f).toList(), f.apply(w.body()),
                    w.type(), w.pos());
            case Expr.Reduce r -> new Expr.Reduce(r.op(), f.apply(r.array()), r.axis(), r.type(), r.pos());
            case Expr.Dot d -> new Expr.Dot(f.apply(d.left()), f.apply(d.right()), d.type(), d.pos());
            default -> mapScalar(e, f);
        };
    }

    private static Expr.IndexSpec map(Expr.IndexSpec spec, UnaryOperator<Expr> f) {
        return switch (spec) {
            case Expr.IndexSpec.At at -> new Expr.IndexSpec.At(f.apply(at.index()));
            case Expr.IndexSpec.Range r -> new Expr.IndexSpec.Range(r.lower() == null ? null : f.apply(r.lower()),
                    r.upper() == null ? null : f.apply(r.upper()), r.step() == null ? null : f.apply(r.step()));
        };
    }

    /**
     * e rebuilt with f applied to each direct sub-expression, for the scalar nodes that code generators consume
     * (everything up to {@link Expr.Call}, tuples, dims and sizes). Allocations, views and array-level nodes are
     * returned as they are: passes that use this run after array lowering and leave those alone.
     */
    public static Expr mapScalar(Expr e, UnaryOperator<Expr> f) {
        return switch (e) {
            case Expr.Binary b -> new Expr.Binary(b.op(), f.apply(b.left()), f.apply(b.right()), b.type(), b.pos());
            case Expr.Unary u -> new Expr.Unary(u.op(), f.apply(u.operand()), u.type());
            case Expr.Compare c -> new Expr.Compare(c.op(), f.apply(c.left()), f.apply(c.right()));
            case Expr.Logical l -> new Expr.Logical(l.isAnd(), f.apply(l.left()), f.apply(l.right()));
            case Expr.Select s -> new Expr.Select(f.apply(s.cond()), f.apply(s.ifTrue()), f.apply(s.ifFalse()), s.type());
            case Expr.Cast c -> new Expr.Cast(f.apply(c.operand()), c.type());
            case Expr.Load l -> new Expr.Load(f.apply(l.array()), l.indices().stream().map(f).toList(), l.pos());
            case Expr.Intrinsic in -> new Expr.Intrinsic(in.fn(), in.args().stream().map(f).toList(), in.type());
            case Expr.Call c -> new Expr.Call(c.function(), c.args().stream().map(f).toList(), c.type(), c.pos());
            case Expr.Random r -> new Expr.Random(r.function(), r.args().stream().map(f).toList(), r.type(), r.pos());
            case Expr.TupleNew t -> new Expr.TupleNew(t.elements().stream().map(f).toList(), t.type());
            case Expr.TupleGet t -> new Expr.TupleGet(f.apply(t.tuple()), t.index(), t.type());
            case Expr.Dim d -> new Expr.Dim(f.apply(d.array()), d.axis());
            case Expr.Size z -> new Expr.Size(f.apply(z.array()));
            case Expr.Wrap w -> new Expr.Wrap(f.apply(w.value()), w.type());
            case Expr.Unwrap u -> new Expr.Unwrap(f.apply(u.optional()), u.pos());
            case Expr.IsNone i -> new Expr.IsNone(f.apply(i.optional()));
            default -> e;
        };
    }

    /** Whether e is one of the scalar nodes {@link #mapScalar} rebuilds, or a constant or variable. */
    public static boolean isScalar(Expr e) {
        return switch (e) {
            case Expr.Const c -> true;
            case Expr.Local l -> true;
            case Expr.Binary b -> true;
            case Expr.Unary u -> true;
            case Expr.Compare c -> true;
            case Expr.Logical l -> true;
            case Expr.Select s -> true;
            case Expr.Cast c -> true;
            case Expr.Load l -> true;
            case Expr.Intrinsic in -> true;
            case Expr.Call c -> true;
            case Expr.Random r -> true;
            case Expr.TupleNew t -> true;
            case Expr.TupleGet t -> true;
            case Expr.Dim d -> true;
            case Expr.Size z -> true;
            case Expr.NoneValue n -> true;
            case Expr.DTypeOf d -> true;
            case Expr.Wrap w -> true;
            case Expr.Unwrap u -> true;
            case Expr.IsNone i -> true;
            default -> false;
        };
    }

    /** Whether e is a whole-array node that {@code ArrayLowering} evaluates into a fresh array or scalar. */
    public static boolean isArrayLevel(Expr e) {
        return e instanceof Expr.Elementwise || e instanceof Expr.Reduce || e instanceof Expr.Dot;
    }

    private static List<Expr> prepend(Expr first, List<Expr> rest) {
        List<Expr> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static List<Expr> append(List<Expr> init, Expr last) {
        List<Expr> all = new ArrayList<>(init);
        all.add(last);
        return all;
    }
}
