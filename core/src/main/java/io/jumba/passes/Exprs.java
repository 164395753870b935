package io.jumba.passes;

import io.jumba.ir.Expr;

import java.util.ArrayList;
import java.util.List;

/** Generic structure of {@link Expr} trees, for analyses that look at every node. */
final class Exprs {
    private Exprs() {}

    /** The direct sub-expressions of e, in evaluation order (absent optional ones left out). */
    static List<Expr> children(Expr e) {
        return switch (e) {
            case Expr.Const c -> List.of();
            case Expr.Local l -> List.of();
            case Expr.Element el -> List.of();
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
            case Expr.TupleNew t -> t.elements();
            case Expr.TupleGet t -> List.of(t.tuple());
            case Expr.Alloc a -> a.fillValue() == null ? a.shape() : append(a.shape(), a.fillValue());
            case Expr.Arange a -> List.of(a.start(), a.stop(), a.step());
            case Expr.Linspace l -> List.of(l.start(), l.stop(), l.num());
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
            case Expr.Elementwise w -> append(w.inputs(), w.body());
            case Expr.Reduce r -> List.of(r.array());
            case Expr.Dot d -> List.of(d.left(), d.right());
        };
    }

    /** Whether e is a whole-array node that {@code ArrayLowering} evaluates into a fresh array or scalar. */
    static boolean isArrayLevel(Expr e) {
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
