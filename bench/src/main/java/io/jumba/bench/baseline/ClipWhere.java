package io.jumba.bench.baseline;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** Baselines for the {@code clip_where} case: clip to [lo, hi] with a data-dependent select. */
public final class ClipWhere {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

    private ClipWhere() {}

    public static void plain(double[] x, double lo, double hi, double[] out) {
        for (int i = 0; i < x.length; i++) {
            double v = x[i];
            out[i] = v < lo ? lo : (v > hi ? hi : v);
        }
    }

    /** Two compares and two blends, branch-free. */
    public static void vector(double[] x, double lo, double hi, double[] out) {
        int n = x.length, i = 0;
        DoubleVector loV = DoubleVector.broadcast(D, lo), hiV = DoubleVector.broadcast(D, hi);
        for (int upper = D.loopBound(n); i < upper; i += D.length()) {
            DoubleVector v = DoubleVector.fromArray(D, x, i);
            v.blend(hiV, v.compare(VectorOperators.GT, hiV)).blend(loV, v.compare(VectorOperators.LT, loV)).intoArray(out, i);
        }
        for (; i < n; i++) {
            double v = x[i];
            out[i] = v < lo ? lo : (v > hi ? hi : v);
        }
    }
}
