package io.jumba.runtime;

import io.jumba.array.NDArray;

/**
 * The check that guards vectorized loads through an index array ({@code x[idx[i]]}): every index the loop will use
 * must be valid for an axis of n elements, negative ones counting from the end, else the scalar loop runs and
 * raises IndexError where Python would.
 */
public final class GatherIndices {
    private GatherIndices() {}

    /**
     * Whether the int32 or int64 elements of idx at storage positions {@code base + i * stride}, i in [from, to), all
     * lie in [-n, n).
     */
    public static boolean allWithin(NDArray idx, int base, int stride, long from, long to, long n) {
        if (idx.data() instanceof int[] a) {
            for (long i = from; i < to; i++) {
                int v = a[base + (int) i * stride];
                if (v < -n || v >= n) return false;
            }
        } else {
            long[] a = (long[]) idx.data();
            for (long i = from; i < to; i++) {
                long v = a[base + (int) i * stride];
                if (v < -n || v >= n) return false;
            }
        }
        return true;
    }
}
