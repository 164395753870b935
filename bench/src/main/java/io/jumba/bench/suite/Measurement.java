package io.jumba.bench.suite;

import io.jumba.bench.report.Timing;

/**
 * One timed benchmark of the suite: a case at a size and width, run by one implementation ("java", "vector",
 * "ejml", "jumba", "jumba_call", or "numba" for the Numba script's figures, which have no width).
 *
 * @param caseName the case in cases.json
 * @param size     the size name
 * @param width    the SIMD width; null for Numba
 * @param impl     the implementation id
 * @param timing   time per call: median and spread over the measured iterations (Numba: over its samples)
 * @param errorUs  JMH's 99.9% confidence half-interval of the mean; NaN where there is none (Numba, one sample)
 * @param samples  measured iterations (Numba: samples)
 */
public record Measurement(String caseName, String size, Width width, String impl, Timing timing, double errorUs, int samples) {}
