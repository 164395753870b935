package io.jumba.bench.baseline;

/** Baseline for the {@code softmax} case: numerically stable row-wise softmax of a rows x cols array. */
public final class Softmax {
    private Softmax() {}

    public static void plain(double[] x, double[] out, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            int row = i * cols;
            double mx = x[row];
            for (int j = 1; j < cols; j++) if (x[row + j] > mx) mx = x[row + j];
            double s = 0.0;
            for (int j = 0; j < cols; j++) {
                double e = Math.exp(x[row + j] - mx);
                out[row + j] = e;
                s += e;
            }
            double inv = 1.0 / s;
            for (int j = 0; j < cols; j++) out[row + j] *= inv;
        }
    }
}
