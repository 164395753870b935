/**
 * Hand-written Java baselines for the cases of bench/kernels: {@code plain} methods are the loop a Java developer
 * would write on primitive arrays; {@code vector} methods are expert jdk.incubator.vector code (species in static
 * finals, SPECIES_PREFERRED, four accumulators for reductions, masked or scalar tails).
 */
package io.jumba.bench.baseline;
