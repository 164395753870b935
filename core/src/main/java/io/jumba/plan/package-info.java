/**
 * Loop planning, between the IR passes and code generation: a {@link io.jumba.plan.LoopPlanner} records on every
 * loop of the loop-level program its schedule with the reasons ({@link io.jumba.plan.LoopPlan}: scalar,
 * vectorized, outer-loop vectorized, register-tiled), which the code generator writes and {@code explain} reports.
 */
package io.jumba.plan;
