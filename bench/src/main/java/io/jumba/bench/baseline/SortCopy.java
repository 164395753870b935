package io.jumba.bench.baseline;

import java.util.Arrays;

/** Baseline for the {@code sort} case: a copy sorted by the JDK's dual-pivot quicksort (NaN last, as NumPy). */
public final class SortCopy {
    private SortCopy() {}

    public static void plain(double[] a, double[] out) {
        System.arraycopy(a, 0, out, 0, a.length);
        Arrays.sort(out);
    }
}
