package io.jumba.plan;

import io.jumba.ir.Stmt;

import java.util.Map;

/**
 * The plan of every loop ({@link Stmt.ForRange} or {@link Stmt.While}) of one function, and of every loop a plan's
 * code may fall back to (a vectorized loop's scalar fallback may be a rewrite of it). Loops are looked up by value:
 * IR records are immutable and a loop's plan depends only on the loop, so equal loops share one plan.
 *
 * @param byLoop each loop's plan
 */
public record LoopPlans(Map<Stmt, LoopPlan> byLoop) {
    public LoopPlans {
        byLoop = Map.copyOf(byLoop);
    }

    /** The plan of loop. */
    public LoopPlan of(Stmt.ForRange loop) { return find(loop, loop.pos().line()); }

    /** The plan of a while loop. */
    public LoopPlan of(Stmt.While loop) { return find(loop, loop.pos().line()); }

    private LoopPlan find(Stmt loop, int line) {
        LoopPlan p = byLoop.get(loop);
        if (p == null) throw new IllegalStateException("no plan for the loop at line " + line);
        return p;
    }
}
