package io.jumba.vectorize;

import io.jumba.ir.Stmt;

/**
 * What {@link Explain} says about one loop of a function: a {@link LoopPlan} for a {@code for ... in range} loop, or
 * why a while loop stays scalar.
 */
public sealed interface LoopReport permits LoopPlan, LoopReport.WhileLoop {
    /** The source line of the loop. */
    int line();

    /** A while loop, which is not vectorized because of {@code reason}. */
    record WhileLoop(Stmt.While loop, String reason) implements LoopReport {
        @Override public int line() { return loop.pos().line(); }
    }
}
