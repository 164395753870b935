package io.jumba.runtime.parallel;

import java.util.Random;

/** Test loops in the shape generated code will have: fields for inputs, per-chunk partials written back. */
final class Loops {
    private Loops() {}

    /** {@code s += x[i]} with one partial per chunk. */
    static final class Sum extends ParallelLoop {
        final double[] x;
        final double[] partial;

        Sum(double[] x, ChunkGrid grid) {
            this.x = x;
            this.partial = new double[grid.chunks()];
        }

        @Override
        public void chunk(long lo, long hi, int c) {
            double s = partial[c];
            for (long k = lo; k < hi; k++) s += x[(int) k];
            partial[c] = s;
        }
    }

    /** The parallel sum of x on threads threads, combined with the tree. */
    static double sum(double[] x, int threads) {
        ChunkGrid grid = ChunkGrid.of(x.length, 1);
        Sum loop = new Sum(x, grid);
        Parallel.run(grid, loop, threads);
        return Combine.sum(0.0, loop.partial);
    }

    /** Values spanning many magnitudes and both signs, so the summation order shows in the last bits. */
    static double[] wild(int n, long seed) {
        Random r = new Random(seed);
        double[] x = new double[n];
        for (int k = 0; k < n; k++) x[k] = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(12) - 6);
        return x;
    }
}
