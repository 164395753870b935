package io.jumba.runtime;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.source.SourcePos;

/**
 * NumPy's histogram of equal bins ({@code np.histogram(a, bins, (lo, hi))}, {@code numpy/lib/histograms.py}): the
 * edges are {@code np.linspace(lo, hi, bins + 1)}; a sample x in [lo, hi] (NaN is in no bin) gets bin
 * {@code int((x - lo) * norm)} with {@code norm = bins / (hi - lo)}, hi's bin moved down to the last one, then
 * corrected against the edges it must lie between: down one when x is below its bin's lower edge, else up one when x
 * reaches the upper edge of a bin other than the last. The samples are float64 (the caller casts them, as NumPy
 * does). Contiguous samples take {@link HistogramLanes} where the Vector API is there: the same bins, computed a
 * vector of samples at a time, then counted.
 */
public final class Histograms {
    private Histograms() {}

    /**
     * (counts as int64, edges as float64) of 1-d float64 a in bins equal bins over [lo, hi]; bins > 0 and lo <= hi finite
     * (the caller checks). lo == hi widens the range to [lo - 0.5, hi + 0.5], as NumPy does.
     */
    public static Object[] equalBins(NDArray a, long bins, double lo, double hi, SourcePos pos) {
        if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        NDArray edges = ArrayOps.linspace(DType.FLOAT64, lo, hi, bins + 1, pos);
        NDArray hist = ArrayOps.alloc(DType.INT64, new long[] {bins}, false, pos);
        double[] e = (double[]) edges.data();
        long[] h = (long[]) hist.data();
        int n = (int) bins;
        double norm = n / (hi - lo);
        if (!a.isSegment() && a.longStride(0) == 1 && VectorApiModule.resolved()
                && HistogramLanes.usable(lo, hi, n)) {
            HistogramLanes.count((double[]) a.data(), a.offset(), a.shape(0), lo, hi, norm, e, h);
        } else {
            long p = a.longOffset(), stride = a.longStride(0);
            for (long i = 0, size = a.longShape(0); i < size; i++, p += stride) {
                double x = a.readDouble(p);
                if (x >= lo && x <= hi) h[bin(x, lo, norm, e, n)]++;
            }
        }
        return new Object[] {hist, edges};
    }

    /** The bin of x in [lo, hi] among the n bins with edges e. */
    static int bin(double x, double lo, double norm, double[] e, int n) {
        int k = (int) Math.min((long) ((x - lo) * norm), n - 1);
        if (x < e[k]) return k - 1;
        return k != n - 1 && x >= e[k + 1] ? k + 1 : k;
    }
}
