package io.jumba.bench.baseline;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** Baselines for the {@code log_sin_map} case: {@code out = log(x) + sin(x)}. */
public final class LogSinMap {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

    private LogSinMap() {}

    public static void plain(double[] x, double[] out) {
        for (int i = 0; i < x.length; i++) out[i] = Math.log(x[i]) + Math.sin(x[i]);
    }

    public static void vector(double[] x, double[] out) {
        int n = x.length, i = 0;
        for (int upper = D.loopBound(n); i < upper; i += D.length()) {
            DoubleVector v = DoubleVector.fromArray(D, x, i);
            v.lanewise(VectorOperators.LOG).add(v.lanewise(VectorOperators.SIN)).intoArray(out, i);
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector v = DoubleVector.fromArray(D, x, i, m);
            v.lanewise(VectorOperators.LOG).add(v.lanewise(VectorOperators.SIN)).intoArray(out, i, m);
        }
    }
}
