package io.jumba.parallel;

import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.Stmt;

import java.util.List;

/**
 * The static cost of one iteration of a prange loop, in the work units of
 * {@link io.jumba.runtime.parallel.ChunkGrid} (about one arithmetic operation or one element access each), which
 * fixes the loop's chunk grid. Compiled code and the reference interpreter take it from the same IR, so both cut
 * the loop into the same chunks and their reductions give the same bits. Inner loops count their constant trip
 * count, or {@link #UNKNOWN_TRIPS} when it is known only at run time; a branch counts its costlier side.
 */
public final class IterationWork {
    /** Iterations assumed for an inner loop whose trip count is not a constant. */
    public static final long UNKNOWN_TRIPS = 64;
    /** Cost ceiling: a single iteration's estimate never exceeds it (the grid only needs the order of magnitude). */
    private static final long CAP = 1L << 40;

    private IterationWork() {}

    /** The cost of one iteration of loop's body, at least 1. */
    public static long of(Stmt.ForRange loop) { return Math.max(1, block(loop.body())); }

    private static long block(List<Stmt> body) {
        long w = 0;
        for (Stmt s : body) w = Math.min(CAP, w + stmt(s));
        return w;
    }

    private static long stmt(Stmt s) {
        return switch (s) {
            case Stmt.Assign a -> 1 + expr(a.value());
            case Stmt.Store st -> 1 + expr(st.value()) + exprs(st.indices());
            case Stmt.ArrayStore st -> UNKNOWN_TRIPS * (1 + expr(st.value()));
            case Stmt.Eval e -> 1 + expr(e.value());
            case Stmt.If i -> 1 + expr(i.cond()) + Math.max(block(i.then()), block(i.otherwise()));
            case Stmt.ForRange f -> Math.min(CAP, trips(f) * (1 + block(f.body())));
            case Stmt.While w -> Math.min(CAP, UNKNOWN_TRIPS * (1 + expr(w.cond()) + block(w.body())));
            case Stmt.Return r -> r.value() == null ? 1 : 1 + expr(r.value());
            case Stmt.Raise r -> 1;
            case Stmt.Print p -> 1 + exprs(p.values());
            case Stmt.Break b -> 0;
            case Stmt.Continue c -> 0;
            case Stmt.Try t -> Math.min(CAP, 1 + block(t.body()) + block(t.handler()) + block(t.finalBody()));
        };
    }

    private static long trips(Stmt.ForRange f) {
        if (f.start() instanceof Expr.Const a && f.stop() instanceof Expr.Const b && f.step() instanceof Expr.Const c
                && a.value() instanceof Long start && b.value() instanceof Long stop && c.value() instanceof Long step
                && step != 0) {
            long n = step > 0 ? (stop - start + step - 1) / step : (start - stop - step - 1) / -step;
            return Math.max(0, n);
        }
        return UNKNOWN_TRIPS;
    }

    private static long exprs(List<Expr> es) {
        long w = 0;
        for (Expr e : es) w += expr(e);
        return w;
    }

    /**
     * Operations and element accesses count 1; names, constants and casts are free; calls and array-level nodes
     * count {@link #UNKNOWN_TRIPS}.
     */
    private static long expr(Expr e) {
        long own = switch (e) {
            case Expr.Const c -> 0;
            case Expr.Local l -> 0;
            case Expr.Cast c -> 0;
            case Expr.Call c -> UNKNOWN_TRIPS;  // a function body: assume a loop's worth of work
            default -> Exprs.isArrayLevel(e) ? UNKNOWN_TRIPS : 1;
        };
        long w = own;
        for (Expr c : Exprs.children(e)) w = Math.min(CAP, w + expr(c));
        return w;
    }
}
