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

    /**
     * A view of {@code data} (not copied). Strides are in elements and may be zero or negative.
     *
     * @throws IllegalArgumentException when some element of the view lies outside data ({@link ViewGeometry})
     */
    public NDArray(DType dtype, Object data, int offset, int[] shape, int[] strides) {
        ViewGeometry.check(data, offset, shape, strides);
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

    /** Fortran-order strides (in elements) for a shape. */
    public static int[] fStrides(int[] shape) {
        int[] s = new int[shape.length];
        int acc = 1;
        for (int d = 0; d < shape.length; d++) {
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
            case INT16, UINT16 -> new short[n];
            case INT32, UINT32 -> new int[n];
            case INT64, UINT64 -> new long[n];
            case FLOAT32 -> new float[n];
            case FLOAT64 -> new double[n];
        };
    }

    /** The length of a storage array, checking that it is the storage type of dtype. */
    static int storageLength(DType dtype, Object data) {
        int length = switch (data) {
            case boolean[] a when dtype == DType.BOOL -> a.length;
            case byte[] a when dtype == DType.INT8 || dtype == DType.UINT8 -> a.length;
            case short[] a when dtype == DType.INT16 || dtype == DType.UINT16 -> a.length;
            case int[] a when dtype == DType.INT32 || dtype == DType.UINT32 -> a.length;
            case long[] a when dtype == DType.INT64 || dtype == DType.UINT64 -> a.length;
            case float[] a when dtype == DType.FLOAT32 -> a.length;
            case double[] a when dtype == DType.FLOAT64 -> a.length;
            default -> -1;
        };
        if (length < 0) throw new IllegalArgumentException(data.getClass().getSimpleName() + " cannot store " + dtype.numpyName());
        return length;
    }

    // ---- elements -----------------------------------------------------------------------------------------------

    /** The element at {@code index} as a double (NumPy cast). */
    public double getDouble(int... index) { return readDouble(flatIndex(index)); }

    /** The element at {@code index} as a long (floats truncate toward zero, bool is 0/1). */
    public long getLong(int... index) { return readLong(flatIndex(index)); }

    public boolean getBoolean(int... index) { return readBoolean(flatIndex(index)); }

    /**
     * The element boxed as its dtype's Java type (Boolean, Byte, Short, Integer, Long, Float, Double), an unsigned one
     * in the next wider type that holds its value (uint8 → Short, uint16 → Integer, uint32 → Long) and uint64 in a
     * Long holding its 64 bits (read it with {@link Long#toUnsignedString(long)}, {@link Long#compareUnsigned}).
     */
    public Object get(int... index) {
        int p = flatIndex(index);
        return switch (dtype) {
            case BOOL -> ((boolean[]) data)[p];
            case INT8 -> ((byte[]) data)[p];
            case UINT8 -> (short) (((byte[]) data)[p] & 0xFF);
            case INT16 -> ((short[]) data)[p];
            case UINT16 -> ((short[]) data)[p] & 0xFFFF;
            case INT32 -> ((int[]) data)[p];
            case UINT32 -> ((int[]) data)[p] & 0xFFFF_FFFFL;
            case INT64, UINT64 -> ((long[]) data)[p];
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
            case UINT64 -> Unsigned.toDouble(((long[]) data)[p]);
            default -> readLong(p);
        };
    }

    /** The element at raw position p of {@link #data()} as a long (a uint64 as its 64 bits). */
    public long readLong(int p) {
        return switch (dtype) {
            case BOOL -> ((boolean[]) data)[p] ? 1 : 0;
            case INT8 -> ((byte[]) data)[p];
            case UINT8 -> ((byte[]) data)[p] & 0xFF;
            case INT16 -> ((short[]) data)[p];
            case UINT16 -> ((short[]) data)[p] & 0xFFFF;
            case INT32 -> ((int[]) data)[p];
            case UINT32 -> ((int[]) data)[p] & 0xFFFF_FFFFL;
            case INT64, UINT64 -> ((long[]) data)[p];
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

    /**
     * Stores v at raw position p, cast to the dtype as NumPy casts: to an integer dtype floats truncate and wrap
     * (NaN and out-of-range values give what NumPy gives on x86-64, see {@link FloatToInteger}).
     */
    public void writeDouble(int p, double v) {
        switch (dtype) {
            case FLOAT64 -> ((double[]) data)[p] = v;
            case FLOAT32 -> ((float[]) data)[p] = (float) v;
            case BOOL -> ((boolean[]) data)[p] = v != 0;
            default -> writeLong(p, FloatToInteger.cast(v, dtype));
        }
    }

    /** Stores v at raw position p, cast to the dtype (ints wrap). */
    public void writeLong(int p, long v) {
        switch (dtype) {
            case BOOL -> ((boolean[]) data)[p] = v != 0;
            case INT8, UINT8 -> ((byte[]) data)[p] = (byte) v;
            case INT16, UINT16 -> ((short[]) data)[p] = (short) v;
            case INT32, UINT32 -> ((int[]) data)[p] = (int) v;
            case INT64, UINT64 -> ((long[]) data)[p] = v;
            case FLOAT32 -> ((float[]) data)[p] = v;
            case FLOAT64 -> ((double[]) data)[p] = v;
        }
    }

    // ---- more creation ------------------------------------------------------------------------------------------

    /** A new C-contiguous array of ones ({@code True} for bool). */
    public static NDArray ones(DType dtype, int... shape) { return full(dtype, 1L, shape); }

    /** A new C-contiguous array filled with {@code value} cast to dtype (ints wrap, floats truncate). */
    public static NDArray full(DType dtype, double value, int... shape) {
        NDArray a = empty(dtype, shape);
        for (int p = 0, n = a.size(); p < n; p++) a.writeDouble(p, value);
        return a;
    }

    /** A new C-contiguous array filled with {@code value} cast to dtype (ints wrap). */
    public static NDArray full(DType dtype, long value, int... shape) {
        NDArray a = empty(dtype, shape);
        for (int p = 0, n = a.size(); p < n; p++) a.writeLong(p, value);
        return a;
    }

    /** A new C-contiguous array filled with {@code value} (1 or 0 for numeric dtypes). */
    public static NDArray full(DType dtype, boolean value, int... shape) { return full(dtype, value ? 1L : 0L, shape); }

    /** {@code np.arange(start, stop, step)} as int64. */
    public static NDArray arange(long start, long stop, long step) { return Sequences.arange(start, stop, step); }

    /** {@code np.arange(stop)} as int64. */
    public static NDArray arange(long stop) { return arange(0, stop, 1); }

    /** {@code np.arange(start, stop, step)} as float64, with NumPy's length {@code ceil((stop-start)/step)}. */
    public static NDArray arange(double start, double stop, double step) { return Sequences.arange(start, stop, step); }

    /** {@code np.linspace(start, stop, num)} (endpoint included, last element exactly {@code stop}). */
    public static NDArray linspace(double start, double stop, int num) { return Sequences.linspace(start, stop, num); }

    /**
     * Uniform samples in [0, 1) as float64, reproducible from {@code seed}: element i (C order) is the i-th
     * {@code nextDouble()} of {@code new java.util.SplittableRandom(seed)}. Not NumPy's generator.
     */
    public static NDArray random(long seed, int... shape) { return Sequences.random(seed, false, shape); }

    /**
     * Standard normal samples as float64: element i (C order) is the i-th {@code nextGaussian()} of
     * {@code new java.util.SplittableRandom(seed)}. Not NumPy's generator.
     */
    public static NDArray randomNormal(long seed, int... shape) { return Sequences.random(seed, true, shape); }

    // Wrapping and copying Java arrays. wrap shares the given array (writes show through both ways); of copies it.
    // Without a shape argument the array is 1-d; an explicit empty shape (new int[0]) means 0-d.

    /** A 1-d view of {@code data} (shared, not copied) whose storage type must match dtype. */
    public static NDArray wrap(DType dtype, Object data) {
        return wrap(dtype, data, storageLength(dtype, data));
    }

    /** A C-contiguous view of {@code data} (shared, not copied) whose storage type must match dtype. */
    public static NDArray wrap(DType dtype, Object data, int... shape) {
        int length = storageLength(dtype, data);
        int[] sh = shape;
        int n = 1;
        for (int s : sh) {
            if (s < 0) throw new IllegalArgumentException("negative dimensions are not allowed");
            n = Math.multiplyExact(n, s);
        }
        if (n != length) {
            throw new IllegalArgumentException("cannot reshape array of size " + length + " into shape " + ArrayFormatter.shapeString(sh));
        }
        return new NDArray(dtype, data, 0, sh, cStrides(sh));
    }

    public static NDArray wrap(double[] data) { return wrap(DType.FLOAT64, data); }
    public static NDArray wrap(double[] data, int... shape) { return wrap(DType.FLOAT64, data, shape); }
    public static NDArray wrap(float[] data) { return wrap(DType.FLOAT32, data); }
    public static NDArray wrap(float[] data, int... shape) { return wrap(DType.FLOAT32, data, shape); }
    public static NDArray wrap(long[] data) { return wrap(DType.INT64, data); }
    public static NDArray wrap(long[] data, int... shape) { return wrap(DType.INT64, data, shape); }
    public static NDArray wrap(int[] data) { return wrap(DType.INT32, data); }
    public static NDArray wrap(int[] data, int... shape) { return wrap(DType.INT32, data, shape); }
    public static NDArray wrap(short[] data) { return wrap(DType.INT16, data); }
    public static NDArray wrap(short[] data, int... shape) { return wrap(DType.INT16, data, shape); }
    public static NDArray wrap(byte[] data) { return wrap(DType.INT8, data); }
    public static NDArray wrap(byte[] data, int... shape) { return wrap(DType.INT8, data, shape); }
    public static NDArray wrap(boolean[] data) { return wrap(DType.BOOL, data); }
    public static NDArray wrap(boolean[] data, int... shape) { return wrap(DType.BOOL, data, shape); }

    public static NDArray of(double[] values) { return wrap(values.clone()); }
    public static NDArray of(double[] values, int... shape) { return wrap(values.clone(), shape); }
    public static NDArray of(float[] values) { return wrap(values.clone()); }
    public static NDArray of(float[] values, int... shape) { return wrap(values.clone(), shape); }
    public static NDArray of(long[] values) { return wrap(values.clone()); }
    public static NDArray of(long[] values, int... shape) { return wrap(values.clone(), shape); }
    public static NDArray of(int[] values) { return wrap(values.clone()); }
    public static NDArray of(int[] values, int... shape) { return wrap(values.clone(), shape); }
    public static NDArray of(short[] values) { return wrap(values.clone()); }
    public static NDArray of(short[] values, int... shape) { return wrap(values.clone(), shape); }
    public static NDArray of(byte[] values) { return wrap(values.clone()); }
    public static NDArray of(byte[] values, int... shape) { return wrap(values.clone(), shape); }
    public static NDArray of(boolean[] values) { return wrap(values.clone()); }
    public static NDArray of(boolean[] values, int... shape) { return wrap(values.clone(), shape); }

    // ---- views --------------------------------------------------------------------------------------------------

    /**
     * {@code a[start:stop:step]} along one axis, a view. {@code null} start/stop mean absent; Python's clamping
     * rules apply, negative steps included.
     */
    public NDArray slice(int axis, Integer start, Integer stop, int step) { return Views.slice(this, axis, start, stop, step); }

    /**
     * {@code a[i]} along one axis: a view without that axis. Negative i counts from the end.
     * @throws IndexOutOfBoundsException with NumPy's message when i is out of range
     */
    public NDArray index(int axis, long i) { return Views.index(this, axis, i); }

    /** {@code np.broadcast_to(a, shape)}: a read-only-by-convention view with zero strides on broadcast axes. */
    public NDArray broadcastTo(int... shape) { return Broadcast.to(this, shape); }

    /** {@code np.broadcast_shapes(...)}. */
    public static int[] broadcastShapes(int[]... shapes) { return Broadcast.shapes(shapes); }

    /** {@code a.reshape(shape)} (one dimension may be -1): a view when C-contiguous, else a reshaped C-order copy. */
    public NDArray reshape(int... shape) { return Views.reshape(this, shape); }

    /** {@code a.ravel()}: a 1-d view when C-contiguous, else a C-order copy. */
    public NDArray ravel() { return reshape(-1); }

    /** A new C-contiguous copy. */
    public NDArray copy() { return copy('C'); }

    /** A new copy in {@code 'C'} (row-major) or {@code 'F'} (column-major) order. */
    public NDArray copy(char order) { return Copies.copy(this, dtype, order); }

    /** {@code a.astype(dtype)}: a new C-contiguous array with NumPy's unsafe casting (ints wrap, floats truncate, bool is != 0). */
    public NDArray astype(DType target) { return Copies.copy(this, target, 'C'); }

    // ---- bulk reads ---------------------------------------------------------------------------------------------

    /** All elements in C order as doubles. */
    public double[] toFlatDoubleArray() {
        double[] out = new double[size()];
        int[] i = {0};
        COrder.forEach(this, p -> out[i[0]++] = readDouble(p));
        return out;
    }

    /** All elements in C order as longs (floats truncate). */
    public long[] toFlatLongArray() {
        long[] out = new long[size()];
        int[] i = {0};
        COrder.forEach(this, p -> out[i[0]++] = readLong(p));
        return out;
    }

    /** All elements in C order as booleans (!= 0). */
    public boolean[] toFlatBooleanArray() {
        boolean[] out = new boolean[size()];
        int[] i = {0};
        COrder.forEach(this, p -> out[i[0]++] = readBoolean(p));
        return out;
    }

    /**
     * Same dtype, shape and elements (NaN equals NaN, and -0.0 equals 0.0). {@link #equals} stays identity because
     * arrays are mutable.
     */
    public boolean contentEquals(NDArray other) {
        if (dtype != other.dtype || !Arrays.equals(shape, other.shape)) return false;
        if (dtype.isFloat()) {
            double[] a = toFlatDoubleArray(), b = other.toFlatDoubleArray();
            for (int k = 0; k < a.length; k++) {
                if (!(a[k] == b[k] || Double.isNaN(a[k]) && Double.isNaN(b[k]))) return false;
            }
            return true;
        }
        return Arrays.equals(toFlatLongArray(), other.toFlatLongArray());
    }

    /** NumPy's {@code repr}, e.g. {@code array([1., 2.])} or {@code array([[1, 2], [3, 4]], dtype=int32)}. */
    @Override
    public String toString() { return ArrayFormatter.repr(this); }
}
