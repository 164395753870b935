package io.jumba.array;

/** NumPy broadcasting: the common shape of several shapes, and zero-stride views that expand an array to it. */
public final class Broadcast {
    private Broadcast() {}

    /** {@code np.broadcast_shapes}: dimensions are matched from the right; 1 stretches to the other size. */
    public static int[] shapes(int[]... shapes) {
        int nd = 0;
        for (int[] s : shapes) nd = Math.max(nd, s.length);
        int[] result = new int[nd];
        java.util.Arrays.fill(result, 1);
        int[] owner = new int[nd]; // which argument set result[d], for the error message
        for (int k = 0; k < shapes.length; k++) {
            int[] s = shapes[k];
            for (int d = 0; d < s.length; d++) {
                int r = nd - s.length + d;
                if (s[d] == result[r] || s[d] == 1) continue;
                if (result[r] != 1) {
                    throw new IllegalArgumentException("shape mismatch: objects cannot be broadcast to a single shape."
                            + "  Mismatch is between arg " + owner[r] + " with shape " + ArrayFormatter.shapeString(shapes[owner[r]])
                            + " and arg " + k + " with shape " + ArrayFormatter.shapeString(s) + ".");
                }
                result[r] = s[d];
                owner[r] = k;
            }
        }
        return result;
    }

    /** {@code np.broadcast_to(a, shape)}: a view, stride 0 along stretched and prepended axes. */
    public static NDArray to(NDArray a, int... shape) {
        int nd = shape.length, lead = nd - a.ndim();
        if (lead < 0) throw new IllegalArgumentException("input operand has more dimensions than allowed by the axis remapping");
        int[] strides = new int[nd];
        for (int d = 0; d < a.ndim(); d++) {
            int have = a.shape(d), want = shape[lead + d];
            if (have == want) strides[lead + d] = a.stride(d);
            else if (have != 1) {
                throw new IllegalArgumentException("operands could not be broadcast together with remapped shapes "
                        + "[original->remapped]: " + ArrayFormatter.shapeString(a.shape()).replace(" ", "")
                        + "  and requested shape " + ArrayFormatter.shapeString(shape).replace(" ", ""));
            }
        }
        for (int s : shape) if (s < 0) throw new IllegalArgumentException("all elements of broadcast shape must be non-negative");
        return a.view(a.offset(), shape, strides);
    }
}
