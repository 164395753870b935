package io.jumba.frontend;

import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyStmt;
import io.jumba.frontend.ast.UnaryOperator;
import io.jumba.source.SourcePos;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code for ... else} and {@code while ... else}, rewritten to what the rest of the compiler knows: the else
 * block runs when the loop ends without {@code break}, so a loop with no break of its own is followed by the block,
 * and otherwise a flag set by each of its breaks guards it.
 */
final class LoopElse {
    private LoopElse() {}

    /**
     * The statements that run {@code loop} (a For or While whose body is {@code body}) then its else block;
     * {@code id} makes the flag's name unique in the function.
     */
    static List<PyStmt> desugar(PyStmt loop, List<PyStmt> body, List<PyStmt> orElse, int id, SourcePos elsePos) {
        PyExpr.Name flag = new PyExpr.Name("__loop_broke_" + id, elsePos);
        List<PyStmt> marked = markBreaks(body, flag);
        if (marked.equals(body)) {
            List<PyStmt> all = new ArrayList<>(List.of(loop));
            all.addAll(orElse);
            return List.copyOf(all);
        }
        PyStmt rebuilt = switch (loop) {
            case PyStmt.For f -> new PyStmt.For(f.target(), f.iter(), marked, f.pos());
            case PyStmt.While w -> new PyStmt.While(w.test(), marked, w.pos());
            default -> throw new IllegalArgumentException("not a loop: " + loop);
        };
        return List.of(new PyStmt.Assign(List.of(flag), new PyExpr.BoolLit(false, elsePos), elsePos), rebuilt,
                new PyStmt.If(new PyExpr.UnaryOp(UnaryOperator.NOT, flag, elsePos), orElse, List.of(), elsePos));
    }

    /** The body with each break of this loop (not of loops nested in it) preceded by {@code flag = True}. */
    private static List<PyStmt> markBreaks(List<PyStmt> body, PyExpr.Name flag) {
        List<PyStmt> out = new ArrayList<>();
        for (PyStmt s : body) {
            switch (s) {
                case PyStmt.Break b -> {
                    out.add(new PyStmt.Assign(List.of(flag), new PyExpr.BoolLit(true, b.pos()), b.pos()));
                    out.add(b);
                }
                case PyStmt.If i -> out.add(new PyStmt.If(i.test(), markBreaks(i.body(), flag), markBreaks(i.orElse(), flag), i.pos()));
                case PyStmt.Try t -> out.add(new PyStmt.Try(markBreaks(t.body(), flag),
                        t.handler() == null ? null : markBreaks(t.handler(), flag), markBreaks(t.orElse(), flag),
                        markBreaks(t.finalBody(), flag), t.pos()));
                // Every other statement holds no break of this loop (a nested loop's breaks are its own).
                case PyStmt.Assign a -> out.add(a);
                case PyStmt.AugAssign a -> out.add(a);
                case PyStmt.For f -> out.add(f);
                case PyStmt.While w -> out.add(w);
                case PyStmt.Continue c -> out.add(c);
                case PyStmt.Return r -> out.add(r);
                case PyStmt.Pass p -> out.add(p);
                case PyStmt.Raise r -> out.add(r);
                case PyStmt.Assert a -> out.add(a);
                case PyStmt.ExprStmt e -> out.add(e);
            }
        }
        return List.copyOf(out);
    }
}
