package io.jumba.bench.baseline;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;

/** Baselines for the {@code horner} case: a degree-8 polynomial (horner.py's COEFFS) by Horner's rule. */
public final class Horner {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    /** horner.py's COEFFS, highest degree first. */
    static final double[] COEFFS = {1.0 / 40320.0, 1.0 / 5040.0, 1.0 / 720.0, 1.0 / 120.0,
            1.0 / 24.0, 1.0 / 6.0, 0.5, 1.0, 1.0};

    private Horner() {}

    public static void plain(double[] x, double[] out) {
        for (int i = 0; i < x.length; i++) {
            double v = x[i], acc = COEFFS[0];
            for (int k = 1; k < COEFFS.length; k++) acc = acc * v + COEFFS[k];
            out[i] = acc;
        }
    }

    /** One fused multiply-add per coefficient (rounds once where the plain loop rounds twice). */
    public static void vector(double[] x, double[] out) {
        int n = x.length, i = 0;
        for (int upper = D.loopBound(n); i < upper; i += D.length()) {
            horner(DoubleVector.fromArray(D, x, i)).intoArray(out, i);
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            horner(DoubleVector.fromArray(D, x, i, m)).intoArray(out, i, m);
        }
    }

    private static DoubleVector horner(DoubleVector v) {
        DoubleVector acc = DoubleVector.broadcast(D, COEFFS[0]);
        for (int k = 1; k < COEFFS.length; k++) acc = acc.fma(v, DoubleVector.broadcast(D, COEFFS[k]));
        return acc;
    }
}
