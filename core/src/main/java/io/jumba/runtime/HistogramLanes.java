package io.jumba.runtime;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Histograms}'s bins of contiguous float64 samples with the Vector API: each strip of samples gets its bins
 * lane by lane into a buffer, then a scalar loop counts them. A lane takes the scaled index k (clamped to the last
 * bin) and keeps it only where the sample lies between the edges {@code lo + k * step} and {@code lo + (k + 1) *
 * step}, which are np.linspace's edges bit for bit (the same formula in the same order, see
 * {@link ArrayOps#linspace}): there NumPy's corrections change nothing. A group of lanes with a sample outside its
 * bin's edges (on an edge, or at the top of the last bin) is binned again by {@link Histograms#bin}, which corrects
 * the index as NumPy does. A sample outside [lo, hi] or NaN counts in a slot past the last bin. Loaded only where the
 * Vector API module is resolved ({@link VectorApiModule}).
 */
final class HistogramLanes {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    /** The bins as ints, as many lanes as D's (half its bits); null where D has one lane (no 32-bit int shape). */
    private static final VectorSpecies<Integer> I =
            D.length() < 2 ? null : VectorSpecies.of(int.class, VectorShape.forBitSize(D.vectorBitSize() / 2));
    private static final int STRIP = 256;

    private HistogramLanes() {}

    /** Whether this JVM's vector shapes allow the lanes. */
    static boolean usable() {
        return I != null;
    }

    /** Adds the bin counts of x[off .. off + size) to h, which has n bins with edges e (np.linspace's). */
    static void count(double[] x, int off, int size, double lo, double hi, double norm, double[] e, long[] h) {
        int n = h.length;
        double step = (hi - lo) / n;
        int[] counts = new int[n + 1];         // slot n: out of range; no bin counts more than size samples
        int[] slots = new int[Math.min(STRIP, size)];
        DoubleVector vlo = DoubleVector.broadcast(D, lo), vhi = DoubleVector.broadcast(D, hi);
        DoubleVector vnorm = DoubleVector.broadcast(D, norm), vstep = DoubleVector.broadcast(D, step);
        IntVector last = IntVector.broadcast(I, n - 1), outside = IntVector.broadcast(I, n);
        int whole = size - size % D.length();   // the samples of whole vectors; the rest after them
        for (int from = 0; from < whole; from += STRIP) {
            int m = Math.min(STRIP, whole - from);
            for (int j = 0; j < m; j += D.length()) {
                DoubleVector v = DoubleVector.fromArray(D, x, off + from + j);
                IntVector k = ((IntVector) v.sub(vlo).mul(vnorm).convertShape(VectorOperators.D2I, I, 0)).min(last);
                DoubleVector kd = (DoubleVector) k.convertShape(VectorOperators.I2D, D, 0);
                DoubleVector lower = vlo.add(kd.mul(vstep)), upper = vlo.add(kd.add(1.0).mul(vstep));
                VectorMask<Double> in = v.compare(VectorOperators.GE, vlo).and(v.compare(VectorOperators.LE, vhi));
                k.blend(outside, in.not().cast(I)).intoArray(slots, j);
                if (v.compare(VectorOperators.LT, lower).or(v.compare(VectorOperators.GE, upper)).and(in).anyTrue()) {
                    binEach(x, off + from, j, j + D.length(), lo, hi, norm, e, slots);
                }
            }
            for (int t = 0; t < m; t++) counts[slots[t]]++;
        }
        binEach(x, off + whole, 0, size - whole, lo, hi, norm, e, slots);
        for (int t = 0; t < size - whole; t++) counts[slots[t]]++;
        for (int b = 0; b < n; b++) h[b] += counts[b];
    }

    /** slots[t] for t in [from, to): the bin of x[base + t] by the scalar rule, or n (h's length) outside [lo, hi]. */
    private static void binEach(double[] x, int base, int from, int to, double lo, double hi, double norm, double[] e,
                                int[] slots) {
        int n = e.length - 1;
        for (int t = from; t < to; t++) {
            double v = x[base + t];
            slots[t] = v >= lo && v <= hi ? Histograms.bin(v, lo, norm, e, n) : n;
        }
    }
}
