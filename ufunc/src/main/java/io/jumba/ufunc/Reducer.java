package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.array.NDArray;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code ufunc.reduce(a, axis=, keepdims=, initial=, where=)}. The reduced axes are moved to the front of a view;
 * the accumulator (an array of the kept dimensions) is combined with one slice after another by the ufunc's own
 * compiled kernel with {@code out=} the accumulator, so each step is one vectorized elementwise call over the kept
 * dimensions. A reduction to a single element gives a boxed scalar.
 */
public final class Reducer {
    private final UFunc ufunc;
    private final NDArray array;
    private int[] axes = {0};
    private boolean keepdims;
    private Object initial;
    private NDArray where;

    Reducer(UFunc ufunc, NDArray array) {
        this.ufunc = ufunc;
        this.array = array;
    }

    /** The axes to reduce; null means every axis. */
    public Reducer axis(int... axes) { this.axes = axes == null ? null : axes.clone(); return this; }

    public Reducer keepdims(boolean keepdims) { this.keepdims = keepdims; return this; }

    /**
     * The starting value (Boolean, Long, Double) instead of the first element or the identity, cast to the
     * accumulator's dtype; a Java integer must fit an integer accumulator (NumPy 2's OverflowError otherwise).
     */
    public Reducer initial(Object initial) { this.initial = initial; return this; }

    /** Only elements where the bool mask (broadcast to the array) is true take part; needs initial or an identity. */
    public Reducer where(NDArray mask) { this.where = mask; return this; }

    /** The reduction: an NDArray, or a boxed scalar when no dimension is left. */
    public Object run() {
        ufunc.requireBinary("reduce");
        int ndim = array.ndim();
        boolean[] reduced = new boolean[ndim];
        if (axes == null) Arrays.fill(reduced, true);
        else for (int ax : axes) {
            int d = Shapes.axis(ax, ndim);
            if (reduced[d]) throw new UFuncException("ValueError", "duplicate value in 'axis'");
            reduced[d] = true;
        }
        DType acc = Methods.accumulatorType(ufunc, array.dtype());
        long naxes = IntStream.range(0, ndim).filter(d -> reduced[d]).count();
        if (naxes > 1 && !ufunc.reorderable()) {
            throw new UFuncException("ValueError", "reduction operation '" + ufunc.name()
                    + "' is not reorderable, so at most one axis may be specified");
        }
        List<Integer> order = new ArrayList<>(), kept = new ArrayList<>();
        for (int d = 0; d < ndim; d++) if (reduced[d]) order.add(d);
        int nReduced = order.size();
        for (int d = 0; d < ndim; d++) if (!reduced[d]) { order.add(d); kept.add(d); }
        NDArray perm = Methods.permute(array, order);
        NDArray mask = where == null ? null : Methods.permute(Application.boolMask(where).broadcastTo(array.shape()), order);
        int[] keptShape = kept.stream().mapToInt(array::shape).toArray();
        int count = 1;
        for (int k = 0; k < nReduced; k++) count *= perm.shape(k);
        Object start = initial != null ? initial : (where != null || count == 0) ? ufunc.identity() : null;
        if (start == null && where != null) {
            throw new UFuncException("ValueError", "reduction operation '" + ufunc.name() + "' does not have an identity, "
                    + "so to use a where mask one has to specify 'initial'");
        }
        NDArray result;
        int first;
        if (initial != null && Operand.of(initial, ufunc.name()) instanceof Operand.PythonScalar s) s.requireFits(acc);
        if (start != null) {
            result = Methods.filled(acc, start, keptShape);
            first = 0;
        } else if (count == 0) {
            if (Arrays.stream(keptShape).reduce(1, (x, y) -> x * y) != 0) {
                throw new UFuncException("ValueError", "zero-size array to reduction operation " + ufunc.name()
                        + " which has no identity");
            }
            result = NDArray.empty(acc, keptShape);
            first = count;
        } else {
            result = Methods.slice(perm, nReduced, 0).astype(acc);
            first = 1;
        }
        for (int i = first; i < count; i++) {
            Application step = ufunc.on(result, Methods.slice(perm, nReduced, i)).out(result).casting(Casting.UNSAFE);
            if (mask != null) step.where(Methods.slice(mask, nReduced, i));
            step.run();
        }
        if (keepdims) {
            int[] shape = new int[ndim];
            for (int d = 0; d < ndim; d++) shape[d] = reduced[d] ? 1 : array.shape(d);
            result = result.reshape(shape);
        }
        return result.ndim() == 0 ? result.get() : result;
    }

}
