package io.jumba.bench.baseline;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/** Baselines for the {@code jacobi} case: one 5-point Laplace sweep over the interior of an n x m grid. */
public final class Jacobi {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

    private Jacobi() {}

    /** {@code u} and {@code out} are n*m, row-major. */
    public static void plain(double[] u, double[] out, int n, int m) {
        for (int i = 1; i < n - 1; i++) {
            for (int j = 1; j < m - 1; j++) {
                out[i * m + j] = 0.25 * (u[(i - 1) * m + j] + u[(i + 1) * m + j] + u[i * m + j - 1] + u[i * m + j + 1]);
            }
        }
    }

    /** Four unaligned loads per output vector, summed in the kernel's order so results are bit-identical. */
    public static void vector(double[] u, double[] out, int n, int m) {
        int l = D.length();
        for (int i = 1; i < n - 1; i++) {
            int row = i * m, j = 1;
            for (int upper = 1 + D.loopBound(m - 2); j < upper; j += l) {
                DoubleVector.fromArray(D, u, row - m + j)
                        .add(DoubleVector.fromArray(D, u, row + m + j))
                        .add(DoubleVector.fromArray(D, u, row + j - 1))
                        .add(DoubleVector.fromArray(D, u, row + j + 1))
                        .mul(0.25)
                        .intoArray(out, row + j);
            }
            for (; j < m - 1; j++) {
                out[row + j] = 0.25 * (u[row - m + j] + u[row + m + j] + u[row + j - 1] + u[row + j + 1]);
            }
        }
    }
}
