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
            default -> false;
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
                default -> { }
            }
        }
        return false;
    }
}
