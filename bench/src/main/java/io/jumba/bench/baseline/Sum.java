package io.jumba.bench.baseline;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** Baselines for the {@code sum} case: the sum of a float64 array. */
public final class Sum {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

    private Sum() {}

    public static double plain(double[] a) {
        double s = 0.0;
        for (double v : a) s += v;
        return s;
    }

    /** Four independent accumulators hide the add latency; the order of additions differs from {@link #plain}. */
    public static double vector(double[] a) {
        int n = a.length, l = D.length(), i = 0;
        DoubleVector s0 = DoubleVector.zero(D), s1 = s0, s2 = s0, s3 = s0;
        for (int upper = n - n % (4 * l); i < upper; i += 4 * l) {
            s0 = s0.add(DoubleVector.fromArray(D, a, i));
            s1 = s1.add(DoubleVector.fromArray(D, a, i + l));
            s2 = s2.add(DoubleVector.fromArray(D, a, i + 2 * l));
            s3 = s3.add(DoubleVector.fromArray(D, a, i + 3 * l));
        }
        for (int upper = D.loopBound(n); i < upper; i += l) s0 = s0.add(DoubleVector.fromArray(D, a, i));
        double s = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) s += a[i];
        return s;
    }
}
