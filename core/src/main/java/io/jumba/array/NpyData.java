package io.jumba.array;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Converts between an array's elements and the raw bytes of a {@code .npy} data section. */
final class NpyData {
    private NpyData() {}

    /** The elements of {@code bytes} in the storage type of dtype. */
    static Object decode(byte[] bytes, DType dtype, boolean bigEndian) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int n = bytes.length / dtype.itemSize();
        Object storage = NDArray.allocate(dtype, n);
        switch (storage) {
            case boolean[] a -> { for (int k = 0; k < n; k++) a[k] = bytes[k] != 0; }
            case byte[] a -> System.arraycopy(bytes, 0, a, 0, n);
            case short[] a -> b.asShortBuffer().get(a);
            case int[] a -> b.asIntBuffer().get(a);
            case long[] a -> b.asLongBuffer().get(a);
            case float[] a -> b.asFloatBuffer().get(a);
            case double[] a -> b.asDoubleBuffer().get(a);
            default -> throw new IllegalStateException("no storage for " + dtype);
        }
        return storage;
    }

    /** The elements of the array in C order as little-endian bytes. */
    static byte[] encode(NDArray array) {
        NDArray c = array.isCContiguous() && !array.isSegment() ? array : array.copy(); // copies are on the heap
        int n = c.size(), from = c.offset(), slots = c.dtype().slots();
        ByteBuffer b = ByteBuffer.allocate(Math.multiplyExact(n, c.dtype().itemSize())).order(ByteOrder.LITTLE_ENDIAN);
        if (n == 0) return b.array();
        switch (c.data()) {
            case boolean[] a -> { for (int k = 0; k < n; k++) b.put((byte) (a[from + k] ? 1 : 0)); }
            case byte[] a -> b.put(a, from, n);
            case short[] a -> b.asShortBuffer().put(a, from, n);
            case int[] a -> b.asIntBuffer().put(a, from, n);
            case long[] a -> b.asLongBuffer().put(a, from, n);
            case float[] a -> b.asFloatBuffer().put(a, from * slots, n * slots);
            case double[] a -> b.asDoubleBuffer().put(a, from * slots, n * slots);
            default -> throw new IllegalStateException("no storage for " + c.dtype());
        }
        return b.array();
    }
}
