package io.jumba.plan;

/**
 * What a vectorizing {@link LoopPlanner} found about a loop it planned as vector code (accesses, accumulators,
 * guards), kept on the plan for the emitter of the same module, which writes the code from it. Core neither reads
 * nor needs it.
 */
public interface VectorAnalysis {}
