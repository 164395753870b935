package io.jumba.runtime;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.array.PythonRepr;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.source.SourcePos;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A kernel's Python list of scalars (Numba's reflected list and {@code numba.typed.List}): a growable array of one
 * dtype. Every element is held as 64 bits in one {@code long[]} (integers and bools as their value, floats as their
 * IEEE bits), so one class serves every element dtype with no boxing. Generated code calls the static methods, with
 * the suffix of the element's Java kind ({@code Long}, {@code Double}, {@code Bool}); the interpreter the boxed
 * ones ({@link CollectionFn}). Indices follow Python: negative ones count from the end, IndexError otherwise.
 */
public final class PyList {
    private final DType dtype;
    private long[] bits;
    private int size;

    private PyList(DType dtype, long[] bits, int size) {
        this.dtype = dtype;
        this.bits = bits;
        this.size = size;
    }

    /** An empty list of dtype d. */
    public static PyList empty(DType d) { return new PyList(d, new long[4], 0); }

    /** A list of integer (or bool, 0/1) values of dtype d. */
    public static PyList ofLongs(DType d, long[] values) { return new PyList(d, values.clone(), values.length); }

    public static PyList ofDoubles(DType d, double[] values) {
        long[] b = new long[values.length];
        for (int i = 0; i < b.length; i++) b[i] = Double.doubleToRawLongBits(values[i]);
        return new PyList(d, b, b.length);
    }

    public static PyList ofBools(boolean[] values) {
        long[] b = new long[values.length];
        for (int i = 0; i < b.length; i++) b[i] = values[i] ? 1 : 0;
        return new PyList(DType.BOOL, b, b.length);
    }

    /** The list of boundary values (Long/Integer/Double/Boolean boxes, as a caller's java.util.List holds them). */
    public static PyList fromBoxes(DType d, List<?> values) {
        PyList l = empty(d);
        for (Object v : values) l.add(l.unbox(v));
        return l;
    }

    public DType dtype() { return dtype; }

    public int size() { return size; }

