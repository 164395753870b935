package io.jumba.parallel;

import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.IrPrinter;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every element access a loop body makes to shared arrays, traced through views ({@code row = out[i]; row[j]} is
 * {@code out[i, j]}). Arrays held in private variables that the body allocates afresh are skipped: each iteration
 * has its own.
 */
final class ArrayAccesses {
    /** One dimension's index in an access. */
    sealed interface Slot {
        /** A single index. */
        record At(Expr index) implements Slot {}

        /** The whole dimension. */
        record Whole() implements Slot {}

        /** A full slice of a view not yet indexed (filled by the next index applied to the view). */
        record Hole() implements Slot {}

        /** A bounded or strided slice, or a transposed view: some indices, which ones is not tracked. */
        record Unknown() implements Slot {}
    }

    /** An access to root's elements; slot(p) gives the index in dimension p. */
    record Access(Var root, List<Slot> slots, boolean write, Stmt stmt, SourcePos pos, String text) {
        Slot slot(int p) {
            if (slots == null) return new Slot.Unknown();
            return p < slots.size() ? slots.get(p) : new Slot.Whole();
        }
    }

    /** A call that receives a shared array: the callee may write it. */
    record CallWithArray(Var root, String function, SourcePos pos) {}

    private record Ref(Var root, List<Slot> slots) {}

    final List<Access> accesses = new ArrayList<>();
    final List<CallWithArray> calls = new ArrayList<>();
    private final Map<Var, Expr> aliases;
    private final Set<Var> privateArrays;
    private Stmt current;
    private SourcePos here;

    ArrayAccesses(Map<Var, Expr> aliases, Set<Var> privateArrays) {
        this.aliases = aliases;
        this.privateArrays = privateArrays;
    }

    void block(List<Stmt> stmts, SourcePos fallback) {
        for (Stmt s : stmts) {
            current = s;
            here = Positions.of(s, fallback);
            switch (s) {
                case Stmt.Store st -> {
                    access(st.array(), at(st.indices()), true, st.pos(), IrPrinter.expr(new Expr.Load(st.array(), st.indices(), st.pos())));
                    viewParts(st.array());
                    st.indices().forEach(this::expr);
                    expr(st.value());
                }
                case Stmt.ArrayStore st -> {
                    access(st.target(), List.of(), true, st.pos(), IrPrinter.expr(st.target()));
                    viewParts(st.target());
                    expr(st.value());
                }
                case Stmt.Assign a -> {
                    if (aliases.containsKey(a.target())) viewParts(a.value());
                    else expr(a.value());
                }
                case Stmt.If i -> {
                    expr(i.cond());
                    block(i.then(), fallback);
                    block(i.otherwise(), fallback);
                }
                case Stmt.ForRange f -> {
                    expr(f.start());
                    expr(f.stop());
                    expr(f.step());
                    block(f.body(), fallback);
                }
                case Stmt.While w -> {
                    expr(w.cond());
                    block(w.body(), fallback);
                }
                case Stmt.Eval e -> expr(e.value());
                case Stmt.Return r -> { if (r.value() != null) expr(r.value()); }
                case Stmt.Raise r -> r.args().forEach(this::expr);
                case Stmt.Print p -> p.values().forEach(this::expr);
                case Stmt.Break b -> {}
                case Stmt.Continue c -> {}
                case Stmt.Try t -> {
                    block(t.body(), fallback);
                    block(t.handler(), fallback);
                    block(t.finalBody(), fallback);
                }
            }
        }
    }

    /** Whether e reads root's elements anywhere. */
    boolean touches(Expr e, Var root) {
        Ref r = switch (e) {
            case Expr.Load l -> resolve(l.array());
            case Expr.View v -> resolve(v);
            case Expr.Local l when l.type() instanceof Type.Array -> resolve(l);
            default -> null;
        };
        if (r != null && r.root().equals(root)) return true;
        for (Expr c : Exprs.children(e)) if (touches(c, root)) return true;
        return false;
    }

