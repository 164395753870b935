package io.jumba.array;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;

/**
 * An n-dimensional array as NumPy has it: a dtype, a shape, strides (in elements, not bytes) and an offset into
 * storage that views share. Storage is either one primitive Java array per dtype — {@code boolean[]} (bool),
 * {@code byte[]} (int8, uint8), {@code short[]}, {@code int[]}, {@code long[]}, {@code float[]}, {@code double[]} —
 * or a {@link MemorySegment} (off-heap, memory-mapped or foreign memory such as an Arrow buffer, see
 * {@link #ofSegment}) holding the elements in native byte order. Segment storage may hold more than 2^31 elements:
 * the {@code long...} accessors ({@link #longSize}, {@link #longShape}, ...) see all of it, while the {@code int}
 * ones throw for an array whose geometry does not fit an int. Element accessors convert with NumPy's casting rules
 * ({@code uint8} reads as {@code value & 0xFF}).
 */
public final class NDArray {
    private final DType dtype;
    private final Object data;
    private final long offset;
    private final long[] shape;
    private final long[] strides;
    /** {@link #intGeometry(long, long[], long[])} of this view. */
    private final boolean intGeometry;

    /**
     * A view of {@code data} (not copied). Strides are in elements and may be zero or negative.
     *
     * @throws IllegalArgumentException when some element of the view lies outside data ({@link ViewGeometry})
     */
    public NDArray(DType dtype, Object data, int offset, int[] shape, int[] strides) {
        this(dtype, data, offset, widen(shape), widen(strides));
    }

    /**
     * A view of {@code data} — a primitive array or a {@link MemorySegment} — with long geometry (not copied).
     *
     * @throws IllegalArgumentException when some element of the view lies outside data ({@link ViewGeometry}), or
     *                                  segment storage is asked to hold bool (Java has no bool memory layout)
     */
    public NDArray(DType dtype, Object data, long offset, long[] shape, long[] strides) {
        ViewGeometry.check(dtype, data, offset, shape, strides);
        this.dtype = dtype;
        this.data = data;
        this.offset = offset;
        this.shape = shape.clone();
        this.strides = strides.clone();
        this.intGeometry = intGeometry(offset, shape, strides);
    }

    /**
     * A view of {@code of}'s data whose elements are among {@code of}'s, so no check is needed; it keeps the arrays
     * given. For views made per row of a loop ({@link Views#index}), where the public constructor's checks and copies
     * cost more than the loop over the row.
     */
    NDArray(NDArray of, long offset, long[] shape, long[] strides) {
        this.dtype = of.dtype;
        this.data = of.data;
        this.offset = offset;
        this.shape = shape;
        this.strides = strides;
        this.intGeometry = intGeometry(offset, shape, strides);
    }

    private static long[] widen(int[] values) {
        long[] out = new long[values.length];
        for (int k = 0; k < values.length; k++) out[k] = values[k];
        return out;
    }

    /**
     * v, a number of this array's geometry, as an int, or a clear error for a segment array too large for an
     * int-based operation. One test of a flag made at construction, not of v: compiled kernels read their arrays'
     * geometry through these accessors, and where C2 inlined the test of each value into a kernel (it does so only
     * sometimes) histogram's loop ran 2.1x slower; with the flag, never (docs/benchmarks.md).
     */
    private int narrow(long v, String what) {
        if (!intGeometry) return checkedNarrow(v, what);
        return (int) v;
    }

    private static int checkedNarrow(long v, String what) {
        if (v != (int) v) {
            throw new UnsupportedOperationException(what + " " + v + " does not fit an int: this operation takes arrays"
                    + " under 2^31 elements; kernels and the long accessors take larger ones");
        }
        return (int) v;
    }

    /** Whether the offset, every length and every stride fit an int (so {@link #narrow} needs no test of its own). */
    private static boolean intGeometry(long offset, long[] shape, long[] strides) {
        if (offset != (int) offset) return false;
        for (long v : shape) if (v != (int) v) return false;
        for (long v : strides) if (v != (int) v) return false;
        return true;
    }

