package io.jumba.passes;

import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.ir.Var;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Forward constant propagation through a statement list: a scalar variable last assigned a constant is replaced
 * by it in later expressions ({@link ConstantFolding}), and an {@code if} whose condition folds to a constant is
 * replaced by the branch it takes. Before a compound statement every variable it may assign is forgotten, so the
 * facts hold on every path. Used on freshly unrolled loop bodies, where the loop index became a constant.
 */
final class ConstantPropagation {
    private ConstantPropagation() {}

    /** body rewritten, starting from the facts in known (which is not modified). */
    static List<Stmt> apply(List<Stmt> body, Map<Var, Expr.Const> known) {
        List<Stmt> out = new ArrayList<>();
        block(body, new HashMap<>(known), out);
        return out;
    }

    private static void block(List<Stmt> body, Map<Var, Expr.Const> known, List<Stmt> out) {
        for (Stmt s : body) stmt(s, known, out);
    }

    private static void stmt(Stmt s, Map<Var, Expr.Const> known, List<Stmt> out) {
        switch (s) {
            case Stmt.Assign a -> {
                Expr value = ConstantFolding.fold(a.value(), known);
                if (value instanceof Expr.Const c) known.put(a.target(), c);
                else known.remove(a.target());
                out.add(new Stmt.Assign(a.target(), value));
            }
            case Stmt.If i -> {
                Expr cond = ConstantFolding.fold(i.cond(), known);
                if (cond instanceof Expr.Const c && c.value() instanceof Boolean taken) {
                    block(taken ? i.then() : i.otherwise(), known, out);
                    return;
                }
                forget(List.of(s), known);
                out.add(new Stmt.If(cond, apply(i.then(), known), apply(i.otherwise(), known)));
            }
            case Stmt.ForRange f -> {
                Expr start = ConstantFolding.fold(f.start(), known);
                Expr stop = ConstantFolding.fold(f.stop(), known);
                Expr step = ConstantFolding.fold(f.step(), known);
                forget(List.of(s), known);
                out.add(new Stmt.ForRange(f.index(), start, stop, step, apply(f.body(), known), f.parallel(), f.pos()));
            }
            case Stmt.While w -> {
                forget(List.of(s), known);
                out.add(new Stmt.While(ConstantFolding.fold(w.cond(), known), apply(w.body(), known), w.pos()));
            }
            case Stmt.Try t -> {
                // An exception may leave the body after any statement: the handler knows only what held before the
                // try and the body cannot change, finally only what neither can, and after the try the same.
                List<Stmt> body = apply(t.body(), known);
                forget(t.body(), known);
                List<Stmt> handler = apply(t.handler(), known);
                forget(t.handler(), known);
                List<Stmt> finalBody = apply(t.finalBody(), known);
                forget(t.finalBody(), known);
                out.add(new Stmt.Try(body, t.catches(), handler, finalBody, t.pos()));
            }
            case Stmt.ArrayStore st -> out.add(st);
            // stores, returns, evaluations, raises, break and continue: their expressions folded
            case Stmt.Store st -> out.add(Stmts.mapExprs(s, e -> ConstantFolding.fold(e, known)));
            case Stmt.Return r -> out.add(Stmts.mapExprs(s, e -> ConstantFolding.fold(e, known)));
            case Stmt.Eval e -> out.add(Stmts.mapExprs(s, x -> ConstantFolding.fold(x, known)));
            case Stmt.Raise r -> out.add(Stmts.mapExprs(s, e -> ConstantFolding.fold(e, known)));
            case Stmt.Print p -> out.add(Stmts.mapExprs(s, e -> ConstantFolding.fold(e, known)));
            case Stmt.Break b -> out.add(b);
            case Stmt.Continue c -> out.add(c);
        }
    }

    /** Drops the facts about every variable that body may assign (loop indices included). */
    private static void forget(List<Stmt> body, Map<Var, Expr.Const> known) {
        known.keySet().removeAll(Stmts.assigned(body));
    }
}
