package io.jumba.bench.baseline;

import java.util.stream.IntStream;

/** Baseline for the {@code sumsq_prange} case: a parallel sum of squares. */
public final class SumSq {
    private SumSq() {}

    /** The parallel stream a Java developer would write for a prange reduction. */
    public static double plain(double[] a) {
        return IntStream.range(0, a.length).parallel().mapToDouble(i -> a[i] * a[i]).sum();
    }
}
