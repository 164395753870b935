package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.UFuncException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * {@code ufunc.reduce(a, axis=, keepdims=, initial=, where=)}. The reduced axes are moved to the front of a view;
 * the accumulator (an array of the kept dimensions) starts from initial, the identity or the first slice, and the
 * remaining elements are folded in C order over the reduced axes. When those axes merge into one line per output
 * element (a single axis, or contiguous ones) and there are no more outputs than elements per line, each output is
 * one compiled loop over its line ({@link ReduceProgram}); otherwise (and with where=) the accumulator is combined
 * with one slice after another by the ufunc's element-wise kernel, one call per slice vectorized over the kept
 * dimensions. So when the axes merge a reduction makes min(outputs, elements per output) kernel calls, and either
 * way floats are folded in sequential order. A reduction to a single element gives a boxed scalar.
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
        NDArray lines = mask == null ? mergeReduced(perm, nReduced) : null;
        if (lines != null && result.size() > 0 && result.size() <= count - first) {
            reduceLines(lines, result, first);
        } else {
            for (int i = first; i < count; i++) {
                Application step = ufunc.on(result, Methods.slice(perm, nReduced, i)).out(result).casting(Casting.UNSAFE);
                if (mask != null) step.where(Methods.slice(mask, nReduced, i));
                step.run();
            }
        }
        if (keepdims) {
            int[] shape = new int[ndim];
            for (int d = 0; d < ndim; d++) shape[d] = reduced[d] ? 1 : array.shape(d);
            result = result.reshape(shape);
        }
        return result.ndim() == 0 ? result.get() : result;
    }

    /**
     * Folds each line of lines (axis 0 reduced, the others kept, in result's C order) from element first on into
     * its element of result, one {@link ReduceProgram} kernel call per output element: the same loop, the same
     * casts and the same sequential order as the slice-by-slice calls, so the same results.
     */
    private void reduceLines(NDArray lines, NDArray result, int first) {
        int kept = lines.ndim() - 1;
        List<Integer> keptFirst = new ArrayList<>();
        for (int d = 1; d <= kept; d++) keptFirst.add(d);
        keptFirst.add(0);
        NDArray byOutput = Methods.permute(lines, keptFirst);
        int n = lines.shape(0);
        NDArray start = Methods.slice(byOutput, kept, 0).slice(0, first, n, 1);
        Loop loop = LoopSelection.select(ufunc, List.of(Operand.of(result, ufunc.name()), Operand.of(start, ufunc.name())),
                null, Casting.UNSAFE);
        for (int j = 0; j < result.size(); j++) {
            NDArray line = Methods.slice(byOutput, kept, j).slice(0, first, n, 1);
            NDArray acc = result.view(result.offset() + j, new int[] {1}, new int[] {1});
            ufunc.invoke(new ReduceProgram(loop, Operand.arrayType(line), Operand.arrayType(acc)), new Object[] {line, acc});
        }
    }

    /**
     * a (its first nReduced axes reduced) with those axes merged into one, when their strides allow a view (C
     * order over them, as the slices are taken); null when they do not, or when no axis is reduced.
     */
    private static NDArray mergeReduced(NDArray a, int nReduced) {
        if (nReduced == 0) return null;
        int length = 1;
        for (int d = 0; d < nReduced; d++) length *= a.shape(d);
        for (int d = 0; d + 1 < nReduced; d++) {
            if (a.stride(d) != a.stride(d + 1) * a.shape(d + 1)) return null;
        }
        int stride = a.stride(nReduced - 1);
        int[] shape = new int[a.ndim() - nReduced + 1], strides = new int[shape.length];
        shape[0] = length;
        strides[0] = stride;
        for (int d = nReduced; d < a.ndim(); d++) {
            shape[d - nReduced + 1] = a.shape(d);
            strides[d - nReduced + 1] = a.stride(d);
        }
        return a.view(a.offset(), shape, strides);
    }

}
