package io.jumba.runtime;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.source.SourcePos;

import java.util.Arrays;

/**
 * {@code np.sort} (along the last axis) and {@code np.argsort} (of 1-d arrays) in NumPy's order (NaN after every
 * number; complex values as {@link ComplexSorts} orders them), stable as NumPy's {@code kind='stable'}: elements that compare equal keep their order, so {@code -0.0} and
 * {@code 0.0}, and NaNs with different payloads, come out in the order they came in. The sort runs the JDK's sort of
 * primitive arrays; argsort a merge sort of (key, index) pairs. Both take the call's position last, as every
 * {@link LibraryFn} method does, and raise nothing.
 */
public final class Sorts {
    /** Runs this short are sorted by insertion before merging. */
    private static final int RUN = 32;

    private Sorts() {}

    /** A sorted copy of array a: each run along its last axis sorted, as {@code np.sort(a)} does. */
    public static NDArray sort(NDArray a, SourcePos pos) {
        if (a.dtype().isComplex()) return ComplexSorts.sort(a);
        if (a.ndim() != 1) {
            NDArray out = a.copy();   // C order: the runs along the last axis lie one after another
            int n = a.shape(a.ndim() - 1);
            for (int from = 0; from + n <= out.size() && n > 0; from += n) sortRun(out.data(), from, from + n, a.dtype());
            return out;
        }
        Object v = elements(a);
        sortRun(v, 0, a.size(), a.dtype());
        return vector(a.dtype(), v, a.size());
    }

    /** Sorts v[from, to), a Java array holding elements of dtype d. */
    private static void sortRun(Object v, int from, int to, DType d) {
        switch (v) {
            case double[] x -> sortFloats(x, from, to);
            case float[] x -> {
                double[] wide = new double[to - from];
                for (int i = 0; i < wide.length; i++) wide[i] = x[from + i];
                sortFloats(wide, 0, wide.length);
                for (int i = 0; i < wide.length; i++) x[from + i] = (float) wide[i];
            }
            default -> {
                // integers and bools: equal keys are equal elements, so any sort of the keys is the stable one
                long[] keys = keys(v, from, to, d);
                Arrays.sort(keys);
                boolean unsigned = d.isUnsigned();
                switch (v) {
                    case long[] x -> { for (int i = 0; i < keys.length; i++) x[from + i] = unsigned ? keys[i] ^ Long.MIN_VALUE : keys[i]; }
                    case int[] x -> { for (int i = 0; i < keys.length; i++) x[from + i] = (int) keys[i]; }
                    case short[] x -> { for (int i = 0; i < keys.length; i++) x[from + i] = (short) keys[i]; }
                    case byte[] x -> { for (int i = 0; i < keys.length; i++) x[from + i] = (byte) keys[i]; }
                    case boolean[] x -> { for (int i = 0; i < keys.length; i++) x[from + i] = keys[i] != 0; }
                    default -> throw new IllegalArgumentException("np.sort of " + d);
                }
            }
        }
    }

