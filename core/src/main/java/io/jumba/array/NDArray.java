package io.jumba.array;

import java.util.Arrays;

/**
 * An n-dimensional array as NumPy has it: a dtype, a shape, strides (in elements, not bytes) and an offset into
 * one primitive Java array that views share. Storage per dtype: {@code boolean[]} (bool), {@code byte[]}
 * (int8, uint8), {@code short[]}, {@code int[]}, {@code long[]}, {@code float[]}, {@code double[]}.
 * Element accessors convert with NumPy's casting rules ({@code uint8} reads as {@code value & 0xFF}).
 */
public final class NDArray {
    private final DType dtype;
    private final Object data;
    private final int offset;
    private final int[] shape;
    private final int[] strides;

    /** A view of {@code data} (not copied). Strides are in elements and may be zero or negative. */
    public NDArray(DType dtype, Object data, int offset, int[] shape, int[] strides) {
        if (shape.length != strides.length) throw new IllegalArgumentException("shape and strides differ in length");
        this.dtype = dtype;
        this.data = data;
        this.offset = offset;
        this.shape = shape.clone();
        this.strides = strides.clone();
    }

    // ---- structure ----------------------------------------------------------------------------------------------

    public DType dtype() { return dtype; }

    /** The backing primitive array, shared with every view of it. */
    public Object data() { return data; }

    public int offset() { return offset; }

    public int ndim() { return shape.length; }

    public int[] shape() { return shape.clone(); }

    public int shape(int axis) { return shape[axis]; }

    /** Strides in elements. */
    public int[] strides() { return strides.clone(); }

    public int stride(int axis) { return strides[axis]; }

    /** Number of elements (1 for a 0-d array). */
    public int size() {
        int n = 1;
        for (int s : shape) n *= s;
        return n;
    }

