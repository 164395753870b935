package io.jumba.array;

/** Views that select along one axis ({@code a[i]}, {@code a[start:stop:step]}) or reinterpret the shape. */
final class Views {
    private Views() {}

    /** Resolves a possibly negative axis, with NumPy's AxisError message when out of range. */
    static int axis(int axis, int ndim) {
        if (axis < -ndim || axis >= ndim) {
            throw new IllegalArgumentException("axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return axis < 0 ? axis + ndim : axis;
    }

    static NDArray slice(NDArray a, int axis, Integer start, Integer stop, int step) {
        int ax = axis(axis, a.ndim());
        if (step == 0) throw new IllegalArgumentException("slice step cannot be zero");
        int len = a.shape(ax);
        // Python's slice.indices(len)
        int lower = step < 0 ? -1 : 0, upper = step < 0 ? len - 1 : len;
        int first = start == null ? (step < 0 ? upper : lower) : clamp(start, len, lower, upper);
        int end = stop == null ? (step < 0 ? lower : upper) : clamp(stop, len, lower, upper);
        int count;
        if (step > 0) count = first < end ? (end - first - 1) / step + 1 : 0;
        else count = end < first ? (first - end - 1) / -step + 1 : 0;
        int[] shape = a.shape(), strides = a.strides();
        shape[ax] = count;
        strides[ax] = a.stride(ax) * step;
        int offset = count == 0 ? a.offset() : a.offset() + first * a.stride(ax);
        return a.view(offset, shape, strides);
    }

    private static int clamp(int bound, int len, int lower, int upper) {
        long b = bound < 0 ? (long) bound + len : bound;
        return (int) Math.max(lower, Math.min(upper, b));
    }

    static NDArray index(NDArray a, int axis, long i) {
        int ax = axis(axis, a.ndim());
        long len = a.longShape(ax);
        long k = i < 0 ? i + len : i;
        if (k < 0 || k >= len) {
            throw new IndexOutOfBoundsException("index " + i + " is out of bounds for axis " + ax + " with size " + len);
        }
        int n = a.ndim() - 1;
        long[] shape = new long[n], strides = new long[n];
        for (int d = 0, e = 0; d <= n; d++) {
            if (d == ax) continue;
            shape[e] = a.longShape(d);
            strides[e++] = a.longStride(d);
        }
        return new NDArray(a, a.longOffset() + k * a.longStride(ax), shape, strides);
    }

    static NDArray reshape(NDArray a, int... requested) {
        int[] shape = resolveShape(a.size(), requested);
        NDArray source = a.isCContiguous() ? a : a.copy();
        return source.view(source.offset(), shape, NDArray.cStrides(shape));
    }

    /** Fills in a -1 dimension and checks that the element count matches, with NumPy's messages. */
    private static int[] resolveShape(int size, int[] requested) {
        int[] shape = requested.clone();
        int unknown = -1;
        long known = 1;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] == -1) {
                if (unknown >= 0) throw new IllegalArgumentException("can only specify one unknown dimension");
                unknown = d;
            } else if (shape[d] < 0) {
                throw new IllegalArgumentException("negative dimensions not allowed");
            } else {
                known *= shape[d];
            }
        }
        if (unknown >= 0 && known != 0 && size % known == 0) shape[unknown] = (int) (size / known);
        else if (unknown >= 0 || known != size) {
            throw new IllegalArgumentException("cannot reshape array of size " + size + " into shape "
                    + ArrayFormatter.shapeString(requested));
        }
        return shape;
    }
}
