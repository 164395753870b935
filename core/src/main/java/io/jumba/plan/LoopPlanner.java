package io.jumba.plan;

import io.jumba.ir.Function;
import io.jumba.ir.Program;

/**
 * The planning step: chooses each loop's {@link LoopPlan} in a loop-level function (after the IR passes). Core
 * supplies {@link ScalarPlanner}; the vectorize module a SIMD planner.
 */
public interface LoopPlanner {
    /** The plans of every loop of f. */
    LoopPlans plan(Function f);

    /**
     * The plans of every loop of f, a function of program: a planner may read the rest of the program, e.g. to say
     * why a call left in a loop was not inlined. By default the program is not read.
     */
    default LoopPlans plan(Program program, Function f) { return plan(f); }
}
