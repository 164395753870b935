package io.jumba.runtime;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.source.SourcePos;
import jdk.incubator.vector.DoubleVector;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link Histograms#equalBins} against NumPy's algorithm for equal bins, written out here step by step as
 * {@code numpy/lib/histograms.py} does it over whole arrays, on samples on, just below and just above every edge, out
 * of range, NaN and infinite, shuffled so that each kind lands in every lane of a vector and in strip tails.
 * Contiguous samples take the vector lanes ({@link HistogramLanes}), a strided view the scalar loop.
 */
class HistogramsTest {
    private static final SourcePos POS = new SourcePos("k.py", 1, 1, "np.histogram(x, n, (lo, hi))");

    @Test
    void binsAsNumPyDoesOnEdgesAndOutOfRange() {
        Random rnd = new Random(7);
        List<double[]> ranges = new ArrayList<>(List.of(new double[] {-3, 3, 256}, new double[] {-3, 4.5, 7},
                new double[] {0.1, 0.7, 3}, new double[] {1e6, 1e6 + 1, 10}, new double[] {-1e-300, 1e-300, 64},
                new double[] {0, 1, 1}, new double[] {-1, 1, 1000}, new double[] {2, 2, 5},
                new double[] {-0.7, 0.5, 37}, new double[] {-3.3, 0.0, 23}, new double[] {0.3, 0.9, 2}));
        for (int r = 0; r < 40; r++) {
            double lo = (rnd.nextDouble() - 0.5) * Math.scalb(1.0, rnd.nextInt(40) - 20);
            double width = rnd.nextDouble() * Math.scalb(1.0, rnd.nextInt(30) - 10);
            ranges.add(new double[] {lo, lo + width, 1 + rnd.nextInt(300)});
        }
        for (double[] range : ranges) {
            double[] x = samples(range[0], range[1], (int) range[2], rnd);
            long[] expected = numpy(x, range[0], range[1], (int) range[2]);
            String what = "lo=" + range[0] + " hi=" + range[1] + " bins=" + (int) range[2];
            NDArray contiguous = new NDArray(DType.FLOAT64, x, 0, new int[] {x.length}, new int[] {1});
            assertArrayEquals(expected, counts(contiguous, range), "contiguous, " + what);
            double[] spread = new double[2 * x.length];
            for (int i = 0; i < x.length; i++) spread[2 * i + 1] = x[i];
            NDArray strided = new NDArray(DType.FLOAT64, spread, 1, new int[] {x.length}, new int[] {2});
            assertArrayEquals(expected, counts(strided, range), "strided, " + what);
        }
    }

    @Test
    void lanesOnlyWhereTheirTopEdgeIsNotAboveHi() {
        // -0.7 + 37 * ((0.5 + 0.7) / 37) is 0.5000000000000002: a lane's test against that edge would let the double
        // just above hi into the last bin, so those bins take the scalar rule (the test above checks both give
        // NumPy's counts). 0.3 + 2 * 0.3 is 0.9000000000000001, the next double after hi: nothing lies between.
        // With one double lane (-XX:MaxVectorSize=8) there are no lanes at all.
        boolean lanes = DoubleVector.SPECIES_PREFERRED.length() > 1;
        assertEquals(lanes, HistogramLanes.usable(-3, 3, 256));
        assertEquals(lanes, HistogramLanes.usable(0.3, 0.9, 2));
        assertFalse(HistogramLanes.usable(-0.7, 0.5, 37));
        assertFalse(HistogramLanes.usable(-3.3, 0.0, 23));
    }

    private static long[] counts(NDArray x, double[] range) {
        NDArray hist = (NDArray) Histograms.equalBins(x, (long) range[2], range[0], range[1], POS)[0];
        return (long[]) hist.data();
    }

    /** Each edge, its neighbours, samples over the range and a tenth beyond it, and the special values. */
    private static double[] samples(double lo, double hi, int bins, Random rnd) {
        if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        List<Double> xs = new ArrayList<>();
        for (double edge : edges(lo, hi, bins)) {
            xs.add(edge);
            xs.add(Math.nextDown(edge));
            xs.add(Math.nextUp(edge));
        }
        for (int i = 0; i < 700; i++) xs.add(lo - 0.1 * (hi - lo) + rnd.nextDouble() * 1.2 * (hi - lo));
        xs.addAll(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, lo, hi, -0.0, 0.0));
        Collections.shuffle(xs, rnd);
        return xs.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** np.linspace(lo, hi, bins + 1): start + i * step, the last one stop. */
    private static double[] edges(double lo, double hi, int bins) {
        double[] e = new double[bins + 1];
        double step = (hi - lo) / bins;
        for (int i = 0; i < bins; i++) e[i] = lo + i * step;
        e[bins] = hi;
        return e;
    }

    /** NumPy's equal-bins path: scale, move the top down, decrement below the edge, then increment past the next. */
    private static long[] numpy(double[] a, double lo, double hi, int bins) {
        if (lo == hi) {
            lo -= 0.5;
            hi += 0.5;
        }
        double[] e = edges(lo, hi, bins);
        double norm = bins / (hi - lo);
        long[] hist = new long[bins];
        for (double x : a) {
            if (!(x >= lo && x <= hi)) continue;
            int i = (int) ((x - lo) * norm);
            if (i == bins) i--;
            if (x < e[i]) i--;
            if (x >= e[i + 1] && i != bins - 1) i++;
            hist[i]++;
        }
        return hist;
    }
}
