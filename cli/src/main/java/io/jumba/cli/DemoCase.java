package io.jumba.cli;

import io.jumba.array.DType;
import io.jumba.array.NDArray;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One kernel of {@code jumba demo}: the example file and function, fresh inputs, and the same computation written as
 * a plain Java loop. A kernel's result is what it returns or, when it returns None, its last argument.
 *
 * @param java the plain-Java version: takes the same inputs, returns the result's elements
 */
record DemoCase(String title, String file, String function, Supplier<Object[]> inputs,
                Function<Object[], double[]> java) {

    /** The demo's kernels, sized so each call takes about a millisecond. */
    static List<DemoCase> all() {
        int n = 1 << 20;
        int bs = 1 << 17;
        int grid = 512;
        return List.of(
                new DemoCase("dot product, n=" + n, "dot.py", "dot",
                        () -> new Object[]{random(n, 1, 0, 1), random(n, 2, 0, 1)},
                        in -> new double[]{dot(data(in[0]), data(in[1]))}),
                new DemoCase("saxpy, n=" + n, "saxpy.py", "saxpy",
                        () -> new Object[]{2.5, random(n, 3, -1, 1), random(n, 4, -1, 1), NDArray.zeros(DType.FLOAT64, n)},
                        in -> saxpy((Double) in[0], data(in[1]), data(in[2]))),
                new DemoCase("Black-Scholes, n=" + bs, "black_scholes.py", "black_scholes",
                        () -> new Object[]{random(bs, 5, 10, 50), random(bs, 6, 10, 50), random(bs, 7, 0.2, 2),
                                0.02, 0.3, NDArray.zeros(DType.FLOAT64, bs)},
                        in -> blackScholes(data(in[0]), data(in[1]), data(in[2]), (Double) in[3], (Double) in[4])),
                new DemoCase("2-d Jacobi stencil, " + grid + "x" + grid, "stencil.py", "jacobi_step",
                        () -> new Object[]{random2d(grid, 8), NDArray.zeros(DType.FLOAT64, grid, grid)},
                        in -> jacobi(data(in[0]), grid)));
    }

    private static NDArray random(int n, long seed, double lo, double hi) {
        Random r = new Random(seed);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = lo + (hi - lo) * r.nextDouble();
        return new NDArray(DType.FLOAT64, d, 0, new int[]{n}, new int[]{1});
    }

    private static NDArray random2d(int n, long seed) {
        double[] d = (double[]) random(n * n, seed, 0, 1).data();
        return new NDArray(DType.FLOAT64, d, 0, new int[]{n, n}, NDArray.cStrides(new int[]{n, n}));
    }

    /** The storage of an array this class created (C-contiguous, offset 0). */
    static double[] data(Object array) {
        return (double[]) ((NDArray) array).data();
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }

    private static double[] saxpy(double alpha, double[] x, double[] y) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = alpha * x[i] + y[i];
        return out;
    }

    private static double cnd(double d) {
        double k = 1.0 / (1.0 + 0.2316419 * Math.abs(d));
        double poly = k * (0.31938153 + k * (-0.356563782 + k * (1.781477937 + k * (-1.821255978 + k * 1.330274429))));
        double ret = 0.3989422804014327 * Math.exp(-0.5 * d * d) * poly;
        return d > 0 ? 1.0 - ret : ret;
    }

    private static double[] blackScholes(double[] price, double[] strike, double[] years, double rate, double vol) {
        double[] out = new double[price.length];
        for (int i = 0; i < price.length; i++) {
            double s = price[i], k = strike[i], t = years[i];
            double sq = vol * Math.sqrt(t);
            double d1 = (Math.log(s / k) + (rate + 0.5 * vol * vol) * t) / sq;
            double d2 = d1 - sq;
            out[i] = s * cnd(d1) - k * Math.exp(-rate * t) * cnd(d2);
        }
        return out;
    }

    private static double[] jacobi(double[] u, int n) {
        double[] out = new double[n * n];
        for (int i = 1; i < n - 1; i++) {
            for (int j = 1; j < n - 1; j++) {
                out[i * n + j] = 0.25 * (u[(i - 1) * n + j] + u[(i + 1) * n + j] + u[i * n + j - 1] + u[i * n + j + 1]);
            }
        }
        return out;
    }
}
