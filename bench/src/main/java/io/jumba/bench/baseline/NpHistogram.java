package io.jumba.bench.baseline;

import java.util.Arrays;

/**
 * Baseline for the {@code np_histogram} case: NumPy's equal-bins histogram over [lo, hi] (hi counted in the last
 * bin), each sample's bin computed by scaling, then corrected against the edges {@code np.linspace} gives.
 */
public final class NpHistogram {
    private NpHistogram() {}

    public static void plain(double[] x, double lo, double hi, long[] counts) {
        int nbins = counts.length;
        double[] edges = new double[nbins + 1];
        double step = (hi - lo) / nbins;
        for (int i = 0; i <= nbins; i++) edges[i] = lo + i * step;
        edges[nbins] = hi;
        Arrays.fill(counts, 0);
        double norm = nbins / (hi - lo);
        for (double v : x) {
            if (!(v >= lo && v <= hi)) continue;
            int b = (int) ((v - lo) * norm);
            if (b == nbins) b--;
            if (v < edges[b]) b--;
            else if (v >= edges[b + 1] && b != nbins - 1) b++;
            counts[b]++;
        }
    }
}
