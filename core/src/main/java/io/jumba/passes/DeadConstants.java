package io.jumba.passes;

import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes assignments of a constant to a variable that no expression of the function reads (such as the
 * {@code k = 3} markers and folded temporaries that {@link SmallLoopUnrolling} leaves behind). A constant has no
 * effect, so only the unobservable store disappears.
 */
final class DeadConstants {
    private DeadConstants() {}

    static List<Stmt> apply(List<Stmt> body) {
        Set<Var> read = new HashSet<>();
        reads(body, read);
        return keep(body, read);
    }

    private static List<Stmt> keep(List<Stmt> body, Set<Var> read) {
        List<Stmt> out = new ArrayList<>();
        for (Stmt s : body) {
            switch (s) {
                case Stmt.Assign a when a.value() instanceof Expr.Const && !read.contains(a.target()) -> { }
                case Stmt.If i -> out.add(new Stmt.If(i.cond(), keep(i.then(), read), keep(i.otherwise(), read)));
                case Stmt.ForRange f -> out.add(new Stmt.ForRange(f.index(), f.start(), f.stop(), f.step(),
                        keep(f.body(), read), f.parallel(), f.pos()));
                case Stmt.While w -> out.add(new Stmt.While(w.cond(), keep(w.body(), read), w.pos()));
                default -> out.add(s);
            }
        }
        return out;
    }

    private static void reads(List<Stmt> body, Set<Var> into) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.Assign a -> reads(a.value(), into);
                case Stmt.Store st -> {
                    reads(st.array(), into);
                    st.indices().forEach(i -> reads(i, into));
                    reads(st.value(), into);
                }
                case Stmt.ArrayStore st -> {
                    reads(st.target(), into);
                    reads(st.value(), into);
                }
                case Stmt.If i -> {
                    reads(i.cond(), into);
                    reads(i.then(), into);
                    reads(i.otherwise(), into);
                }
                case Stmt.ForRange f -> {
                    reads(f.start(), into);
                    reads(f.stop(), into);
                    reads(f.step(), into);
                    reads(f.body(), into);
                }
                case Stmt.While w -> {
                    reads(w.cond(), into);
                    reads(w.body(), into);
                }
                case Stmt.Return r -> { if (r.value() != null) reads(r.value(), into); }
                case Stmt.Eval e -> reads(e.value(), into);
                case Stmt.Raise r -> r.args().forEach(x -> reads(x, into));
                case Stmt.Break b -> { }
                case Stmt.Continue c -> { }
            }
        }
    }

    private static void reads(Expr e, Set<Var> into) {
        if (e instanceof Expr.Local l) into.add(l.var());
        for (Expr c : Exprs.children(e)) reads(c, into);
    }
}