    // ---- structure ----------------------------------------------------------------------------------------------

    public DType dtype() { return dtype; }

    /** The backing storage, shared with every view of it: a primitive array, or a {@link MemorySegment}. */
    public Object data() { return data; }

    /** Whether the storage is a {@link MemorySegment} (off-heap, mapped or foreign) rather than a Java array. */
    public boolean isSegment() { return data instanceof MemorySegment; }

    /**
     * The storage as a memory segment: the segment itself, or a heap segment over the primitive array (the
     * generated code of kernels that take segment arrays reads every numeric array this way).
     *
     * @throws UnsupportedOperationException for bool, which has no memory layout
     */
    public MemorySegment segment() {
        return switch (data) {
            case MemorySegment s -> s;
            case byte[] a -> MemorySegment.ofArray(a);
            case short[] a -> MemorySegment.ofArray(a);
            case int[] a -> MemorySegment.ofArray(a);
            case long[] a -> MemorySegment.ofArray(a);
            case float[] a -> MemorySegment.ofArray(a);
            case double[] a -> MemorySegment.ofArray(a);
            default -> throw new UnsupportedOperationException("a bool array has no memory segment");
        };
    }

    public int offset() { return narrow(offset, "offset"); }

    /** The offset in elements, for arrays of any size. */
    public long longOffset() { return offset; }

    public int ndim() { return shape.length; }

    public int[] shape() {
        int[] out = new int[shape.length];
        for (int d = 0; d < out.length; d++) out[d] = shape(d);
        return out;
    }

    public int shape(int axis) { return narrow(shape[axis], "dimension"); }

    /** The length of an axis, for arrays of any size. */
    public long longShape(int axis) { return shape[axis]; }

    /** The shape, for arrays of any size. */
    public long[] longShape() { return shape.clone(); }

    /** Strides in elements. */
    public int[] strides() {
        int[] out = new int[strides.length];
        for (int d = 0; d < out.length; d++) out[d] = stride(d);
        return out;
    }

    public int stride(int axis) { return narrow(strides[axis], "stride"); }

    /** The stride of an axis in elements, for arrays of any size. */
    public long longStride(int axis) { return strides[axis]; }

    /** Strides in elements, for arrays of any size. */
    public long[] longStrides() { return strides.clone(); }

    /** Number of elements (1 for a 0-d array). */
    public int size() { return checkedNarrow(longSize(), "size"); }

    /** Number of elements, for arrays of any size. */
    public long longSize() {
        long n = 1;
        for (long s : shape) n *= s;
        return n;
    }

    public boolean isCContiguous() {
        long expect = 1;
        for (int d = shape.length - 1; d >= 0; d--) {
            if (shape[d] != 1 && strides[d] != expect) return longSize() == 0;
            expect *= shape[d];
        }
        return true;
    }

