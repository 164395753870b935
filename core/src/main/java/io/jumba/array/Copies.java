package io.jumba.array;

/** Element-wise copies into new storage, optionally casting the dtype ({@code copy}, {@code astype}). */
final class Copies {
    private Copies() {}

    /**
     * A new array of {@code target} dtype in {@code 'C'} or {@code 'F'} order holding a's elements cast with NumPy's
     * unsafe rules: to bool is {@code != 0}, to an integer truncates floats and wraps, to a float rounds.
     */
    static NDArray copy(NDArray a, DType target, char order) {
        if (order != 'C' && order != 'F') throw new IllegalArgumentException("order must be 'C' or 'F', not '" + order + "'");
        NDArray out = NDArray.empty(target, a.shape());
        if (order == 'F') {
            out = out.view(0, a.shape(), fStrides(a.shape()));
        }
        // Visit out's positions in C order alongside a's.
        int[] dst = new int[out.size()];
        int[] i = {0};
        COrder.forEach(out, p -> dst[i[0]++] = p);
        NDArray o = out;
        i[0] = 0;
        if (target.isFloat()) COrder.forEach(a, p -> o.writeDouble(dst[i[0]++], a.readDouble(p)));
        else if (target.isBool()) COrder.forEach(a, p -> o.writeLong(dst[i[0]++], a.readBoolean(p) ? 1 : 0));
        else COrder.forEach(a, p -> o.writeLong(dst[i[0]++], a.readLong(p)));
        return out;
    }

    /** Fortran-order strides (in elements) for a shape. */
    static int[] fStrides(int[] shape) {
        int[] s = new int[shape.length];
        int acc = 1;
        for (int d = 0; d < shape.length; d++) {
            s[d] = acc;
            acc *= Math.max(shape[d], 1);
        }
        return s;
    }
}
