package io.jumba.bench.baseline;

/** Baseline for the {@code logsumexp} case: row-wise log-sum-exp of a rows x cols array into out[rows]. */
public final class LogSumExp {
    private LogSumExp() {}

    public static void plain(double[] x, double[] out, int rows, int cols) {
        for (int i = 0; i < rows; i++) {
            int row = i * cols;
            double mx = x[row];
            for (int j = 1; j < cols; j++) mx = Math.max(mx, x[row + j]);
            double s = 0.0;
            for (int j = 0; j < cols; j++) s += Math.exp(x[row + j] - mx);
            out[i] = mx + Math.log(s);
        }
    }
}