    /** The int64 indices that sort the 1-d array a, stably. */
    public static NDArray argsort(NDArray a, SourcePos pos) {
        if (a.dtype().isComplex()) return ComplexSorts.argsort(a);
        int n = a.size();
        long[] idx = new long[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        return vector(DType.INT64, mergeSort(keys(elements(a), 0, n, a.dtype()), idx), n);
    }

    /**
     * The elements as longs whose signed order is NumPy's order of them: unsigned values zero-extended (uint64's top
     * bit flipped), bools 0 and 1, floats by {@link #floatKey}.
     */
    private static long[] keys(Object v, int from, int to, DType d) {
        boolean unsigned = d.isUnsigned();
        long[] k = new long[to - from];
        switch (v) {
            case double[] x -> { for (int i = 0; i < k.length; i++) k[i] = floatKey(x[from + i]); }
            case float[] x -> { for (int i = 0; i < k.length; i++) k[i] = floatKey(x[from + i]); }
            case long[] x -> { for (int i = 0; i < k.length; i++) k[i] = unsigned ? x[from + i] ^ Long.MIN_VALUE : x[from + i]; }
            case int[] x -> { for (int i = 0; i < k.length; i++) k[i] = unsigned ? Integer.toUnsignedLong(x[from + i]) : x[from + i]; }
            case short[] x -> { for (int i = 0; i < k.length; i++) k[i] = unsigned ? Short.toUnsignedLong(x[from + i]) : x[from + i]; }
            case byte[] x -> { for (int i = 0; i < k.length; i++) k[i] = unsigned ? Byte.toUnsignedLong(x[from + i]) : x[from + i]; }
            case boolean[] x -> { for (int i = 0; i < k.length; i++) k[i] = x[from + i] ? 1 : 0; }
            default -> throw new IllegalArgumentException("no order of " + d + " here");
        }
        return k;
    }

    /**
     * A long whose signed order is NumPy's order of doubles: the bits of a positive double grow with it; a negative
     * one's lower 63 bits are flipped so that they shrink; both zeros are 0, NaN is above +inf.
     */
    private static long floatKey(double x) {
        if (x != x) return Long.MAX_VALUE;
        if (x == 0) return 0;
        long bits = Double.doubleToRawLongBits(x);
        return bits >= 0 ? bits : bits ^ Long.MAX_VALUE;
    }

    /**
     * Sorts x[from, to) in NumPy's order, stably: the JDK's sort puts NaN last, as NumPy does, but -0.0 before 0.0 and NaNs in
     * an order of its own, so the run of zeros and the run of NaNs are written again in the order they came in.
     */
    private static void sortFloats(double[] x, int from, int to) {
        int negatives = 0, zeros = 0, nans = 0;
        for (int i = from; i < to; i++) {
            double v = x[i];
            if (v < 0) negatives++;
            else if (v == 0) zeros++;
            else if (v != v) nans++;
        }
        double[] input = zeros > 1 || nans > 1 ? Arrays.copyOfRange(x, from, to) : null;
        Arrays.sort(x, from, to);
        if (input == null) return;
        int zero = from + negatives, nan = to - nans;
        for (double v : input) {
            if (v == 0) x[zero++] = v;
            else if (v != v) x[nan++] = v;
        }
    }

    /**
     * Sorts the keys, moving each index with its key, stably (insertion-sorted runs, then bottom-up merges), and
     * returns the indices in key order (idx itself, or the buffer the last merge wrote).
     */
    private static long[] mergeSort(long[] keys, long[] idx) {
        int n = keys.length;
        for (int lo = 0; lo < n; lo += RUN) {
            int hi = Math.min(lo + RUN, n);
            for (int i = lo + 1; i < hi; i++) {
                long k = keys[i], v = idx[i];
                int j = i - 1;
                while (j >= lo && keys[j] > k) {
                    keys[j + 1] = keys[j];
                    idx[j + 1] = idx[j];
                    j--;
                }
                keys[j + 1] = k;
                idx[j + 1] = v;
            }
        }
        long[] keys2 = new long[n], idx2 = new long[n];
        for (int width = RUN; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n), hi = Math.min(lo + 2 * width, n), i = lo, j = mid;
                for (int k = lo; k < hi; k++) {
                    if (i < mid && (j >= hi || keys[j] >= keys[i])) {
                        keys2[k] = keys[i];
                        idx2[k] = idx[i++];
                    } else {
                        keys2[k] = keys[j];
                        idx2[k] = idx[j++];
                    }
                }
            }
            long[] t = keys; keys = keys2; keys2 = t;
            t = idx; idx = idx2; idx2 = t;
        }
        return idx;
    }

    /** The elements of 1-d a in order, in a fresh Java array of its storage type. */
    private static Object elements(NDArray a) {
        int n = a.size();
        if (a.isSegment() || a.ndim() != 1 || a.stride(0) != 1 && n > 1) return a.copy().data();
        int from = a.offset();
        return switch (a.data()) {
            case double[] x -> Arrays.copyOfRange(x, from, from + n);
            case float[] x -> Arrays.copyOfRange(x, from, from + n);
            case long[] x -> Arrays.copyOfRange(x, from, from + n);
            case int[] x -> Arrays.copyOfRange(x, from, from + n);
            case short[] x -> Arrays.copyOfRange(x, from, from + n);
            case byte[] x -> Arrays.copyOfRange(x, from, from + n);
            case boolean[] x -> Arrays.copyOfRange(x, from, from + n);
            default -> a.copy().data();
        };
    }

    private static NDArray vector(DType d, Object data, int n) {
        return new NDArray(d, data, 0, new int[] {n}, new int[] {1});
    }
}
