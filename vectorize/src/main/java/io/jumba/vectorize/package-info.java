/**
 * SIMD code generation for Jumba: innermost unit-stride loops of the loop-level IR, and two-level nests vectorized
 * over the outer loop (inner loop run per lane), become {@code jdk.incubator.vector} code.
 *
 * <p>{@link io.jumba.vectorize.LoopAnalysis} decides per loop whether it can be vectorized (and why not), with array
 * indices in {@link io.jumba.vectorize.AffineIndex} form; {@link io.jumba.vectorize.SimdPlanner} records the
 * verdicts as core's loop plans ({@link io.jumba.plan.LoopPlan}); {@link io.jumba.vectorize.SimdLoopEmitter} writes
 * a vector plan as Java source (runtime checks and addresses from {@link io.jumba.vectorize.AccessAddresses},
 * unrolled or jammed vector loop, reductions, the generator's scalar loop as tail and fallback);
 * {@link io.jumba.vectorize.Vectorizer} plugs planner and writer into core's generator as an
 * {@link io.jumba.codegen.LoopEmitter}; {@link io.jumba.vectorize.SimdPipeline} is the standard pipeline with it;
 * {@link io.jumba.vectorize.Explain} reports a compiled kernel's plans as text. {@link io.jumba.vectorize.options.VectorOptions} picks the
 * species width (default the hardware's preferred one) and strict float reductions.
 */
package io.jumba.vectorize;
