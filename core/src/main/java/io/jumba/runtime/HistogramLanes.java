package io.jumba.runtime;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Histograms}'s bins of contiguous float64 samples with the Vector API: each strip of samples gets its bins
 * lane by lane into a buffer (an edge {@code e[k]} is computed in the lane as {@code lo + k * step}, which
 * {@link #edgesOnGrid} checks is exactly the edge linspace made, for every k), then a scalar loop counts them. The
 * bins are those of {@link Histograms#bin}; a sample outside [lo, hi] or NaN counts in a slot past the last bin.
 * Loaded only where the Vector API module is resolved ({@link VectorApiModule}).
 */
final class HistogramLanes {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> L = LongVector.SPECIES_PREFERRED;
    private static final int STRIP = 1024;

    private HistogramLanes() {}

    /** Whether every edge e[k], k < n, is lo + k * step with linspace's step, and e[n] is hi. */
    static boolean edgesOnGrid(double[] e, double lo, double hi, int n) {
        if (D.length() != L.length()) return false;
        double step = (hi - lo) / n;
        for (int k = 0; k < n; k++) {
            if (Double.doubleToRawLongBits(e[k]) != Double.doubleToRawLongBits(lo + k * step)) return false;
        }
        return e[n] == hi;
    }

    /** Adds the bin counts of x[off .. off + size) to h, which has n bins with edges e. */
    static void count(double[] x, int off, int size, double lo, double hi, double norm, double[] e, long[] h) {
        int n = h.length;
        double step = (hi - lo) / n;
        long[] counts = new long[n + 1];        // slot n: out of range
        long[] slots = new long[Math.min(STRIP, size)];
        DoubleVector vlo = DoubleVector.broadcast(D, lo), vhi = DoubleVector.broadcast(D, hi);
        DoubleVector vnorm = DoubleVector.broadcast(D, norm), vstep = DoubleVector.broadcast(D, step);
        LongVector last = LongVector.broadcast(L, n - 1);
        for (int from = 0; from < size; from += STRIP) {
            int m = Math.min(STRIP, size - from), j = 0;
            for (; j <= m - D.length(); j += D.length()) {
                DoubleVector v = DoubleVector.fromArray(D, x, off + from + j);
                LongVector k = ((LongVector) v.sub(vlo).mul(vnorm).convert(VectorOperators.D2L, 0)).max(0L).min(last);
                DoubleVector kd = (DoubleVector) k.convert(VectorOperators.L2D, 0);
                VectorMask<Double> top = k.compare(VectorOperators.EQ, last).cast(D);
                DoubleVector lower = vlo.add(kd.mul(vstep));
                DoubleVector upper = vlo.add(kd.add(1.0).mul(vstep)).blend(vhi, top);
                VectorMask<Double> down = v.compare(VectorOperators.LT, lower);
                VectorMask<Double> up = v.compare(VectorOperators.GE, upper).andNot(top).andNot(down);
                VectorMask<Double> in = v.compare(VectorOperators.GE, vlo).and(v.compare(VectorOperators.LE, vhi));
                k.sub(1L, down.cast(L)).add(1L, up.cast(L)).blend(n, in.not().cast(L)).intoArray(slots, j);
            }
            for (; j < m; j++) {
                double v = x[off + from + j];
                slots[j] = v >= lo && v <= hi ? Histograms.bin(v, lo, norm, e, n) : n;
            }
            for (int t = 0; t < m; t++) counts[(int) slots[t]]++;
        }
        for (int b = 0; b < n; b++) h[b] += counts[b];
    }
}
