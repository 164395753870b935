package io.jumba.plan;

import io.jumba.ir.Function;

/**
 * The planning step: chooses each loop's {@link LoopPlan} in a loop-level function (after the IR passes). Core
 * supplies {@link ScalarPlanner}; the vectorize module a SIMD planner.
 */
public interface LoopPlanner {
    /** The plans of every loop of f. */
    LoopPlans plan(Function f);
}
