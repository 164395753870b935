package io.jumba.runtime;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.source.SourcePos;

/**
 * Array operations of kernels that both backends call: allocation with shape checks, filling, arange/linspace,
 * basic-indexing views with Python's slice clamping, and element positions with index wrap and bounds checks.
 */
public final class ArrayOps {
    private ArrayOps() {}

    /** {@link #view} spec kind: an integer index (drops the dimension). */
    public static final int AT = 0;
    /** {@link #view} spec kind bits: a slice, and which of its lower/upper/step bounds are present. */
    public static final int RANGE = 1, HAS_LOWER = 2, HAS_UPPER = 4, HAS_STEP = 8;

    // ---- allocation ---------------------------------------------------------------------------------------------

    /** A new zero-filled array; negative dimensions raise ValueError, as NumPy. {@code fortran} picks F order. */
    public static NDArray alloc(DType dtype, long[] shape, boolean fortran, SourcePos pos) {
        int[] dims = new int[shape.length];
        long n = 1;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] < 0) throw Faults.valueError("negative dimensions are not allowed", pos);
            n *= shape[d];
            if (shape[d] > Integer.MAX_VALUE || n > Integer.MAX_VALUE - 8) {
                throw Faults.valueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.", pos);
            }
            dims[d] = (int) shape[d];
        }
        int[] strides = fortran ? NDArray.fStrides(dims) : NDArray.cStrides(dims);
        return new NDArray(dtype, NDArray.allocate(dtype, (int) n), 0, dims, strides);
    }

    /** Sets every element of a to v (cast to its dtype) and returns a. */
    public static NDArray fill(NDArray a, long v) {
        for (int p : positions(a)) a.writeLong(p, v);
        return a;
    }

    public static NDArray fill(NDArray a, double v) {
        for (int p : positions(a)) a.writeDouble(p, v);
        return a;
    }

    public static NDArray fill(NDArray a, boolean v) { return fill(a, v ? 1L : 0L); }

    /** {@code np.arange} for an integer dtype. */
    public static NDArray arange(DType dtype, long start, long stop, long step, SourcePos pos) {
        if (step == 0) throw Faults.valueError("Maximum allowed size exceeded", pos);
        long n = step > 0 ? (stop > start ? (stop - start + step - 1) / step : 0)
                          : (stop < start ? (start - stop - step - 1) / -step : 0);
        NDArray a = alloc(dtype, new long[] {n}, false, pos);
        for (int i = 0; i < n; i++) a.writeLong(i, start + i * step);
        return a;
    }

    /** {@code np.arange} for a float dtype: ceil((stop - start) / step) elements start + i·step. */
    public static NDArray arange(DType dtype, double start, double stop, double step, SourcePos pos) {
        if (step == 0) throw Faults.valueError("Maximum allowed size exceeded", pos);
        double len = Math.ceil((stop - start) / step);
        if (Double.isNaN(len)) throw Faults.valueError("arange: cannot compute length", pos);
        long n = (long) Math.max(0, len);
        NDArray a = alloc(dtype, new long[] {n}, false, pos);
        for (int i = 0; i < n; i++) a.writeDouble(i, start + i * step);
        return a;
    }

    /** {@code np.linspace(start, stop, num)} with the endpoint: start + i·step, the last element exactly stop. */
    public static NDArray linspace(DType dtype, double start, double stop, long num, SourcePos pos) {
        if (num < 0) throw Faults.valueError("Number of samples, " + num + ", must be non-negative.", pos);
        NDArray a = alloc(dtype, new long[] {num}, false, pos);
        if (num == 0) return a;
        if (num == 1) {
            a.writeDouble(0, start);
            return a;
        }
        double step = (stop - start) / (num - 1);
        for (int i = 0; i < num; i++) a.writeDouble(i, start + i * step);
        a.writeDouble((int) num - 1, stop);
        return a;
    }

    // ---- views --------------------------------------------------------------------------------------------------

    /**
     * Basic indexing: one spec per leading dimension. {@code kinds[d]} is {@link #AT} or {@link #RANGE} with
     * HAS_* bits; {@code values[3d..3d+2]} hold the index, or the slice's lower, upper and step.
     */
    public static NDArray view(NDArray a, int[] kinds, long[] values, SourcePos pos) {
        int nd = a.ndim();
        if (kinds.length > nd) throw tooManyIndices(nd, kinds.length, pos);
        // Long geometry in arrays of the view's own rank: a row view (X[i] in a loop) is made once per row, so it
        // allocates only what the new NDArray keeps.
        int rank = nd;
        for (int k : kinds) if (k == AT) rank--;
        long offset = a.longOffset();
        long[] shape = new long[rank];
        long[] strides = new long[rank];
        int out = 0;
        for (int d = 0; d < nd; d++) {
            long len = a.longShape(d);
            long stride = a.longStride(d);
            if (d < kinds.length && kinds[d] == AT) {
                offset += Indexing.longIndex(values[3 * d], len, d, pos) * stride;
                continue;
            }
            if (d >= kinds.length) {
                shape[out] = len;
                strides[out++] = stride;
                continue;
            }
            int k = kinds[d];
            long step = (k & HAS_STEP) != 0 ? values[3 * d + 2] : 1;
            if (step == 0) throw Faults.valueError("slice step cannot be zero", pos);
            long lower = clamp((k & HAS_LOWER) != 0, values[3 * d], len, step, true);
            long upper = clamp((k & HAS_UPPER) != 0, values[3 * d + 1], len, step, false);
            long count = step > 0 ? (upper > lower ? (upper - lower - 1) / step + 1 : 0)
                                  : (lower > upper ? (lower - upper - 1) / -step + 1 : 0);
            if (count > 0) offset += lower * stride;
            shape[out] = count;
            strides[out++] = stride * step;
        }
        return a.view(offset, shape, strides);
    }

    /** {@code a[i]} on an array of 2 or more dimensions: {@link #view} with one index, without its spec arrays. */
    public static NDArray row(NDArray a, long i, SourcePos pos) {
        if (a.ndim() == 0) throw tooManyIndices(0, 1, pos);
        return a.index(0, Indexing.longIndex(i, a.longShape(0), 0, pos));
    }

    private static KernelRuntimeError tooManyIndices(int nd, int indexed, SourcePos pos) {
        return Faults.indexError("too many indices for array: array is " + nd + "-dimensional, but " + indexed
                + " were indexed", pos);
    }

    /** Python's PySlice_AdjustIndices for one bound. */
    private static long clamp(boolean present, long v, long len, long step, boolean isLower) {
        if (!present) {
            if (step > 0) return isLower ? 0 : len;
            return isLower ? len - 1 : -1;
        }
        if (v < 0) {
            v += len;
            if (v < 0) v = step < 0 ? -1 : 0;
        } else if (v >= len) {
            v = step < 0 ? len - 1 : len;
        }
        return v;
    }

    // ---- elements -----------------------------------------------------------------------------------------------

    /** Position in {@code a.data()} of element {@code index} (one int64 per dimension, negative ones wrap). */
    public static int position(NDArray a, long[] index, SourcePos pos) {
        int p = a.offset();
        for (int d = 0; d < index.length; d++) p += Indexing.index(index[d], a.shape(d), d, pos) * a.stride(d);
        return p;
    }

    public static long loadLong(NDArray a, long[] index, SourcePos pos) { return a.readLong(position(a, index, pos)); }

    public static double loadDouble(NDArray a, long[] index, SourcePos pos) {
        return a.readDouble(position(a, index, pos));
    }

    /** a with every element set to v (a new array's fill). */
    public static NDArray fill(NDArray a, io.jumba.array.Complex v) {
        for (int p = 0, n = a.size(); p < n; p++) a.writeComplex(p, v);
        return a;
    }

    public static io.jumba.array.Complex loadComplex(NDArray a, long[] index, SourcePos pos) {
        return a.readComplex(position(a, index, pos));
    }

    public static void storeComplex(NDArray a, long[] index, io.jumba.array.Complex v, SourcePos pos) {
        a.writeComplex(position(a, index, pos), v);
    }

    public static boolean loadBoolean(NDArray a, long[] index, SourcePos pos) {
        return a.readBoolean(position(a, index, pos));
    }

    public static void storeLong(NDArray a, long[] index, long v, SourcePos pos) { a.writeLong(position(a, index, pos), v); }

    public static void storeDouble(NDArray a, long[] index, double v, SourcePos pos) {
        a.writeDouble(position(a, index, pos), v);
    }

    public static void storeBoolean(NDArray a, long[] index, boolean v, SourcePos pos) {
        a.writeLong(position(a, index, pos), v ? 1 : 0);
    }

    /** The positions in {@code a.data()} of all elements of a, in C (row-major) order. */
    public static int[] positions(NDArray a) {
        return positions(a.offset(), a.shape(), a.strides());
    }

    /**
     * The storage positions, in C order, of the elements of the geometry (offset, shape, strides), which need not be
     * a valid view of any data: the starts of the lanes of an axis of length 0 lie past an empty array's data.
     */
    public static int[] positions(int offset, int[] shape, int[] strides) {
        int n = 1;
        for (int s : shape) n *= s;
        int[] out = new int[n];
        int nd = shape.length;
        int[] idx = new int[nd];
        for (int k = 0; k < n; k++) {
            int p = offset;
            for (int d = 0; d < nd; d++) p += idx[d] * strides[d];
            out[k] = p;
            for (int d = nd - 1; d >= 0; d--) {
                if (++idx[d] < shape[d]) break;
                idx[d] = 0;
            }
        }
        return out;
    }
}
