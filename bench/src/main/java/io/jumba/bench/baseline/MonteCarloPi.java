package io.jumba.bench.baseline;

import io.jumba.runtime.NumpyRandom;

/**
 * Baseline for the {@code monte_carlo_pi} case: the kernel's loop in Java, drawing from the generator kernels use
 * (Jumba's runtime NumpyRandom, NumPy's legacy stream), so both give the same estimate.
 */
public final class MonteCarloPi {
    private MonteCarloPi() {}

    public static double plain(long seed, long[] hits) {
        NumpyRandom.seed(seed);
        long inside = 0;
        for (int i = 0; i < hits.length; i++) {
            double x = NumpyRandom.random(), y = NumpyRandom.random();
            long h = x * x + y * y <= 1.0 ? 1 : 0;
            hits[i] = h;
            inside += h;
        }
        return 4.0 * inside / hits.length;
    }
}