    public boolean isFContiguous() {
        long expect = 1;
        for (int d = 0; d < shape.length; d++) {
            if (shape[d] != 1 && strides[d] != expect) return longSize() == 0;
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

    /** C-order strides (in elements) for a long shape. */
    public static long[] cStrides(long[] shape) {
        long[] s = new long[shape.length];
        long acc = 1;
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

    /** Fortran-order strides (in elements) for a long shape. */
    public static long[] fStrides(long[] shape) {
        long[] s = new long[shape.length];
        long acc = 1;
        for (int d = 0; d < shape.length; d++) {
            s[d] = acc;
            acc *= Math.max(shape[d], 1);
        }
        return s;
    }

    /** Position in {@link #data()} of the element at {@code index} (no bounds check). */
    public int flatIndex(int... index) {
        return checkedNarrow(longFlatIndex(widen(index)), "position");
    }

    /** Position in {@link #data()} of the element at {@code index} (no bounds check), for arrays of any size. */
    public long longFlatIndex(long... index) {
        long p = offset;
        for (int d = 0; d < index.length; d++) p += index[d] * strides[d];
        return p;
    }

    /** A view with the given offset, shape and strides over the same data. */
    public NDArray view(int offset, int[] shape, int[] strides) { return new NDArray(dtype, data, offset, shape, strides); }

    /** A view with the given long offset, shape and strides over the same data. */
    public NDArray view(long offset, long[] shape, long[] strides) { return new NDArray(dtype, data, offset, shape, strides); }

    /** The view with axes reversed ({@code a.T}). */
    public NDArray transpose() {
        int n = shape.length;
        long[] sh = new long[n], st = new long[n];
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

    /** A new primitive array of the storage type of dtype, for n elements (2n floats or doubles for complex). */
    public static Object allocate(DType dtype, int n) {
        return switch (dtype) {
            case BOOL -> new boolean[n];
            case INT8, UINT8 -> new byte[n];
            case INT16, UINT16 -> new short[n];
            case INT32, UINT32 -> new int[n];
            case INT64, UINT64 -> new long[n];
            case FLOAT32 -> new float[n];
            case FLOAT64 -> new double[n];
            case COMPLEX64 -> new float[Math.multiplyExact(n, 2)];
            case COMPLEX128 -> new double[Math.multiplyExact(n, 2)];
        };
    }

    /** How many elements the storage under this array holds: the bound every view of it stays within. */
    public long storageElements() {
        return isSegment() ? segment().byteSize() / dtype.itemSize() : storageLength(dtype, data);
    }

    /** The number of elements a storage array holds, checking that it is the storage type of dtype. */
    static int storageLength(DType dtype, Object data) {
        int length = switch (data) {
            case boolean[] a when dtype == DType.BOOL -> a.length;
            case byte[] a when dtype == DType.INT8 || dtype == DType.UINT8 -> a.length;
            case short[] a when dtype == DType.INT16 || dtype == DType.UINT16 -> a.length;
            case int[] a when dtype == DType.INT32 || dtype == DType.UINT32 -> a.length;
            case long[] a when dtype == DType.INT64 || dtype == DType.UINT64 -> a.length;
            case float[] a when dtype == DType.FLOAT32 -> a.length;
            case double[] a when dtype == DType.FLOAT64 -> a.length;
            case float[] a when dtype == DType.COMPLEX64 && a.length % 2 == 0 -> a.length / 2;
            case double[] a when dtype == DType.COMPLEX128 && a.length % 2 == 0 -> a.length / 2;
            default -> -1;
        };
        if (length < 0) throw new IllegalArgumentException(data.getClass().getSimpleName() + " cannot store " + dtype.numpyName());
        return length;
    }

    // ---- elements -----------------------------------------------------------------------------------------------

    /** The element at {@code index} as a double (NumPy cast). */
    public double getDouble(int... index) { return readDouble(position(index)); }

    /** The element at {@code index} as a long (floats truncate toward zero, bool is 0/1). */
    public long getLong(int... index) { return readLong(position(index)); }

    public boolean getBoolean(int... index) { return readBoolean(position(index)); }

    private long position(int[] index) {
        long p = offset;
        for (int d = 0; d < index.length; d++) p += index[d] * strides[d];
        return p;
    }

    /**
     * The element boxed as its dtype's Java type (Boolean, Byte, Short, Integer, Long, Float, Double), an unsigned one
     * in the next wider type that holds its value (uint8 → Short, uint16 → Integer, uint32 → Long), uint64 in a
     * Long holding its 64 bits (read it with {@link Long#toUnsignedString(long)}, {@link Long#compareUnsigned}) and
     * a complex element as a {@link Complex}.
     */
    public Object get(int... index) {
        long p = position(index);
        if (data instanceof MemorySegment s) return SegmentElements.box(s, dtype, p);
        if (dtype.isComplex()) return readComplex(p);
        int q = (int) p;
        return switch (dtype) {
            case BOOL -> ((boolean[]) data)[q];
            case INT8 -> ((byte[]) data)[q];
            case UINT8 -> (short) (((byte[]) data)[q] & 0xFF);
            case INT16 -> ((short[]) data)[q];
            case UINT16 -> ((short[]) data)[q] & 0xFFFF;
            case INT32 -> ((int[]) data)[q];
            case UINT32 -> ((int[]) data)[q] & 0xFFFF_FFFFL;
            case INT64, UINT64 -> ((long[]) data)[q];
            case FLOAT32 -> ((float[]) data)[q];
            case FLOAT64 -> ((double[]) data)[q];
            case COMPLEX64, COMPLEX128 -> throw new IllegalStateException("complex read above");
        };
    }

    /** The complex element at {@code index}. */
    public Complex getComplex(int... index) { return readComplex(position(index)); }

    /** Stores a complex value at {@code index}; a real array keeps its real part, as NumPy casts (with a warning). */
    public void setComplex(Complex v, int... index) { writeComplex(position(index), v); }

    /** The element at raw position p of {@link #data()} as a complex number (a real element with imaginary part 0). */
    public Complex readComplex(long p) {
        int q = (int) p * 2;
        return switch (dtype) {
            case COMPLEX128 -> new Complex(((double[]) data)[q], ((double[]) data)[q + 1]);
            case COMPLEX64 -> new Complex(((float[]) data)[q], ((float[]) data)[q + 1]);
            default -> new Complex(readDouble(p), 0);
        };
    }

    /** Stores v at raw position p: a complex64 element rounds both parts to float, a real one keeps the real part. */
    public void writeComplex(long p, Complex v) {
        int q = (int) p * 2;
        switch (dtype) {
            case COMPLEX128 -> {
                ((double[]) data)[q] = v.re();
                ((double[]) data)[q + 1] = v.im();
            }
            case COMPLEX64 -> {
                ((float[]) data)[q] = (float) v.re();
                ((float[]) data)[q + 1] = (float) v.im();
            }
            default -> writeDouble(p, v.re());
        }
    }

    public void setDouble(double v, int... index) { writeDouble(position(index), v); }

    public void setLong(long v, int... index) { writeLong(position(index), v); }

    public void setBoolean(boolean v, int... index) { writeLong(position(index), v ? 1 : 0); }

    /** The element at raw position p of {@link #data()} as a double (a complex one's real part, as NumPy casts). */
    public double readDouble(long p) {
        if (data instanceof MemorySegment s) return SegmentElements.readDouble(s, dtype, p);
        int q = (int) p;
        return switch (dtype) {
            case COMPLEX128 -> ((double[]) data)[2 * q];
            case COMPLEX64 -> ((float[]) data)[2 * q];
            case FLOAT64 -> ((double[]) data)[q];
            case FLOAT32 -> ((float[]) data)[q];
            case UINT64 -> Unsigned.toDouble(((long[]) data)[q]);
            default -> readLong(p);
        };
    }

    /** The element at raw position p of {@link #data()} as a long (a uint64 as its 64 bits). */
    public long readLong(long p) {
        if (data instanceof MemorySegment s) return SegmentElements.readLong(s, dtype, p);
        int q = (int) p;
        return switch (dtype) {
            case BOOL -> ((boolean[]) data)[q] ? 1 : 0;
            case INT8 -> ((byte[]) data)[q];
            case UINT8 -> ((byte[]) data)[q] & 0xFF;
            case INT16 -> ((short[]) data)[q];
            case UINT16 -> ((short[]) data)[q] & 0xFFFF;
            case INT32 -> ((int[]) data)[q];
            case UINT32 -> ((int[]) data)[q] & 0xFFFF_FFFFL;
            case INT64, UINT64 -> ((long[]) data)[q];
            case FLOAT32 -> (long) ((float[]) data)[q];
            case FLOAT64 -> (long) ((double[]) data)[q];
            case COMPLEX64, COMPLEX128 -> (long) readDouble(p);
        };
    }

    public boolean readBoolean(long p) {
        return switch (dtype) {
            case BOOL -> ((boolean[]) data)[(int) p];
            case COMPLEX64, COMPLEX128 -> readComplex(p).re() != 0 || readComplex(p).im() != 0;
            case FLOAT32, FLOAT64 -> readDouble(p) != 0;
            default -> readLong(p) != 0;
        };
    }

    /**
     * Stores v at raw position p, cast to the dtype as NumPy casts: to an integer dtype floats truncate and wrap
     * (NaN and out-of-range values give what NumPy gives on x86-64, see {@link FloatToInteger}).
     */
    public void writeDouble(long p, double v) {
        if (data instanceof MemorySegment s) {
            SegmentElements.writeDouble(s, dtype, p, v);
            return;
        }
        int q = (int) p;
        switch (dtype) {
            case FLOAT64 -> ((double[]) data)[q] = v;
            case FLOAT32 -> ((float[]) data)[q] = (float) v;
            case BOOL -> ((boolean[]) data)[q] = v != 0;
            case COMPLEX64, COMPLEX128 -> writeComplex(p, new Complex(v, 0));
            default -> writeLong(p, FloatToInteger.cast(v, dtype));
        }
    }

    /** Stores v at raw position p, cast to the dtype (ints wrap). */
    public void writeLong(long p, long v) {
        if (data instanceof MemorySegment s) {
            SegmentElements.writeLong(s, dtype, p, v);
            return;
        }
        int q = (int) p;
        switch (dtype) {
            case BOOL -> ((boolean[]) data)[q] = v != 0;
            case INT8, UINT8 -> ((byte[]) data)[q] = (byte) v;
            case INT16, UINT16 -> ((short[]) data)[q] = (short) v;
            case INT32, UINT32 -> ((int[]) data)[q] = (int) v;
            case INT64, UINT64 -> ((long[]) data)[q] = v;
            case FLOAT32 -> ((float[]) data)[q] = v;
            case FLOAT64 -> ((double[]) data)[q] = v;
            case COMPLEX64, COMPLEX128 -> writeComplex(p, new Complex(v, 0));
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

    /**
     * A C-contiguous array over {@code segment} (shared, not copied): its elements in native byte order, from byte 0.
     * The segment's lifetime is its owner's (an {@link java.lang.foreign.Arena}, a mapped file, an Arrow buffer): the
     * array must not be used after that memory is freed.
     *
     * @throws IllegalArgumentException when dtype is bool, or the segment is shorter than the shape needs
     */
    public static NDArray ofSegment(DType dtype, MemorySegment segment, long... shape) {
        for (long s : shape) {
            if (s < 0) throw new IllegalArgumentException("negative dimensions are not allowed");
        }
        return new NDArray(dtype, segment, 0L, shape, cStrides(shape));
    }

    /** A 1-d array over all of {@code segment} (shared, not copied), whose byte size must be a multiple of the item size. */
    public static NDArray ofSegment(DType dtype, MemorySegment segment) {
        long n = segment.byteSize() / dtype.itemSize();
        if (n * dtype.itemSize() != segment.byteSize()) {
            throw new IllegalArgumentException("a segment of " + segment.byteSize() + " bytes is not a whole number of "
                    + dtype.numpyName() + " elements");
        }
        return ofSegment(dtype, segment, n);
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

    /** All elements in C order as complex numbers (real elements with imaginary part 0). */
    public Complex[] toFlatComplexArray() {
        Complex[] out = new Complex[size()];
        int[] i = {0};
        COrder.forEach(this, p -> out[i[0]++] = readComplex(p));
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
        if (dtype.isComplex()) {
            Complex[] a = toFlatComplexArray(), b = other.toFlatComplexArray();
            for (int k = 0; k < a.length; k++) {
                if (!(same(a[k].re(), b[k].re()) && same(a[k].im(), b[k].im()))) return false;
            }
            return true;
        }
        if (dtype.isFloat()) {
            double[] a = toFlatDoubleArray(), b = other.toFlatDoubleArray();
            for (int k = 0; k < a.length; k++) {
                if (!same(a[k], b[k])) return false;
            }
            return true;
        }
        return Arrays.equals(toFlatLongArray(), other.toFlatLongArray());
    }

    private static boolean same(double a, double b) { return a == b || Double.isNaN(a) && Double.isNaN(b); }

    /** NumPy's {@code repr}, e.g. {@code array([1., 2.])} or {@code array([[1, 2], [3, 4]], dtype=int32)}. */
    @Override
    public String toString() { return ArrayFormatter.repr(this); }
}
