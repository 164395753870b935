package io.jumba.bench.baseline;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/** Baselines for the {@code pairwise_dist} case: Euclidean distances between the n rows of X (n x d). */
public final class PairwiseDist {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

    private PairwiseDist() {}

    /** {@code x} is n*d and {@code out} n*n, row-major. */
    public static void plain(double[] x, double[] out, int n, int d) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0.0;
                for (int k = 0; k < d; k++) {
                    double t = x[i * d + k] - x[j * d + k];
                    s += t * t;
                }
                out[i * n + j] = Math.sqrt(s);
            }
        }
    }

    /** Transposes X to columns once per call (O(n d)) so that lanes run over j with unit stride. */
    public static void vector(double[] x, double[] out, int n, int d) {
        double[] cols = new double[d * n];
        for (int j = 0; j < n; j++) for (int k = 0; k < d; k++) cols[k * n + j] = x[j * d + k];
        int l = D.length(), upper = D.loopBound(n);
        for (int i = 0; i < n; i++) {
            int j = 0;
            for (; j < upper; j += l) {
                DoubleVector s = DoubleVector.zero(D);
                for (int k = 0; k < d; k++) {
                    DoubleVector t = DoubleVector.fromArray(D, cols, k * n + j).neg().add(x[i * d + k]);
                    s = s.add(t.mul(t));
                }
                s.sqrt().intoArray(out, i * n + j);
            }
            for (; j < n; j++) {
                double s = 0.0;
                for (int k = 0; k < d; k++) {
                    double t = x[i * d + k] - x[j * d + k];
                    s += t * t;
                }
                out[i * n + j] = Math.sqrt(s);
            }
        }
    }
}
