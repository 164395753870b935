package io.jumba.bench.paired;

import java.util.Arrays;

/**
 * The rounds of a paired run summarized: per-call medians of each side and the distribution of the per-round ratio
 * {@code b / a}. Each round times a block of A and a block of B back to back, so drift of the machine (other
 * processes, frequency) hits both; the ratio's median comes with its quartiles and a distribution-free 95%
 * confidence interval (the order statistics {@code n/2 ± 0.98 √n}).
 */
record PairedRatios(int rounds, int calls, double aMicros, double bMicros, double median, double q1, double q3, double ciLow,
                    double ciHigh) {

    /** Summarizes {@code aNanos[i]}, {@code bNanos[i]}: round i's block times, {@code calls} calls per block. */
    static PairedRatios of(long[] aNanos, long[] bNanos, int calls) {
        int n = aNanos.length;
        if (n == 0 || bNanos.length != n) throw new IllegalArgumentException("need the same number of A and B blocks, at least one");
        double[] ratios = new double[n];
        for (int i = 0; i < n; i++) ratios[i] = (double) bNanos[i] / aNanos[i];
        Arrays.sort(ratios);
        double half = 0.98 * Math.sqrt(n);
        int lo = Math.max(0, (int) Math.floor(n / 2.0 - half) - 1), hi = Math.min(n - 1, (int) Math.ceil(n / 2.0 + half) - 1);
        return new PairedRatios(n, calls, median(aNanos) / calls / 1e3, median(bNanos) / calls / 1e3, quantile(ratios, 0.5),
                quantile(ratios, 0.25), quantile(ratios, 0.75), ratios[lo], ratios[hi]);
    }

    private static double median(long[] nanos) {
        double[] sorted = Arrays.stream(nanos).asDoubleStream().sorted().toArray();
        return quantile(sorted, 0.5);
    }

    /** Linear interpolation between the closest ranks of a sorted array. */
    static double quantile(double[] sorted, double p) {
        double pos = p * (sorted.length - 1);
        int i = (int) Math.floor(pos);
        return i + 1 < sorted.length ? sorted[i] + (pos - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
    }
}
