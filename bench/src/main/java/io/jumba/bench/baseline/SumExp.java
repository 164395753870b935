package io.jumba.bench.baseline;

import java.util.stream.IntStream;

/** Baseline for the {@code sum_exp_prange} case: a parallel sum of exp(x). */
public final class SumExp {
    private SumExp() {}

    /** The parallel stream a Java developer would write for a prange reduction. */
    public static double plain(double[] a) {
        return IntStream.range(0, a.length).parallel().mapToDouble(i -> Math.exp(a[i])).sum();
    }
}
