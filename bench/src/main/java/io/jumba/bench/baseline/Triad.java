package io.jumba.bench.baseline;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** Baselines for the {@code triad} case ({@code out = a + scalar * b}) and its memory-bound reference. */
public final class Triad {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

    private Triad() {}

    public static void plain(double[] a, double[] b, double scalar, double[] out) {
        for (int i = 0; i < out.length; i++) out[i] = a[i] + scalar * b[i];
    }

    public static void vector(double[] a, double[] b, double scalar, double[] out) {
        int n = out.length, i = 0;
        for (int upper = D.loopBound(n); i < upper; i += D.length()) {
            DoubleVector.fromArray(D, b, i).mul(scalar).add(DoubleVector.fromArray(D, a, i)).intoArray(out, i);
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector.fromArray(D, b, i, m).mul(scalar).add(DoubleVector.fromArray(D, a, i, m)).intoArray(out, i, m);
        }
    }

    /**
     * Moves the same bytes as triad (reads a and b, writes out) with no floating-point arithmetic: the speed of
     * memory. {@code FIRST_NONZERO} keeps a (never zero in the suite) and is a bitwise select, not a flop.
     */
    public static void copy(double[] a, double[] b, double[] out) {
        int n = out.length, i = 0;
        for (int upper = D.loopBound(n); i < upper; i += D.length()) {
            DoubleVector.fromArray(D, a, i).lanewise(VectorOperators.FIRST_NONZERO, DoubleVector.fromArray(D, b, i))
                    .intoArray(out, i);
        }
        for (; i < n; i++) out[i] = a[i] != 0 ? a[i] : b[i];
    }
}
