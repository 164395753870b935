package io.jumba.bench.baseline;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** Baselines for the {@code dot} (float64) and {@code dot_f32} (float32 inputs, float64 accumulator) cases. */
public final class Dot {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;

    private Dot() {}

    public static double plain(double[] a, double[] b) {
        double s = 0.0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    /** Products are float32 (as Numba types {@code a[i] * b[i]}), added into a float64 sum. */
    public static double plain(float[] a, float[] b) {
        double s = 0.0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    public static double vector(double[] a, double[] b) {
        int n = a.length, l = D.length(), i = 0;
        DoubleVector s0 = DoubleVector.zero(D), s1 = s0, s2 = s0, s3 = s0;
        for (int upper = n - n % (4 * l); i < upper; i += 4 * l) {
            s0 = DoubleVector.fromArray(D, a, i).fma(DoubleVector.fromArray(D, b, i), s0);
            s1 = DoubleVector.fromArray(D, a, i + l).fma(DoubleVector.fromArray(D, b, i + l), s1);
            s2 = DoubleVector.fromArray(D, a, i + 2 * l).fma(DoubleVector.fromArray(D, b, i + 2 * l), s2);
            s3 = DoubleVector.fromArray(D, a, i + 3 * l).fma(DoubleVector.fromArray(D, b, i + 3 * l), s3);
        }
        for (int upper = D.loopBound(n); i < upper; i += l) {
            s0 = DoubleVector.fromArray(D, a, i).fma(DoubleVector.fromArray(D, b, i), s0);
        }
        double s = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) s += a[i] * b[i];
        return s;
    }

    /** Float32 products widened into two float64 accumulator halves per float vector. */
    public static double vector(float[] a, float[] b) {
        int n = a.length, l = F.length(), i = 0;
        DoubleVector s0 = DoubleVector.zero(D), s1 = s0, s2 = s0, s3 = s0;
        for (int upper = n - n % (2 * l); i < upper; i += 2 * l) {
            FloatVector p = FloatVector.fromArray(F, a, i).mul(FloatVector.fromArray(F, b, i));
            FloatVector q = FloatVector.fromArray(F, a, i + l).mul(FloatVector.fromArray(F, b, i + l));
            s0 = s0.add((DoubleVector) p.convertShape(VectorOperators.F2D, D, 0));
            s1 = s1.add((DoubleVector) p.convertShape(VectorOperators.F2D, D, 1));
            s2 = s2.add((DoubleVector) q.convertShape(VectorOperators.F2D, D, 0));
            s3 = s3.add((DoubleVector) q.convertShape(VectorOperators.F2D, D, 1));
        }
        double s = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) s += a[i] * b[i];
        return s;
    }
}
