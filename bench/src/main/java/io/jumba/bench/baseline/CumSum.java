package io.jumba.bench.baseline;

/** Baseline for the {@code cumsum} case: the running sum written straight into out (no temporary array). */
public final class CumSum {
    private CumSum() {}

    public static void plain(double[] a, double[] out) {
        double s = 0.0;
        for (int i = 0; i < a.length; i++) {
            s += a[i];
            out[i] = s;
        }
    }
}
