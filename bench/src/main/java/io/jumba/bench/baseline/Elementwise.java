package io.jumba.bench.baseline;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Baselines for the ufunc benchmarks on contiguous float64: the plain loops a Java developer writes and
 * hand-written Vector API loops ({@code SPECIES_PREFERRED}, unrolled twice, then at most two masked steps for the
 * tail). Each operation has its own loop with a constant operator, as it would be hand-written, so every
 * {@code lanewise} call is intrinsified. Plain exp is {@link ExpMap#plain(double[], double[])}.
 */
public final class Elementwise {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final int STEP = D.length();

    private Elementwise() {}

    public static void add(double[] a, double[] b, double[] out) {
        for (int i = 0; i < out.length; i++) out[i] = a[i] + b[i];
    }

    public static void multiply(double[] a, double[] b, double[] out) {
        for (int i = 0; i < out.length; i++) out[i] = a[i] * b[i];
    }

    /** {@code a * b + c} with two roundings (no FMA), as NumPy and the ufunc compute it. */
    public static void mulAdd(double[] a, double[] b, double[] c, double[] out) {
        for (int i = 0; i < out.length; i++) out[i] = a[i] * b[i] + c[i];
    }

    public static void log(double[] x, double[] out) {
        for (int i = 0; i < out.length; i++) out[i] = Math.log(x[i]);
    }

    public static void sin(double[] x, double[] out) {
        for (int i = 0; i < out.length; i++) out[i] = Math.sin(x[i]);
    }

    public static void addVector(double[] a, double[] b, double[] out) {
        int n = out.length, i = 0;
        for (int upper = n - 2 * STEP; i <= upper; i += 2 * STEP) {
            DoubleVector.fromArray(D, a, i).add(DoubleVector.fromArray(D, b, i)).intoArray(out, i);
            DoubleVector.fromArray(D, a, i + STEP).add(DoubleVector.fromArray(D, b, i + STEP)).intoArray(out, i + STEP);
        }
        for (; i < n; i += STEP) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector.fromArray(D, a, i, m).add(DoubleVector.fromArray(D, b, i, m)).intoArray(out, i, m);
        }
    }

    public static void multiplyVector(double[] a, double[] b, double[] out) {
        int n = out.length, i = 0;
        for (int upper = n - 2 * STEP; i <= upper; i += 2 * STEP) {
            DoubleVector.fromArray(D, a, i).mul(DoubleVector.fromArray(D, b, i)).intoArray(out, i);
            DoubleVector.fromArray(D, a, i + STEP).mul(DoubleVector.fromArray(D, b, i + STEP)).intoArray(out, i + STEP);
        }
        for (; i < n; i += STEP) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector.fromArray(D, a, i, m).mul(DoubleVector.fromArray(D, b, i, m)).intoArray(out, i, m);
        }
    }

    public static void mulAddVector(double[] a, double[] b, double[] c, double[] out) {
        int n = out.length, i = 0;
        for (int upper = n - 2 * STEP; i <= upper; i += 2 * STEP) {
            mulAddStep(a, b, c, out, i);
            mulAddStep(a, b, c, out, i + STEP);
        }
        for (; i < n; i += STEP) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector.fromArray(D, a, i, m).mul(DoubleVector.fromArray(D, b, i, m))
                    .add(DoubleVector.fromArray(D, c, i, m)).intoArray(out, i, m);
        }
    }

    private static void mulAddStep(double[] a, double[] b, double[] c, double[] out, int i) {
        DoubleVector.fromArray(D, a, i).mul(DoubleVector.fromArray(D, b, i)).add(DoubleVector.fromArray(D, c, i))
                .intoArray(out, i);
    }

    public static void expVector(double[] x, double[] out) {
        int n = out.length, i = 0;
        for (int upper = n - 2 * STEP; i <= upper; i += 2 * STEP) {
            DoubleVector.fromArray(D, x, i).lanewise(VectorOperators.EXP).intoArray(out, i);
            DoubleVector.fromArray(D, x, i + STEP).lanewise(VectorOperators.EXP).intoArray(out, i + STEP);
        }
        for (; i < n; i += STEP) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector.fromArray(D, x, i, m).lanewise(VectorOperators.EXP).intoArray(out, i, m);
        }
    }

    public static void logVector(double[] x, double[] out) {
        int n = out.length, i = 0;
        for (int upper = n - 2 * STEP; i <= upper; i += 2 * STEP) {
            DoubleVector.fromArray(D, x, i).lanewise(VectorOperators.LOG).intoArray(out, i);
            DoubleVector.fromArray(D, x, i + STEP).lanewise(VectorOperators.LOG).intoArray(out, i + STEP);
        }
        for (; i < n; i += STEP) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector.fromArray(D, x, i, m).lanewise(VectorOperators.LOG).intoArray(out, i, m);
        }
    }

    public static void sinVector(double[] x, double[] out) {
        int n = out.length, i = 0;
        for (int upper = n - 2 * STEP; i <= upper; i += 2 * STEP) {
            DoubleVector.fromArray(D, x, i).lanewise(VectorOperators.SIN).intoArray(out, i);
            DoubleVector.fromArray(D, x, i + STEP).lanewise(VectorOperators.SIN).intoArray(out, i + STEP);
        }
        for (; i < n; i += STEP) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector.fromArray(D, x, i, m).lanewise(VectorOperators.SIN).intoArray(out, i, m);
        }
    }
}
