package io.jumba.parallel;

import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.Stmt;
import io.jumba.source.SourcePos;

/**
 * The source position to report for a statement or expression. Typed assignments carry none of their own, so the
 * first position inside them stands in, and the loop's when there is none.
 */
final class Positions {
    private Positions() {}

    static SourcePos of(Stmt s, SourcePos fallback) {
        return switch (s) {
            case Stmt.Store st -> st.pos();
            case Stmt.ArrayStore st -> st.pos();
            case Stmt.ForRange f -> f.pos();
            case Stmt.While w -> w.pos();
            case Stmt.Raise r -> r.pos();
            case Stmt.Print p -> p.values().isEmpty() ? fallback : of(p.values().getFirst(), fallback);
            case Stmt.Assign a -> of(a.value(), fallback);
            case Stmt.Eval e -> of(e.value(), fallback);
            case Stmt.If i -> of(i.cond(), fallback);
            case Stmt.Return r -> r.value() == null ? fallback : of(r.value(), fallback);
            case Stmt.Break b -> fallback;
            case Stmt.Continue c -> fallback;
            case Stmt.Try t -> t.pos();
        };
    }

    static SourcePos of(Expr e, SourcePos fallback) {
        SourcePos own = switch (e) {
            case Expr.Binary b -> b.pos();
            case Expr.Load l -> l.pos();
            case Expr.Call c -> c.pos();
            case Expr.Random r -> r.pos();
            case Expr.View v -> v.pos();
            case Expr.Alloc a -> a.pos();
            case Expr.Library l -> l.pos();
            case Expr.Collection c -> c.pos();
            case Expr.Reduce r -> r.pos();
            case Expr.Elementwise w -> w.pos();
            case Expr.Dot d -> d.pos();
            default -> null;
        };
        if (own != null && own != SourcePos.NONE) return own;
        for (Expr c : Exprs.children(e)) {
            SourcePos p = of(c, null);
            if (p != null) return p;
        }
        return fallback;
    }
}
