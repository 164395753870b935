package io.jumba.typing;

import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;

import java.util.List;

/** Conservative control-flow facts about lowered statement lists. */
final class ControlFlow {
    private ControlFlow() {}

    /** Whether running body can never reach its end (every path returns or raises). */
    static boolean neverFallsThrough(List<Stmt> body) {
        if (body.isEmpty()) return false;
        return switch (body.getLast()) {
            case Stmt.Return r -> true;
            case Stmt.Raise r -> true;
            case Stmt.If i -> neverFallsThrough(i.then()) && neverFallsThrough(i.otherwise());
            case Stmt.While w -> w.cond() instanceof Expr.Const c && Boolean.TRUE.equals(c.value()) && !breaks(w.body());
            // Java's rule, which the generated code must agree with: a finally that cannot complete ends the try.
            case Stmt.Try t -> neverFallsThrough(t.finalBody())
                    || neverFallsThrough(t.body()) && (!t.catches() || neverFallsThrough(t.handler()));
            case Stmt.Assign a -> false;
            case Stmt.Store st -> false;
            case Stmt.ArrayStore st -> false;
            case Stmt.ForRange f -> false;
            case Stmt.Eval e -> false;
            case Stmt.Print p -> false;
            case Stmt.Break b -> false;
            case Stmt.Continue c -> false;
        };
    }

    /** Whether running body never reaches its end: it returns, raises, breaks or continues on every path. */
    static boolean leavesBlock(List<Stmt> body) {
        if (!body.isEmpty() && (body.getLast() instanceof Stmt.Break || body.getLast() instanceof Stmt.Continue)) return true;
        return neverFallsThrough(body);
    }

    /** Whether body has a break that leaves this loop (breaks of nested loops do not count). */
    private static boolean breaks(List<Stmt> body) {
        for (Stmt s : body) {
            switch (s) {
                case Stmt.Break b -> { return true; }
                case Stmt.If i -> { if (breaks(i.then()) || breaks(i.otherwise())) return true; }
                case Stmt.Try t -> { if (breaks(t.body()) || breaks(t.handler()) || breaks(t.finalBody())) return true; }
                // Loops own their breaks; no other statement holds one.
                case Stmt.ForRange f -> { }
                case Stmt.While w -> { }
                case Stmt.Assign a -> { }
                case Stmt.Store st -> { }
                case Stmt.ArrayStore st -> { }
                case Stmt.Return r -> { }
                case Stmt.Eval e -> { }
                case Stmt.Print p -> { }
                case Stmt.Raise r -> { }
                case Stmt.Continue c -> { }
            }
        }
        return false;
    }
}