    public boolean isCContiguous() {
        int expect = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] != 1 && strides[d] != expect) return size() == 0;
            expect *= shape[d];
        }
        return true;
    }

    public boolean isFContiguous() {
        int expect = 1;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] != 1 && strides[d] != expect) return size() == 0;
            expect *= shape[d];
        }
        return true;
    }

    /** C-order strides (in elements) for a shape. */
    public static int[] cStrides(int[] shape) {
        int[] s = new int[shape.length];
        int acc = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            s[d] = acc;
            acc *= Math.max(shape[d], 1);
        }
        return s;
    }

    /** Position in {@link #data()} of the element at {@code index} (no bounds check). */
    public int flatIndex(int... index) {
        int p = offset;
        for (int d = 0; d < index.length; d++) p += index[d] * strides[d];
        return p;
    }

    /** A view with the given offset, shape and strides over the same data. */
    public NDArray view(int offset, int[] shape, int[] strides) { return new NDArray(dtype, data, offset, shape, strides); }

    /** The view with axes reversed ({@code a.T}). */
    public NDArray transpose() {
        int n = shape.length;
        int[] sh = new int[n], st = new int[n];
        for (int d = 0; d < n; d++) {
            sh[d] = shape[n - 1 - d];
            st[d] = strides[n - 1 - d];
        }
        return view(offset, sh, st);
    }

    // ---- creation -----------------------------------------------------------------------------------------------

    /** A new C-contiguous array; its elements are zero (Java initializes storage), as {@code np.empty} may give. */
    public static NDArray empty(DType dtype, int... shape) {
        int n = 1;
        for (int s : shape) {
            if (s < 0) throw new IllegalArgumentException("negative dimensions are not allowed");
            n = Math.multiplyExact(n, s);
        }
        return new NDArray(dtype, allocate(dtype, n), 0, shape, cStrides(shape));
    }

    public static NDArray zeros(DType dtype, int... shape) { return empty(dtype, shape); }

    /** A new primitive array of the storage type of dtype. */
    public static Object allocate(DType dtype, int n) {
        return switch (dtype) {
            case BOOL -> new boolean[n];
            case INT8, UINT8 -> new byte[n];
            case INT16 -> new short[n];
            case INT32 -> new int[n];
            case INT64 -> new long[n];
            case FLOAT32 -> new float[n];
            case FLOAT64 -> new double[n];
        };
    }

    // ---- elements -----------------------------------------------------------------------------------------------

    /** The element at {@code index} as a double (NumPy cast). */
    public double getDouble(int... index) { return readDouble(flatIndex(index)); }

    /** The element at {@code index} as a long (floats truncate toward zero, bool is 0/1). */
    public long getLong(int... index) { return readLong(flatIndex(index)); }

    public boolean getBoolean(int... index) { return readBoolean(flatIndex(index)); }

    /** The element boxed as its dtype's Java type (Boolean, Byte, Short, Integer, Long, Float, Double; uint8 → Short). */
    public Object get(int... index) {
        int p = flatIndex(index);
        return switch (dtype) {
            case BOOL -> ((boolean[]) data)[p];
            case INT8 -> ((byte[]) data)[p];
            case UINT8 -> (short) (((byte[]) data)[p] & 0xFF);
            case INT16 -> ((short[]) data)[p];
            case INT32 -> ((int[]) data)[p];
            case INT64 -> ((long[]) data)[p];
            case FLOAT32 -> ((float[]) data)[p];
            case FLOAT64 -> ((double[]) data)[p];
        };
    }

    public void setDouble(double v, int... index) { writeDouble(flatIndex(index), v); }

    public void setLong(long v, int... index) { writeLong(flatIndex(index), v); }

    public void setBoolean(boolean v, int... index) { writeLong(flatIndex(index), v ? 1 : 0); }

    /** The element at raw position p of {@link #data()} as a double. */
    public double readDouble(int p) {
        return switch (dtype) {
            case FLOAT64 -> ((double[]) data)[p];
            case FLOAT32 -> ((float[]) data)[p];
            default -> readLong(p);
        };
    }

    /** The element at raw position p of {@link #data()} as a long. */
    public long readLong(int p) {
        return switch (dtype) {
            case BOOL -> ((boolean[]) data)[p] ? 1 : 0;
            case INT8 -> ((byte[]) data)[p];
            case UINT8 -> ((byte[]) data)[p] & 0xFF;
            case INT16 -> ((short[]) data)[p];
            case INT32 -> ((int[]) data)[p];
            case INT64 -> ((long[]) data)[p];
            case FLOAT32 -> (long) ((float[]) data)[p];
            case FLOAT64 -> (long) ((double[]) data)[p];
        };
    }

    public boolean readBoolean(int p) {
        return switch (dtype) {
            case BOOL -> ((boolean[]) data)[p];
            case FLOAT32, FLOAT64 -> readDouble(p) != 0;
            default -> readLong(p) != 0;
        };
    }

    /** Stores v at raw position p, cast to the dtype (ints wrap, floats truncate when the dtype is an integer). */
    public void writeDouble(int p, double v) {
        switch (dtype) {
            case FLOAT64 -> ((double[]) data)[p] = v;
            case FLOAT32 -> ((float[]) data)[p] = (float) v;
            case BOOL -> ((boolean[]) data)[p] = v != 0;
            default -> writeLong(p, (long) v);
        }
    }

    /** Stores v at raw position p, cast to the dtype (ints wrap). */
    public void writeLong(int p, long v) {
        switch (dtype) {
            case BOOL -> ((boolean[]) data)[p] = v != 0;
            case INT8, UINT8 -> ((byte[]) data)[p] = (byte) v;
            case INT16 -> ((short[]) data)[p] = (short) v;
            case INT32 -> ((int[]) data)[p] = (int) v;
            case INT64 -> ((long[]) data)[p] = v;
            case FLOAT32 -> ((float[]) data)[p] = v;
            case FLOAT64 -> ((double[]) data)[p] = v;
        }
    }

    @Override
    public String toString() {
        return "NDArray(" + dtype.numpyName() + ", shape=" + Arrays.toString(shape) + ")";
    }
}
