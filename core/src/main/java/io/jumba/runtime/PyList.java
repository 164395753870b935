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
 * A kernel's Python list (Numba's reflected list and {@code numba.typed.List}): a growable array of one item type.
 * A list of scalars holds every element as 64 bits in one {@code long[]} (integers and bools as their value, floats
 * as their IEEE bits), so one class serves every element dtype with no boxing; a list of arrays, tuples or lists
 * (an object list, whose dtype is null) holds the items themselves in an {@code Object[]}: an {@code NDArray} (so
 * an array read from the list is the array stored, not a copy, as in Numba), a tuple's {@code Object[]} boxed per
 * the API boundary's conventions, or a {@code PyList}. Generated code calls the static methods, with the suffix of
 * the element's Java kind ({@code Long}, {@code Double}, {@code Bool}, {@code Object}); the interpreter the boxed
 * ones ({@link CollectionFn}). Indices follow Python: negative ones count from the end, IndexError otherwise.
 */
public final class PyList {
    private final DType dtype;
    private long[] bits;
    private Object[] items;
    private int size;

    private PyList(DType dtype, long[] bits, int size) {
        this.dtype = dtype;
        this.bits = bits;
        this.size = size;
    }

    private PyList(Object[] items, int size) {
        this.dtype = null;
        this.items = items;
        this.size = size;
    }

    /** An empty list of dtype d; an empty object list when d is null. */
    public static PyList empty(DType d) { return d == null ? new PyList(new Object[4], 0) : new PyList(d, new long[4], 0); }

    /** A list of arrays, tuples or lists (see the class comment for how each is held). */
    public static PyList ofObjects(Object[] values) { return new PyList(values.clone(), values.length); }

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

    /** The element dtype of a list of scalars; null for an object list. */
    public DType dtype() { return dtype; }

    /** Whether the list holds arrays, tuples or lists rather than scalars. */
    public boolean holdsObjects() { return dtype == null; }

    /** The items of an object list, in order (the arrays, tuples and lists themselves). */
    public List<Object> objects() { return List.of(Arrays.copyOf(items, size)); }

    public int size() { return size; }