    private void expr(Expr e) {
        switch (e) {
            case Expr.Load l -> {
                access(l.array(), at(l.indices()), false, l.pos(), IrPrinter.expr(l));
                viewParts(l.array());
                l.indices().forEach(this::expr);
            }
            case Expr.View v -> {
                access(v, List.of(), false, v.pos(), IrPrinter.expr(v));
                viewParts(v);
            }
            case Expr.Local l when l.type() instanceof Type.Array -> access(l, List.of(), false, here, l.var().name() + " (the whole array)");
            case Expr.Dim d -> viewParts(d.array());
            case Expr.Size z -> viewParts(z.array());
            case Expr.Call c -> {
                for (Expr arg : c.args()) {
                    Ref r = arg.type() instanceof Type.Array ? resolve(arg) : null;
                    if (r != null) calls.add(new CallWithArray(r.root(), c.function(), c.pos()));
                    expr(arg);
                }
            }
            default -> Exprs.children(e).forEach(this::expr);
        }
    }

    /** The index expressions inside a view chain (they are scalar reads, not element accesses of the view). */
    private void viewParts(Expr e) {
        switch (e) {
            case Expr.View v -> {
                viewParts(v.array());
                for (Expr.IndexSpec spec : v.spec()) {
                    switch (spec) {
                        case Expr.IndexSpec.At a -> expr(a.index());
                        case Expr.IndexSpec.Range r -> {
                            for (Expr b : new Expr[] {r.lower(), r.upper(), r.step()}) if (b != null) expr(b);
                        }
                    }
                }
            }
            case Expr.Transpose t -> viewParts(t.array());
            case Expr.ShapeView s -> {
                viewParts(s.array());
                s.args().forEach(this::expr);
            }
            case Expr.Local l -> {}
            default -> expr(e);
        }
    }

    private void access(Expr array, List<Slot> indices, boolean write, SourcePos pos, String text) {
        Ref r = resolve(array);
        if (r == null) return;
        List<Slot> slots = r.slots() == null ? null : apply(r.slots(), indices).stream()
                .map(s -> s instanceof Slot.Hole ? (Slot) new Slot.Whole() : s).toList();
        accesses.add(new Access(r.root(), slots, write, current, pos, text));
    }

    private Ref resolve(Expr e) {
        return switch (e) {
            case Expr.Local l -> {
                if (aliases.containsKey(l.var())) yield resolve(aliases.get(l.var()));
                if (privateArrays.contains(l.var()) || !(l.type() instanceof Type.Array)) yield null;
                yield new Ref(l.var(), List.of());
            }
            case Expr.View v -> {
                Ref base = resolve(v.array());
                if (base == null) yield null;
                if (base.slots() == null) yield base;
                List<Slot> spec = new ArrayList<>();
                for (Expr.IndexSpec s : v.spec()) {
                    spec.add(switch (s) {
                        case Expr.IndexSpec.At a -> new Slot.At(a.index());
                        case Expr.IndexSpec.Range r when r.lower() == null && r.upper() == null && r.step() == null -> new Slot.Hole();
                        case Expr.IndexSpec.Range r -> new Slot.Unknown();
                    });
                }
                yield new Ref(base.root(), apply(base.slots(), spec));
            }
            case Expr.Transpose t -> {
                Ref base = resolve(t.array());
                yield base == null ? null : new Ref(base.root(), null);
            }
            case Expr.ShapeView s -> {
                Ref base = resolve(s.array());
                yield base == null ? null : new Ref(base.root(), null);
            }
            default -> null;  // a fresh array (allocation, whole-array expression) or a call's result
        };
    }

    private static List<Slot> at(List<Expr> indices) { return indices.stream().map(i -> (Slot) new Slot.At(i)).toList(); }

    /** Indexes a view whose dimensions are base's holes (then its trailing dimensions) with items, in order. */
    private static List<Slot> apply(List<Slot> base, List<Slot> items) {
        List<Slot> out = new ArrayList<>();
        Iterator<Slot> it = items.iterator();
        for (Slot s : base) out.add(s instanceof Slot.Hole && it.hasNext() ? it.next() : s);
        it.forEachRemaining(out::add);
        return out;
    }
}
