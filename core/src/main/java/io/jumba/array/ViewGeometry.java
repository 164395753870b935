package io.jumba.array;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/**
 * Checks that a view's offset, shape and strides stay inside its data, when the view is made: kernels index views
 * without bounds checks of their own, so a view that reaches past its data would fail later with a raw Java
 * ArrayIndexOutOfBoundsException.
 */
final class ViewGeometry {
    private ViewGeometry() {}

    /** @throws IllegalArgumentException when a dimension is negative, the size overflows or an element is outside */
    static void check(DType dtype, Object data, long offset, long[] shape, long[] strides) {
        if (shape.length != strides.length) throw new IllegalArgumentException("shape and strides differ in length");
        long length = length(dtype, data);
        // Java arrays stop at 2^31 elements; a segment at what a long counts (sizes stay below 2^62 here).
        long limit = data instanceof MemorySegment ? 1L << 62 : Integer.MAX_VALUE;
        long size = 1, first = offset, last = offset;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] < 0) throw new IllegalArgumentException("negative dimensions are not allowed");
            size = shape[d] == 0 ? 0 : size > limit / shape[d] ? limit + 1 : size * shape[d];
            if (size > limit) throw new IllegalArgumentException("array is too big");
            if (Math.abs(strides[d]) > limit) throw new IllegalArgumentException("stride " + strides[d] + " is too big");
            long reach = strides[d] * Math.max(shape[d] - 1, 0);
            if (reach < 0) first += reach;
            else last += reach;
        }
        // An empty view reads no element, so any offset will do (NumPy's views of empty axes keep their row offsets).
        if (size != 0 && (first < 0 || last >= length)) {
            throw new IllegalArgumentException("view out of bounds: offset " + offset + ", shape "
                    + Arrays.toString(shape) + " and strides " + Arrays.toString(strides) + " reach elements " + first
                    + ".." + last + " of " + length);
        }
    }

    private static long length(DType dtype, Object data) {
        if (data instanceof MemorySegment s) return s.byteSize() / SegmentElements.layout(dtype).byteSize();
        if (dtype.isComplex()) return NDArray.storageLength(dtype, data);
        return switch (data) {
            case boolean[] a -> a.length;
            case byte[] a -> a.length;
            case short[] a -> a.length;
            case int[] a -> a.length;
            case long[] a -> a.length;
            case float[] a -> a.length;
            case double[] a -> a.length;
            default -> throw new IllegalArgumentException("not an array's storage: " + data.getClass().getSimpleName());
        };
    }
}
