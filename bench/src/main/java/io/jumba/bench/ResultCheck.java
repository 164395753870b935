package io.jumba.bench;

import io.jumba.array.NDArray;

/**
 * The suite's result comparison: max|got - ref| / max|ref| (max|ref| taken as 1 when it is 0), as
 * bench/kernels/numba_timings.py.
 */
public final class ResultCheck {
    private ResultCheck() {}

    public static double relErr(double[] ref, double[] got) {
        if (ref.length != got.length) throw new IllegalArgumentException("lengths differ: " + ref.length + " vs " + got.length);
        double scale = 0, worst = 0;
        for (int i = 0; i < ref.length; i++) {
            scale = Math.max(scale, Math.abs(ref[i]));
            double diff = Math.abs(got[i] - ref[i]);
            worst = Double.isNaN(diff) ? Double.POSITIVE_INFINITY : Math.max(worst, diff);
        }
        return worst / (scale == 0 ? 1 : scale);
    }

    public static double relErr(double ref, double got) {
        return relErr(new double[] {ref}, new double[] {got});
    }

    /** The elements of a C-contiguous array as doubles. */
    public static double[] toDoubles(NDArray a) {
        double[] out = new double[a.size()];
        for (int p = 0; p < out.length; p++) out[p] = a.readDouble(a.offset() + p);
        return out;
    }

    /** Fails with the case name and the error when {@code relErr > rtol}. */
    public static void require(String what, double relErr, double rtol) {
        if (!(relErr <= rtol)) {
            throw new IllegalStateException(what + ": relative error " + relErr + " exceeds rtol " + rtol);
        }
    }
}
