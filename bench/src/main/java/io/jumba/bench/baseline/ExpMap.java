package io.jumba.bench.baseline;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/** Baselines for the {@code exp_map} (float64) and {@code exp_map_f32} cases. */
public final class ExpMap {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;

    private ExpMap() {}

    public static void plain(double[] x, double[] out) {
        for (int i = 0; i < x.length; i++) out[i] = Math.exp(x[i]);
    }

    /** np.exp of float32 is float32: computed in double and rounded, as a Java developer would. */
    public static void plain(float[] x, float[] out) {
        for (int i = 0; i < x.length; i++) out[i] = (float) Math.exp(x[i]);
    }

    public static void vector(double[] x, double[] out) {
        int n = x.length, i = 0;
        for (int upper = D.loopBound(n); i < upper; i += D.length()) {
            DoubleVector.fromArray(D, x, i).lanewise(VectorOperators.EXP).intoArray(out, i);
        }
        if (i < n) {
            VectorMask<Double> m = D.indexInRange(i, n);
            DoubleVector.fromArray(D, x, i, m).lanewise(VectorOperators.EXP).intoArray(out, i, m);
        }
    }

    public static void vector(float[] x, float[] out) {
        int n = x.length, i = 0;
        for (int upper = F.loopBound(n); i < upper; i += F.length()) {
            FloatVector.fromArray(F, x, i).lanewise(VectorOperators.EXP).intoArray(out, i);
        }
        if (i < n) {
            VectorMask<Float> m = F.indexInRange(i, n);
            FloatVector.fromArray(F, x, i, m).lanewise(VectorOperators.EXP).intoArray(out, i, m);
        }
    }
}