    /** The elements boxed per the API boundary's conventions (int32 an Integer, float32 a Float, ...). */
    public List<Object> toBoundary() {
        List<Object> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(dtype.isFloat() ? Boundary.box(Double.longBitsToDouble(bits[i]), dtype) : Boundary.box(bits[i], dtype));
        }
        return out;
    }

    /** Python's spelling, as {@code print(list)} or the CLI shows a list: {@code [1, 2.5, True]}. */
    @Override public String toString() { return PythonRepr.of(toBoundary()); }

    /** Python's {@code ==} of two lists of one dtype: the same elements in the same order. */
    @Override public boolean equals(Object o) {
        return o instanceof PyList l && l.dtype == dtype && Arrays.equals(bits, 0, size, l.bits, 0, l.size);
    }

    @Override public int hashCode() { return Arrays.hashCode(Arrays.copyOf(bits, size)) * 31 + dtype.ordinal(); }

    // --- generated code's entry points

    public static long len(PyList l) { return l.size; }

    public static long getLong(PyList l, long i, SourcePos pos) { return l.bits[l.at(i, pos)]; }

    public static double getDouble(PyList l, long i, SourcePos pos) { return Double.longBitsToDouble(l.bits[l.at(i, pos)]); }

    public static boolean getBool(PyList l, long i, SourcePos pos) { return l.bits[l.at(i, pos)] != 0; }

    public static void setLong(PyList l, long i, long v, SourcePos pos) { l.bits[l.at(i, pos)] = v; }

    public static void setDouble(PyList l, long i, double v, SourcePos pos) { l.bits[l.at(i, pos)] = Double.doubleToRawLongBits(v); }

    public static void setBool(PyList l, long i, boolean v, SourcePos pos) { l.bits[l.at(i, pos)] = v ? 1 : 0; }

    public static void appendLong(PyList l, long v) { l.add(v); }

    public static void appendDouble(PyList l, double v) { l.add(Double.doubleToRawLongBits(v)); }

    public static void appendBool(PyList l, boolean v) { l.add(v ? 1 : 0); }

    public static void insertLong(PyList l, long i, long v) { l.insertBits(i, v); }

    public static void insertDouble(PyList l, long i, double v) { l.insertBits(i, Double.doubleToRawLongBits(v)); }

    public static void insertBool(PyList l, long i, boolean v) { l.insertBits(i, v ? 1 : 0); }

    public static long popLong(PyList l, long i, SourcePos pos) { return l.remove(i, pos); }

    public static double popDouble(PyList l, long i, SourcePos pos) { return Double.longBitsToDouble(l.remove(i, pos)); }

    public static boolean popBool(PyList l, long i, SourcePos pos) { return l.remove(i, pos) != 0; }

    /** {@code v in l} for an integer or bool list and value: compared as Python compares ints. */
    public static boolean containsLong(PyList l, long v) {
        for (int i = 0; i < l.size; i++) if (l.bits[i] == v) return true;
        return false;
    }

    /** {@code v in l} where the list or the value is a float: compared as doubles (NaN is never found). */
    public static boolean containsDouble(PyList l, double v) {
        for (int i = 0; i < l.size; i++) if (l.asDouble(i) == v) return true;
        return false;
    }

    /** {@code l.index(v, start, stop)} of an integer or bool value in an integer or bool list; ValueError when absent. */
    public static long indexLong(PyList l, long v, long start, long stop, SourcePos pos) {
        for (int i = l.from(start); i < l.to(stop); i++) if (l.bits[i] == v) return i;
        throw Faults.valueError((l.dtype.isBool() ? (v != 0 ? "True" : "False") : String.valueOf(v)) + " is not in list", pos);
    }

    /** {@code l.index(v, start, stop)} where the list or the value is a float (NaN is never found). */
    public static long indexDouble(PyList l, double v, long start, long stop, SourcePos pos) {
        for (int i = l.from(start); i < l.to(stop); i++) if (l.asDouble(i) == v) return i;
        throw Faults.valueError(PythonRepr.ofFloat(v) + " is not in list", pos);
    }

    /** {@code l.count(v)} for an integer or bool list and value. */
    public static long countLong(PyList l, long v) {
        long n = 0;
        for (int i = 0; i < l.size; i++) if (l.bits[i] == v) n++;
        return n;
    }

    /** {@code l.count(v)} where the list or the value is a float. */
    public static long countDouble(PyList l, double v) {
        long n = 0;
        for (int i = 0; i < l.size; i++) if (l.asDouble(i) == v) n++;
        return n;
    }

    /** {@code l.remove(v)}: the first equal element; ValueError as CPython words it when there is none. */
    public static void removeLong(PyList l, long v, SourcePos pos) {
        for (int i = 0; i < l.size; i++) {
            if (l.bits[i] == v) {
                l.remove(i, pos);
                return;
            }
        }
        throw Faults.valueError("list.remove(x): x not in list", pos);
    }

    /** {@code l.remove(v)} where the list or the value is a float. */

    public static void removeDouble(PyList l, double v, SourcePos pos) {
        for (int i = 0; i < l.size; i++) {
            if (l.asDouble(i) == v) {
                l.remove(i, pos);
                return;
            }
        }
        throw Faults.valueError("list.remove(x): x not in list", pos);
    }

    /**
     * {@code l.sort(reverse=...)}: a stable sort, as Python's; -0.0 and 0.0 are equal, and NaNs go last (first when
     * reversed), as Numba's list sort orders them (Python leaves the order around a NaN undefined).
     */
    public static void sort(PyList l, boolean reverse) {
        Long[] boxes = new Long[l.size];
        for (int i = 0; i < l.size; i++) boxes[i] = l.bits[i];
        Comparator<Long> order = l.dtype.isFloat() ? (a, b) -> compareFloats(Double.longBitsToDouble(a), Double.longBitsToDouble(b))
                : l.dtype == DType.UINT64 ? Long::compareUnsigned : Long::compare;
        Arrays.sort(boxes, reverse ? order.reversed() : order);
        for (int i = 0; i < l.size; i++) l.bits[i] = boxes[i];
    }

    private static int compareFloats(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) return Boolean.compare(Double.isNaN(a), Double.isNaN(b));
        return a < b ? -1 : a > b ? 1 : 0;
    }

    /** {@code l.reverse()}: in place. */
    public static void reverse(PyList l) {
        for (int i = 0, j = l.size - 1; i < j; i++, j--) {
            long b = l.bits[i];
            l.bits[i] = l.bits[j];
            l.bits[j] = b;
        }
    }

    /** {@code l.clear()}. */
    public static void clear(PyList l) { l.size = 0; }

    /** {@code l.extend(other)} (other may be l itself: its elements as they were before). */
    public static void extend(PyList l, PyList other) {
        long[] add = Arrays.copyOf(other.bits, other.size);
        for (long b : add) l.add(l.convertFrom(other.dtype, b));
    }

    /** {@code l + other}: a new list of l's dtype. */
    public static PyList concat(PyList l, PyList other) {
        PyList out = new PyList(l.dtype, Arrays.copyOf(l.bits, Math.max(4, l.size)), l.size);
        extend(out, other);
        return out;
    }

    /** {@code l * n}: n copies one after another (none for n <= 0). */
    public static PyList repeat(PyList l, long n) {
        PyList out = empty(l.dtype);
        for (long k = 0; k < n; k++) for (int i = 0; i < l.size; i++) out.add(l.bits[i]);
        return out;
    }

    /** {@code l[lo:hi:step]} as Python slices a list (a bound absent when its flag is false); ValueError for step 0. */
    public static PyList slice(PyList l, long lo, boolean hasLo, long hi, boolean hasHi, long step, SourcePos pos) {
        if (step == 0) throw new KernelRuntimeError("ValueError", pos, "slice step cannot be zero");
        long n = l.size;
        long start = step > 0 ? bound(lo, hasLo, 0, n, 0, n) : bound(lo, hasLo, n - 1, n, -1, n - 1);
        long stop = step > 0 ? bound(hi, hasHi, n, n, 0, n) : bound(hi, hasHi, -1, n, -1, n - 1);
        PyList out = empty(l.dtype);
        for (long i = start; step > 0 ? i < stop : i > stop; i += step) out.add(l.bits[(int) i]);
        return out;
    }

    /** A slice bound as CPython's PySlice_AdjustIndices clamps it into [min, max]. */
    private static long bound(long v, boolean present, long absent, long n, long min, long max) {
        if (!present) return absent;
        if (v < 0) v += n;
        return Math.max(min, Math.min(max, v));
    }

    /** {@code np.array(l)}: a new 1-d array of the list's dtype. */
    public static NDArray toArray(PyList l) {
        NDArray a = NDArray.empty(l.dtype, l.size);
        for (int i = 0; i < l.size; i++) {
            if (l.dtype.isFloat()) a.writeDouble(i, l.asDouble(i));
            else a.writeLong(i, l.bits[i]);
        }
        return a;
    }

    // --- the interpreter's boxed entry points (Long for integers, Double for floats, Boolean for bool)

    /** Element i as the interpreter holds it. */
    public Object get(long i, SourcePos pos) { return box(bits[at(i, pos)]); }

    public void set(long i, Object v, SourcePos pos) { bits[at(i, pos)] = unbox(v); }

    public void append(Object v) { add(unbox(v)); }

    public void insert(long i, Object v) { insertBits(i, unbox(v)); }

    public Object pop(long i, SourcePos pos) { return box(remove(i, pos)); }

    /** {@code v in l}, v a Long, Double or Boolean. */
    public boolean contains(Object v) {
        return v instanceof Double d || dtype.isFloat() ? containsDouble(this, asNumber(v)) : containsLong(this, unboxLong(v));
    }

    /** {@code l.index(v, start, stop)}, v a Long, Double or Boolean. */
    public long index(Object v, long start, long stop, SourcePos pos) {
        return v instanceof Double || dtype.isFloat() ? indexDouble(this, asNumber(v), start, stop, pos) : indexLong(this, unboxLong(v), start, stop, pos);
    }

    /** {@code l.count(v)}, v a Long, Double or Boolean. */
    public long count(Object v) {
        return v instanceof Double || dtype.isFloat() ? countDouble(this, asNumber(v)) : countLong(this, unboxLong(v));
    }

    /** {@code l.remove(v)}, v a Long, Double or Boolean. */
    public void remove(Object v, SourcePos pos) {
        if (v instanceof Double || dtype.isFloat()) removeDouble(this, asNumber(v), pos);
        else removeLong(this, unboxLong(v), pos);
    }

    /** A list of l's dtype holding the interpreter's values, boxed. */
    public static PyList ofBoxes(DType d, Object[] values) {
        PyList l = empty(d);
        for (Object v : values) l.append(v);
        return l;
    }

    // --- storage

    private Object box(long b) {
        if (dtype.isBool()) return b != 0;
        if (dtype.isFloat()) return Double.longBitsToDouble(b);
        return b;
    }

    private long unbox(Object v) {
        if (dtype.isFloat()) return Double.doubleToRawLongBits(asNumber(v));
        if (dtype.isBool()) return Boundary.argBoolean(v) ? 1 : 0;
        return Boundary.argLong(v, dtype);
    }

    private static long unboxLong(Object v) { return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).longValue(); }

    private static double asNumber(Object v) { return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).doubleValue(); }

    private double asDouble(int i) { return dtype.isFloat() ? Double.longBitsToDouble(bits[i]) : (double) bits[i]; }

    /** Bits of a value of dtype from as this list's dtype holds it (an int64 list extended by a float list truncates). */
    private long convertFrom(DType from, long b) {
        if (from.isFloat() == dtype.isFloat()) return b;
        return dtype.isFloat() ? Double.doubleToRawLongBits((double) b) : (long) Double.longBitsToDouble(b);
    }

    private int at(long i, SourcePos pos) {
        long k = i < 0 ? i + size : i;
        if (k < 0 || k >= size) throw Faults.indexError("list index out of range", pos);
        return (int) k;
    }

    private void add(long b) {
        if (size == bits.length) bits = Arrays.copyOf(bits, Math.max(4, size * 2));
        bits[size++] = b;
    }

    /** Python's insert: a negative index counts from the end, and an index past either end inserts there. */
    private void insertBits(long i, long b) {
        long k = i < 0 ? Math.max(0, i + size) : Math.min(i, size);
        add(0);
        System.arraycopy(bits, (int) k, bits, (int) k + 1, size - 1 - (int) k);
        bits[(int) k] = b;
    }

    /** The start of an index() search as Python clamps it (a negative start counts from the end). */
    private int from(long start) { return (int) (start < 0 ? Math.max(0, start + size) : Math.min(start, size)); }

    /** The end of an index() search, clamped as {@link #from} clamps the start. */
    private int to(long stop) { return (int) (stop < 0 ? Math.max(0, stop + size) : Math.min(stop, size)); }

    private long remove(long i, SourcePos pos) {
        if (size == 0) throw Faults.indexError("pop from empty list", pos);
        long k = i < 0 ? i + size : i;
        if (k < 0 || k >= size) throw Faults.indexError("pop index out of range", pos);
        long b = bits[(int) k];
        System.arraycopy(bits, (int) k + 1, bits, (int) k, size - 1 - (int) k);
        size--;
        return b;
    }
}
