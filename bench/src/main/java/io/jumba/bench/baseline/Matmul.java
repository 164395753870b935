package io.jumba.bench.baseline;

/** Baseline for the {@code matmul} case: naive i-j-k C = A B on n x n row-major arrays. */
public final class Matmul {
    private Matmul() {}

    public static void plain(double[] a, double[] b, double[] c, int n, int m, int p) {
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                double s = 0.0;
                for (int k = 0; k < m; k++) s += a[i * m + k] * b[k * p + j];
                c[i * p + j] = s;
            }
        }
    }
}
