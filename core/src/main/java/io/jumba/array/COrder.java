package io.jumba.array;

import java.util.function.IntConsumer;

/** Visits the storage positions of an array's elements in C (row-major) order, for any strides. */
final class COrder {
    private COrder() {}

    /** Calls {@code action} with the position in {@code a.data()} of each element, last axis fastest. */
    static void forEach(NDArray a, IntConsumer action) {
        int n = a.size();
        if (n == 0) return;
        int nd = a.ndim();
        if (nd == 0) {
            action.accept(a.offset());
            return;
        }
        int[] shape = a.shape(), strides = a.strides(), index = new int[nd];
        int last = nd - 1, lastLen = shape[last], lastStride = strides[last];
        int rowStart = a.offset();
        for (int done = 0; done < n; done += lastLen) {
            for (int k = 0, p = rowStart; k < lastLen; k++, p += lastStride) action.accept(p);
            // advance the odometer over the outer axes
            for (int d = last - 1; d >= 0; d--) {
                index[d]++;
                rowStart += strides[d];
                if (index[d] < shape[d]) break;
                rowStart -= strides[d] * shape[d];
                index[d] = 0;
            }
        }
    }
}
