package io.jumba.runtime;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Histograms}'s bins of contiguous float64 samples with the Vector API: each strip of samples gets its bins
 * lane by lane into a buffer, then a scalar loop counts them. A lane takes the scaled index k (clamped to the bins)
 * and keeps it where the sample lies between the edges {@code lo + k * step} and {@code lo + (k + 1) * step}, which
 * are np.linspace's edges bit for bit (the same formula in the same order, see {@link ArrayOps#linspace}): there
 * NumPy's corrections change nothing, and the sample is in [lo, hi] because the top edge so computed is at most the
 * next double after hi ({@link #usable}). A vector with any other lane goes the long way: samples outside [lo, hi]
 * or NaN to the slots past the last bin, and where a sample in range lies outside its bin's edges (on an edge), the
 * whole vector to {@link Histograms#bin}, which corrects the index as NumPy does. Loaded only where the Vector API
 * module is resolved ({@link VectorApiModule}).
 */
final class HistogramLanes {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
    /** The bins as ints, as many lanes as D's (half its bits); null where D has one lane (no 32-bit int shape). */
    private static final VectorSpecies<Integer> I =
            D.length() < 2 ? null : VectorSpecies.of(int.class, VectorShape.forBitSize(D.vectorBitSize() / 2));
    private static final int STRIP = 256;
    /**
     * Slots for samples outside [lo, hi]: n + lane % 4, so that a run of such samples does not chain every count
     * through one memory slot (with most samples out of range, one slot made the whole call half as slow again).
     */
    private static final int OUTSIDE_SLOTS = 4;

    private HistogramLanes() {}

    /**
     * Whether the lanes serve n equal bins over [lo, hi]: this JVM's shapes allow them, and the last bin's upper edge
     * computed in a lane, {@code lo + n * step}, is at most the next double after hi, so that a sample below it is at
     * most hi (true for most ranges, not all: -0.7 to 0.5 in 37 bins is not, nor are about 1% of random ranges).
     */
    static boolean usable(double lo, double hi, int n) {
        return I != null && lo + n * ((hi - lo) / n) <= Math.nextUp(hi);
    }

    /** Adds the bin counts of x[off .. off + size) to h, which has n bins with edges e (np.linspace's). */
    static void count(double[] x, int off, int size, double lo, double hi, double norm, double[] e, long[] h) {
        int n = h.length;
        double step = (hi - lo) / n;
        int[] counts = new int[n + OUTSIDE_SLOTS];   // no slot counts more than size samples
        int[] slots = new int[Math.min(STRIP, size)];
        DoubleVector vlo = DoubleVector.broadcast(D, lo), vhi = DoubleVector.broadcast(D, hi);
        DoubleVector vnorm = DoubleVector.broadcast(D, norm), vstep = DoubleVector.broadcast(D, step);
        IntVector first = IntVector.zero(I), last = IntVector.broadcast(I, n - 1);
        IntVector outside = IntVector.zero(I).addIndex(1).and(OUTSIDE_SLOTS - 1).add(n);
        int whole = size - size % D.length();   // the samples of whole vectors; the rest after them
        for (int from = 0; from < whole; from += STRIP) {
            int m = Math.min(STRIP, whole - from);
            for (int j = 0; j < m; j += D.length()) {
                DoubleVector v = DoubleVector.fromArray(D, x, off + from + j);
                IntVector k = ((IntVector) v.sub(vlo).mul(vnorm).convertShape(VectorOperators.D2I, I, 0))
                        .max(first).min(last);
                DoubleVector kd = (DoubleVector) k.convertShape(VectorOperators.I2D, D, 0);
                DoubleVector lower = vlo.add(kd.mul(vstep)), upper = vlo.add(kd.add(1.0).mul(vstep));
                k.intoArray(slots, j);
                VectorMask<Double> inBin =
                        v.compare(VectorOperators.GE, lower).and(v.compare(VectorOperators.LT, upper));
                if (!inBin.allTrue()) {
                    VectorMask<Double> in = v.compare(VectorOperators.GE, vlo).and(v.compare(VectorOperators.LE, vhi));
                    k.blend(outside, in.not().cast(I)).intoArray(slots, j);
                    if (in.andNot(inBin).anyTrue()) binEach(x, off + from, j, j + D.length(), lo, hi, norm, e, slots);
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