    /**
     * The elements boxed per the API boundary's conventions (int32 an Integer, float32 a Float, ...); an object
     * list's arrays and tuples as they are, its lists as java.util.Lists.
     */
    public List<Object> toBoundary() {
        List<Object> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            if (dtype == null) out.add(items[i] instanceof PyList l ? l.toBoundary() : items[i]);
            else out.add(dtype.isFloat() ? Boundary.box(Double.longBitsToDouble(bits[i]), dtype) : Boundary.box(bits[i], dtype));
        }
        return out;
    }

    /** Python's spelling, as {@code print(list)} or the CLI shows a list: {@code [1, 2.5, True]}. */
    @Override public String toString() { return PythonRepr.of(toBoundary()); }

    /**
     * Python's {@code ==} of two lists of one dtype: the same elements in the same order; of two object lists: the
     * same arrays (the very objects: what reflection asks), equal tuples and equal lists.
     */
    @Override public boolean equals(Object o) {
        if (!(o instanceof PyList l) || l.dtype != dtype) return false;
        if (dtype != null) return Arrays.equals(bits, 0, size, l.bits, 0, l.size);
        if (l.size != size) return false;
        for (int i = 0; i < size; i++) {
            boolean same = switch (items[i]) {
                case Object[] tuple -> l.items[i] instanceof Object[] other && Arrays.equals(tuple, other);
                case PyList list -> list.equals(l.items[i]);
                default -> items[i] == l.items[i];
            };
            if (!same) return false;
        }
        return true;
    }

    @Override public int hashCode() {
        return dtype == null ? size : Arrays.hashCode(Arrays.copyOf(bits, size)) * 31 + dtype.ordinal();
    }

    // --- generated code's entry points

    public static long len(PyList l) { return l.size; }

    public static long getLong(PyList l, long i, SourcePos pos) { return l.bits[l.at(i, pos)]; }

    public static double getDouble(PyList l, long i, SourcePos pos) { return Double.longBitsToDouble(l.bits[l.at(i, pos)]); }

    public static boolean getBool(PyList l, long i, SourcePos pos) { return l.bits[l.at(i, pos)] != 0; }

    /** Item i of an object list: the array, tuple or list itself. */
    public static Object getObject(PyList l, long i, SourcePos pos) { return l.items[l.at(i, pos)]; }

    public static void setLong(PyList l, long i, long v, SourcePos pos) { l.bits[l.at(i, pos)] = v; }

    public static void setDouble(PyList l, long i, double v, SourcePos pos) { l.bits[l.at(i, pos)] = Double.doubleToRawLongBits(v); }

    public static void setBool(PyList l, long i, boolean v, SourcePos pos) { l.bits[l.at(i, pos)] = v ? 1 : 0; }

    public static void setObject(PyList l, long i, Object v, SourcePos pos) { l.items[l.at(i, pos)] = v; }

    public static void appendLong(PyList l, long v) { l.add(v); }

    public static void appendDouble(PyList l, double v) { l.add(Double.doubleToRawLongBits(v)); }

    public static void appendBool(PyList l, boolean v) { l.add(v ? 1 : 0); }

    public static void appendObject(PyList l, Object v) {
        int k = l.grow(); // first: growing replaces the array
        l.items[k] = v;
    }

    public static void insertLong(PyList l, long i, long v) { l.insertBits(i, v); }

    public static void insertDouble(PyList l, long i, double v) { l.insertBits(i, Double.doubleToRawLongBits(v)); }

    public static void insertBool(PyList l, long i, boolean v) { l.insertBits(i, v ? 1 : 0); }

    public static void insertObject(PyList l, long i, Object v) {
        int k = l.openGap(i);
        l.items[k] = v;
    }

    public static long popLong(PyList l, long i, SourcePos pos) { return l.remove(i, pos); }

    public static double popDouble(PyList l, long i, SourcePos pos) { return Double.longBitsToDouble(l.remove(i, pos)); }

    public static boolean popBool(PyList l, long i, SourcePos pos) { return l.remove(i, pos) != 0; }

    public static Object popObject(PyList l, long i, SourcePos pos) {
        int k = l.popIndex(i, pos);
        Object v = l.items[k];
        l.closeGap(k);
        return v;
    }

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
        if (l.dtype == null) {
            Comparator<Object> order = (a, b) -> compareTuples((Object[]) a, (Object[]) b);
            Arrays.sort(l.items, 0, l.size, reverse ? order.reversed() : order);
            return;
        }
        Long[] boxes = new Long[l.size];
        for (int i = 0; i < l.size; i++) boxes[i] = l.bits[i];
        Comparator<Long> order = l.dtype.isFloat() ? (a, b) -> compareFloats(Double.longBitsToDouble(a), Double.longBitsToDouble(b))
                : l.dtype == DType.UINT64 ? Long::compareUnsigned : Long::compare;
        Arrays.sort(boxes, reverse ? order.reversed() : order);
        for (int i = 0; i < l.size; i++) l.bits[i] = boxes[i];
    }

    /**
     * Python's order of two tuples of numbers and bools: the first unequal elements decide, else the shorter is less;
     * elements compare as numbers (floats with NaN last, as {@link #compareFloats}).
     */
    private static int compareTuples(Object[] a, Object[] b) {
        for (int k = 0; k < Math.min(a.length, b.length); k++) {
            int c = compareNumbers(a[k], b[k]);
            if (c != 0) return c;
        }
        return Integer.compare(a.length, b.length);
    }

    private static int compareNumbers(Object a, Object b) {
        if (a instanceof Double || a instanceof Float || b instanceof Double || b instanceof Float) {
            return compareFloats(asNumber(a), asNumber(b));
        }
        return Long.compare(unboxLong(a), unboxLong(b));
    }

    /** Python's {@code ==} of two list items: tuples element by element as numbers, lists item by item, arrays as the same object. */
    private static boolean equalItems(Object a, Object b) {
        return switch (a) {
            case Object[] t -> b instanceof Object[] u && t.length == u.length
                    && java.util.stream.IntStream.range(0, t.length).allMatch(k -> equalNumbers(t[k], u[k]));
            case PyList x -> x.equals(b);
            default -> a == b;
        };
    }

    private static boolean equalNumbers(Object a, Object b) {
        if (!(a instanceof Number || a instanceof Boolean) || !(b instanceof Number || b instanceof Boolean)) return equalItems(a, b);
        if (a instanceof Double || a instanceof Float || b instanceof Double || b instanceof Float) return asNumber(a) == asNumber(b);
        return unboxLong(a) == unboxLong(b);
    }

    /** {@code v in l} for a list of tuples (v a tuple boxed as the list holds them): compared as Python compares tuples. */
    public static boolean containsObject(PyList l, Object v) {
        for (int i = 0; i < l.size; i++) if (equalItems(l.items[i], v)) return true;
        return false;
    }

    /** {@code l.index(v, start, stop)} for a list of tuples; ValueError when absent. */
    public static long indexObject(PyList l, Object v, long start, long stop, SourcePos pos) {
        for (int i = l.from(start); i < l.to(stop); i++) if (equalItems(l.items[i], v)) return i;
        throw Faults.valueError(PythonRepr.of(v) + " is not in list", pos);
    }

    /** {@code l.count(v)} for a list of tuples. */
    public static long countObject(PyList l, Object v) {
        long n = 0;
        for (int i = 0; i < l.size; i++) if (equalItems(l.items[i], v)) n++;
        return n;
    }

    /** {@code l.remove(v)} for a list of tuples: the first equal one; ValueError when there is none. */
    public static void removeObject(PyList l, Object v, SourcePos pos) {
        for (int i = 0; i < l.size; i++) {
            if (equalItems(l.items[i], v)) {
                l.closeGap(i);
                return;
            }
        }
        throw Faults.valueError("list.remove(x): x not in list", pos);
    }

    private static int compareFloats(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) return Boolean.compare(Double.isNaN(a), Double.isNaN(b));
        return a < b ? -1 : a > b ? 1 : 0;
    }

    /** {@code l.reverse()}: in place. */
    public static void reverse(PyList l) {
        if (l.dtype == null) {
            java.util.Collections.reverse(Arrays.asList(l.items).subList(0, l.size));
            return;
        }
        for (int i = 0, j = l.size - 1; i < j; i++, j--) {
            long b = l.bits[i];
            l.bits[i] = l.bits[j];
            l.bits[j] = b;
        }
    }

    /** {@code l.clear()}. */
    public static void clear(PyList l) {
        if (l.dtype == null) Arrays.fill(l.items, 0, l.size, null);
        l.size = 0;
    }

    /** {@code l.extend(other)} (other may be l itself: its elements as they were before). */
    public static void extend(PyList l, PyList other) {
        if (l.dtype == null) {
            for (Object v : Arrays.copyOf(other.items, other.size)) appendObject(l, v);
            return;
        }
        long[] add = Arrays.copyOf(other.bits, other.size);
        for (long b : add) l.add(l.convertFrom(other.dtype, b));
    }

    /** {@code l + other}: a new list of l's dtype (a shallow copy of l's items, then other's). */
    public static PyList concat(PyList l, PyList other) {
        PyList out = empty(l.dtype);
        extend(out, l);
        extend(out, other);
        return out;
    }

    /** {@code l * n}: n copies one after another (none for n <= 0). */
    public static PyList repeat(PyList l, long n) {
        PyList out = empty(l.dtype);
        for (long k = 0; k < n; k++) for (int i = 0; i < l.size; i++) out.copyIn(l, i);
        return out;
    }

    /** {@code l[lo:hi:step]} as Python slices a list (a bound absent when its flag is false); ValueError for step 0. */
    public static PyList slice(PyList l, long lo, boolean hasLo, long hi, boolean hasHi, long step, SourcePos pos) {
        if (step == 0) throw new KernelRuntimeError("ValueError", pos, "slice step cannot be zero");
        long n = l.size;
        long start = step > 0 ? bound(lo, hasLo, 0, n, 0, n) : bound(lo, hasLo, n - 1, n, -1, n - 1);
        long stop = step > 0 ? bound(hi, hasHi, n, n, 0, n) : bound(hi, hasHi, -1, n, -1, n - 1);
        PyList out = empty(l.dtype);
        for (long i = start; step > 0 ? i < stop : i > stop; i += step) out.copyIn(l, (int) i);
        return out;
    }

    /** A slice bound as CPython's PySlice_AdjustIndices clamps it into [min, max]. */
    private static long bound(long v, boolean present, long absent, long n, long min, long max) {
        if (!present) return absent;
        if (v < 0) v += n;
        return Math.max(min, Math.min(max, v));
    }

    /**
     * {@code np.array(l)} of a list of tuples of width numbers or bools each: a new 2-d array of dtype d, row i
     * the tuple i. An empty list is an IndexError, as in Numba (which reads the first tuple).
     */
    public static NDArray toArray(PyList l, DType d, long width, SourcePos pos) {
        if (l.size == 0) throw Faults.indexError("getitem out of range", pos);
        NDArray a = NDArray.empty(d, l.size, (int) width);
        for (int i = 0; i < l.size; i++) {
            Object[] row = (Object[]) l.items[i];
            for (int j = 0; j < width; j++) {
                long p = a.offset() + i * width + j;
                switch (row[j]) {
                    case Boolean b -> a.writeLong(p, b ? 1 : 0);
                    case Double x when !d.isFloat() -> a.writeLong(p, (long) (double) x);
                    case Float x when !d.isFloat() -> a.writeLong(p, (long) (float) x);
                    case Number x when d.isFloat() -> a.writeDouble(p, x.doubleValue());
                    case Number x -> a.writeLong(p, x.longValue());
                    default -> throw new IllegalStateException("not a number in a tuple: " + row[j]);
                }
            }
        }
        return a;
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

    /** Element i as the interpreter holds it (an object list's item as it is). */
    public Object get(long i, SourcePos pos) { return dtype == null ? getObject(this, i, pos) : box(bits[at(i, pos)]); }

    public void set(long i, Object v, SourcePos pos) {
        if (dtype == null) setObject(this, i, v, pos);
        else bits[at(i, pos)] = unbox(v);
    }

    public void append(Object v) {
        if (dtype == null) appendObject(this, v);
        else add(unbox(v));
    }

    public void insert(long i, Object v) {
        if (dtype == null) insertObject(this, i, v);
        else insertBits(i, unbox(v));
    }

    public Object pop(long i, SourcePos pos) { return dtype == null ? popObject(this, i, pos) : box(remove(i, pos)); }

    /** {@code v in l}, v a Long, Double or Boolean (a tuple for a list of tuples). */
    public boolean contains(Object v) {
        if (dtype == null) return containsObject(this, v);
        return v instanceof Double d || dtype.isFloat() ? containsDouble(this, asNumber(v)) : containsLong(this, unboxLong(v));
    }

    /** {@code l.index(v, start, stop)}, v a Long, Double or Boolean. */
    public long index(Object v, long start, long stop, SourcePos pos) {
        if (dtype == null) return indexObject(this, v, start, stop, pos);
        return v instanceof Double || dtype.isFloat() ? indexDouble(this, asNumber(v), start, stop, pos) : indexLong(this, unboxLong(v), start, stop, pos);
    }

    /** {@code l.count(v)}, v a Long, Double or Boolean. */
    public long count(Object v) {
        if (dtype == null) return countObject(this, v);
        return v instanceof Double || dtype.isFloat() ? countDouble(this, asNumber(v)) : countLong(this, unboxLong(v));
    }

    /** {@code l.remove(v)}, v a Long, Double or Boolean. */
    public void remove(Object v, SourcePos pos) {
        if (dtype == null) removeObject(this, v, pos);
        else if (v instanceof Double || dtype.isFloat()) removeDouble(this, asNumber(v), pos);
        else removeLong(this, unboxLong(v), pos);
    }

    /** A list of l's dtype holding the interpreter's values, boxed (an object list when d is null). */
    public static PyList ofBoxes(DType d, Object[] values) {
        PyList l = empty(d);
        for (Object v : values) l.append(v);
        return l;
    }

    // --- storage

    /** Appends item i of l, a list of this one's kind (no conversion). */
    private void copyIn(PyList l, int i) {
        if (dtype == null) appendObject(this, l.items[i]);
        else add(l.bits[i]);
    }

    /** Makes room for one more item at the end; its index. */
    private int grow() {
        int capacity = dtype == null ? items.length : bits.length;
        if (size == capacity) {
            if (dtype == null) items = Arrays.copyOf(items, Math.max(4, size * 2));
            else bits = Arrays.copyOf(bits, Math.max(4, size * 2));
        }
        return size++;
    }

    /** Moves the n items from index from to index to (overlapping ranges are fine). */
    private void move(int from, int to, int n) {
        if (dtype == null) System.arraycopy(items, from, items, to, n);
        else System.arraycopy(bits, from, bits, to, n);
    }

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
        int k = grow(); // first: growing replaces the array
        bits[k] = b;
    }

    private void insertBits(long i, long b) {
        int k = openGap(i);
        bits[k] = b;
    }

    /**
     * Python's insert: a negative index counts from the end, and an index past either end inserts there; moves the
     * items from there on one up and gives the index the new item goes to.
     */
    private int openGap(long i) {
        int k = (int) (i < 0 ? Math.max(0, i + size) : Math.min(i, size));
        grow();
        move(k, k + 1, size - 1 - k);
        return k;
    }

    /** The start of an index() search as Python clamps it (a negative start counts from the end). */
    private int from(long start) { return (int) (start < 0 ? Math.max(0, start + size) : Math.min(start, size)); }

    /** The end of an index() search, clamped as {@link #from} clamps the start. */
    private int to(long stop) { return (int) (stop < 0 ? Math.max(0, stop + size) : Math.min(stop, size)); }

    private long remove(long i, SourcePos pos) {
        int k = popIndex(i, pos);
        long b = bits[k];
        closeGap(k);
        return b;
    }

    /** The index pop(i) takes an item from; IndexError as Python words it when there is none. */
    private int popIndex(long i, SourcePos pos) {
        if (size == 0) throw Faults.indexError("pop from empty list", pos);
        long k = i < 0 ? i + size : i;
        if (k < 0 || k >= size) throw Faults.indexError("pop index out of range", pos);
        return (int) k;
    }

    /** Removes item k, moving the later ones down. */
    private void closeGap(int k) {
        move(k + 1, k, size - 1 - k);
        size--;
        if (dtype == null) items[size] = null;
    }
}
