package io.jumba.bench.baseline;

import java.util.Arrays;

/** Baseline for the {@code histogram} case: equal-width bins over [lo, hi) with scatter increments. */
public final class Histogram {
    private Histogram() {}

    public static void plain(double[] x, double lo, double hi, long[] counts) {
        int nbins = counts.length;
        Arrays.fill(counts, 0);
        double scale = nbins / (hi - lo);
        for (double v : x) {
            if (v >= lo && v < hi) counts[Math.min((int) ((v - lo) * scale), nbins - 1)]++;
        }
    }
}
