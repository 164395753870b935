package io.jumba.runtime;

import io.jumba.array.DType;
import io.jumba.array.PythonRepr;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.source.SourcePos;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A kernel's {@code numba.typed.Dict} of scalar keys and values, in insertion order as Python keeps it. Keys and
 * values are held boxed as the interpreter holds scalars (Long for integers, Double for floats, Boolean), so
 * generated code and the interpreter call the same methods; generated code boxes with {@code Long.valueOf} and
 * friends. A missing key raises KeyError at the kernel line.
 */
public final class PyDict {
    private final DType keyType;
    private final DType valueType;
    private final Map<Object, Object> entries = new LinkedHashMap<>();

    private PyDict(DType keyType, DType valueType) {
        this.keyType = keyType;
        this.valueType = valueType;
    }

    /** {@code Dict.empty(key_type=..., value_type=...)}. */
    public static PyDict empty(DType keyType, DType valueType) { return new PyDict(keyType, valueType); }

    /**
     * A dict of these key and value types holding the entries of a caller's map, in its iteration order (a Java
     * Integer key is the int64 key 1, as the kernel's literal 1 is).
     */
    public static PyDict fromBoxes(DType keyType, DType valueType, Map<?, ?> entries) {
        PyDict d = new PyDict(keyType, valueType);
        entries.forEach((k, v) -> put(d, k, v));
        return d;
    }

    public DType keyType() { return keyType; }

    public DType valueType() { return valueType; }

    /** The entries boxed per the API boundary's conventions, in insertion order. */
    public Map<Object, Object> toBoundary() {
        Map<Object, Object> out = new LinkedHashMap<>();
        entries.forEach((k, v) -> out.put(boundary(k, keyType), boundary(v, valueType)));
        return out;
    }

    @Override public String toString() { return PythonRepr.of(toBoundary()); }

    /** Python's {@code ==} of two dicts of one type: the same entries, whatever their order. */
    @Override public boolean equals(Object o) {
        return o instanceof PyDict d && d.keyType == keyType && d.valueType == valueType && d.entries.equals(entries);
    }

    @Override public int hashCode() { return entries.hashCode(); }

    public static long len(PyDict d) { return d.entries.size(); }

    /** {@code d[k]}: KeyError naming the key when it is missing. */
    public static Object get(PyDict d, Object key, SourcePos pos) {
        Object v = d.entries.get(d.key(key));
        if (v == null) throw new KernelRuntimeError("KeyError", pos, PythonRepr.of(boundary(d.key(key), d.keyType)));
        return v;
    }

    /** {@code d.get(k, default)}. */
    public static Object getOr(PyDict d, Object key, Object fallback) {
        Object v = d.entries.get(d.key(key));
        return v == null ? d.value(fallback) : v;
    }

    public static void put(PyDict d, Object key, Object value) { d.entries.put(d.key(key), d.value(value)); }

    public static boolean contains(PyDict d, Object key) { return d.entries.containsKey(d.key(key)); }

    /** {@code d.pop(k)}: KeyError when missing. */
    public static Object pop(PyDict d, Object key, SourcePos pos) {
        Object v = get(d, key, pos);
        d.entries.remove(d.key(key));
        return v;
    }

    /** {@code d.pop(k, default)}. */
    public static Object popOr(PyDict d, Object key, Object fallback) {
        Object v = d.entries.remove(d.key(key));
        return v == null ? d.value(fallback) : v;
    }

    /** The keys, in order, as a new list: what {@code for k in d} and {@code d.keys()} iterate. */
    public static PyList keys(PyDict d) { return PyList.ofBoxes(d.keyType, d.entries.keySet().toArray()); }

    /** The values, in key order, as a new list. */
    public static PyList values(PyDict d) { return PyList.ofBoxes(d.valueType, d.entries.values().toArray()); }

    /** A key as the map holds it: Long for integer dtypes, Double for floats (so 1 and 1.0 are the same key), Boolean. */
    private Object key(Object k) { return canonical(k, keyType); }

    private Object value(Object v) { return canonical(v, valueType); }

    private static Object canonical(Object v, DType d) {
        if (d.isFloat()) {
            double x = v instanceof Boolean b ? (b ? 1.0 : 0.0) : ((Number) v).doubleValue();
            return x == 0 ? 0.0 : x; // -0.0 == 0.0: one key, as in Python
        }
        if (d.isBool()) return v instanceof Boolean b ? b : ((Number) v).doubleValue() != 0;
        return v instanceof Boolean b ? (b ? 1L : 0L) : ((Number) v).longValue();
    }

    private static Object boundary(Object v, DType d) {
        if (d.isFloat()) return Boundary.box((Double) v, d);
        if (d.isBool()) return v;
        return Boundary.box((Long) v, d);
    }
}
