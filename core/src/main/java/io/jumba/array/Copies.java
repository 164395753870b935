package io.jumba.array;

/** Element-wise copies into new storage, optionally casting the dtype ({@code copy}, {@code astype}). */
final class Copies {
    private Copies() {}

    /**
     * A new array of {@code target} dtype in {@code 'C'} or {@code 'F'} order holding a's elements cast with NumPy's
     * unsafe rules: to bool is {@code != 0}, to an integer truncates floats and wraps (see {@link FloatToInteger}),
     * to a float rounds.
     */
    static NDArray copy(NDArray a, DType target, char order) {
        if (order != 'C' && order != 'F') throw new IllegalArgumentException("order must be 'C' or 'F', not '" + order + "'");
        int[] shape = a.shape();
        NDArray out = new NDArray(target, NDArray.allocate(target, a.size()), 0, shape,
                order == 'C' ? NDArray.cStrides(shape) : NDArray.fStrides(shape));
        int[] destination = positionsInCOrder(out);
        int[] next = {0};
        if (target.isComplex()) {
            COrder.forEach(a, p -> out.writeComplex(destination[next[0]++], a.readComplex(p)));
        } else if (target.isFloat() || a.dtype().isFloat() && target.isInteger()) {
            COrder.forEach(a, p -> out.writeDouble(destination[next[0]++], a.readDouble(p)));
        } else if (target.isBool()) {
            COrder.forEach(a, p -> out.writeLong(destination[next[0]++], a.readBoolean(p) ? 1 : 0));
        } else {
            COrder.forEach(a, p -> out.writeLong(destination[next[0]++], a.readLong(p)));
        }
        return out;
    }

    private static int[] positionsInCOrder(NDArray a) {
        int[] positions = new int[a.size()];
        int[] next = {0};
        COrder.forEach(a, p -> positions[next[0]++] = p);
        return positions;
    }
}
