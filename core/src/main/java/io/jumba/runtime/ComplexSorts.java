package io.jumba.runtime;

import io.jumba.array.DType;
import io.jumba.array.NDArray;

import java.util.Arrays;

/**
 * {@code np.sort} and {@code np.argsort} of complex arrays, for {@link Sorts}: NumPy's order of complex values, by
 * real part, then imaginary part, with the values holding a NaN after all others: first those whose imaginary part
 * alone is NaN (by real part), then those whose real part alone is NaN (by imaginary part), then those with both.
 * Stable, as {@code kind='stable'}: values that compare equal keep their order.
 */
final class ComplexSorts {
    private ComplexSorts() {}

    /** A sorted copy of complex array a, each run along its last axis sorted. */
    static NDArray sort(NDArray a) {
        NDArray out = a.copy(); // C order, no offset: element e is parts 2e and 2e + 1, the runs one after another
        double[] parts = parts(out);
        int n = a.ndim() == 0 ? 1 : a.shape(a.ndim() - 1);
        for (int from = 0; n > 0 && from + n <= out.size(); from += n) {
            Integer[] order = order(parts, from, from + n);
            for (int i = 0; i < n; i++) {
                int e = order[i];
                set(out.data(), from + i, parts[2 * e], parts[2 * e + 1]);
            }
        }
        return out;
    }

    /** The int64 indices that sort the 1-d complex array a, stably. */
    static NDArray argsort(NDArray a) {
        int n = a.size();
        Integer[] order = order(parts(a.copy()), 0, n);
        long[] idx = new long[n];
        for (int i = 0; i < n; i++) idx[i] = order[i];
        return new NDArray(DType.INT64, idx, 0, new int[] {n}, new int[] {1});
    }

    /** Elements from..to-1 (of the interleaved parts) in sorted order, stably (the JDK's object sort is a merge sort). */
    private static Integer[] order(double[] parts, int from, int to) {
        Integer[] order = new Integer[to - from];
        for (int i = 0; i < order.length; i++) order[i] = from + i;
        Arrays.sort(order, (x, y) -> compare(parts[2 * x], parts[2 * x + 1], parts[2 * y], parts[2 * y + 1]));
        return order;
    }

    /** NumPy's order of (ar + ai j) and (br + bi j); -0.0 and 0.0 are equal. */
    static int compare(double ar, double ai, double br, double bi) {
        int ka = nanKind(ar, ai), kb = nanKind(br, bi);
        if (ka != kb) return Integer.compare(ka, kb);
        return switch (ka) {
            case 0 -> ar != br ? numbers(ar, br) : numbers(ai, bi);
            case 1 -> numbers(ar, br);
            case 2 -> numbers(ai, bi);
            default -> 0;
        };
    }

    /** 0: no NaN; 1: the imaginary part alone is NaN; 2: the real part alone; 3: both, the order NumPy puts them in. */
    private static int nanKind(double re, double im) {
        return (re != re ? 2 : 0) + (im != im ? 1 : 0);
    }

    private static int numbers(double x, double y) {
        return x < y ? -1 : x > y ? 1 : 0;
    }

    /**
     * The real and imaginary parts of a C-contiguous complex array without offset, as a new array of doubles (float
     * ones widen exactly): sort reads them while it writes the array.
     */
    private static double[] parts(NDArray c) {
        return switch (c.data()) {
            case double[] d -> d.clone();
            case float[] f -> {
                double[] d = new double[f.length];
                for (int i = 0; i < f.length; i++) d[i] = f[i];
                yield d;
            }
            default -> throw new IllegalArgumentException("complex elements in " + c.data().getClass());
        };
    }

    private static void set(Object data, int e, double re, double im) {
        switch (data) {
            case double[] d -> { d[2 * e] = re; d[2 * e + 1] = im; }
            case float[] f -> { f[2 * e] = (float) re; f[2 * e + 1] = (float) im; }
            default -> throw new IllegalArgumentException("complex elements in " + data.getClass());
        }
    }
}
