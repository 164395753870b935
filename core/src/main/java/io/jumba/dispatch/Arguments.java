package io.jumba.dispatch;

import io.jumba.array.DType;
import io.jumba.array.JavaArrays;
import io.jumba.array.NDArray;
import io.jumba.runtime.PyDict;
import io.jumba.runtime.PyList;
import io.jumba.types.NamedTupleValue;
import io.jumba.types.Type;

import java.util.List;

/**
 * Brings call arguments to Jumba's runtime conventions: every Java integer box but {@code Long} means int64
 * (a Python int), so it becomes a {@code Long}; Java's primitive arrays and rectangular matrices become
 * {@code NDArray}s ({@link JavaArrays}: 1-d ones shared, 2-d ones copied); a java.util.List becomes a list
 * ({@link PyList}, Numba's reflected list: of numbers, or of NDArrays or tuples, a namedtuple there a plain tuple)
 * and a java.util.Map a typed dict ({@link PyDict}); everything else passes
 * through unchanged (tuples and namedtuples element by element). A {@link NamedTupleValue} stays one until its type
 * is read ({@link io.jumba.types.Signature#typeOf}), then runs as the Object[] of a tuple ({@link #unwrapped}).
 */
final class Arguments {
    private Arguments() {}

    static Object[] normalize(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) out[i] = normalize(out[i]);
        return out;
    }

    private static Object normalize(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) return ((Number) value).longValue();
        if (value instanceof java.util.List<?> list) return list(list);
        if (value instanceof java.util.Map<?, ?> map) {
            return PyDict.fromBoxes(elementType(map.keySet(), "dict's keys"), elementType(map.values(), "dict's values"), map);
        }
        var array = JavaArrays.asNDArray(value);
        if (array.isPresent()) return array.get();
        if (value instanceof NamedTupleValue n) return new NamedTupleValue(n.name(), n.fields(), normalize(n.toArray()));
        return value instanceof Object[] tuple ? normalize(tuple) : value;
    }

    /**
     * A list argument: of scalars, or of arrays or tuples (as the items of an object list, each normalized; a
     * namedtuple there is a plain tuple, as the Object[] compiled code reads). Java arrays and lists as items are
     * refused: reflection could not give them back as they came, and Numba cannot reflect a list of lists.
     */
    private static PyList list(java.util.List<?> list) {
        if (list.isEmpty() || list.getFirst() instanceof Number || list.getFirst() instanceof Boolean) {
            return PyList.fromBoxes(elementType(list, "list"), list);
        }
        Object[] items = new Object[list.size()];
        for (int i = 0; i < items.length; i++) items[i] = item(list.get(i));
        return PyList.ofObjects(items);
    }

    private static Object item(Object v) {
        return switch (v) {
            case NDArray a -> a;
            case NamedTupleValue n -> normalize(n.toArray());
            case Object[] tuple -> normalize(tuple);
            case null, default -> throw new IllegalArgumentException("a list argument holds numbers, bools, NDArrays or"
                    + " tuples (Object[]), all of one kind, not " + (v == null ? "None" : v.getClass().getName()));
        };
    }

    /** Normalized values as compiled code and the interpreter take them: each namedtuple as its tuple's Object[]. */
    static Object[] unwrapped(Object[] values) {
        Object[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = switch (out[i]) {
                case NamedTupleValue n -> unwrapped(n.toArray());
                case Object[] tuple -> unwrapped(tuple);
                case null, default -> out[i];
            };
        }
        return out;
    }

    /**
     * The dtype Numba gives a list of these Python values: bool when all are bools, float64 when any is a float
     * (float32 when all are Floats), int64 otherwise. An empty list has none, as in Numba; an empty map none either
     * (a typed dict's types cannot be read off a Java map without entries).
     */
    private static DType elementType(java.util.Collection<?> values, String what) {
        if (values.isEmpty()) throw new IllegalArgumentException("cannot type an empty " + what + " argument (Numba cannot either)");
        boolean bools = true, floats = false, float32 = true;
        for (Object v : values) {
            if (!(v instanceof Number || v instanceof Boolean)) {
                throw new IllegalArgumentException("a " + what + " argument holds numbers or bools, not " + (v == null ? "None" : v.getClass().getName()));
            }
            bools &= v instanceof Boolean;
            floats |= v instanceof Double || v instanceof Float;
            float32 &= v instanceof Float;
        }
        return bools ? DType.BOOL : float32 ? DType.FLOAT32 : floats ? DType.FLOAT64 : DType.INT64;
    }

    /**
     * Numba's reflection: a caller's java.util.List passed as a list argument gets the list's contents after the
     * call, and a java.util.Map passed as a typed dict the dict's entries (a typed dict is shared with its caller in
     * Numba), each only when they changed, so an unmodifiable list or map the kernel only reads is fine.
     */
    static void reflect(Object[] given, Object[] values) {
        for (int i = 0; i < given.length; i++) {
            if (given[i] instanceof java.util.List<?> list && values[i] instanceof PyList l) {
                if (!list(list).equals(l)) { // compared as values: Integer 1 is int64 1; arrays as the very objects
                    @SuppressWarnings("unchecked") java.util.List<Object> target = (java.util.List<Object>) list;
                    target.clear();
                    target.addAll(l.toBoundary());
                }
            }
            if (given[i] instanceof java.util.Map<?, ?> map && values[i] instanceof PyDict d) {
                java.util.Map<Object, Object> now = d.toBoundary();
                // compared in order (a kernel may delete and insert a key again) and as values
                if (!List.copyOf(PyDict.fromBoxes(d.keyType(), d.valueType(), map).toBoundary().entrySet())
                        .equals(List.copyOf(now.entrySet()))) {
                    @SuppressWarnings("unchecked") java.util.Map<Object, Object> target = (java.util.Map<Object, Object>) map;
                    target.clear();
                    target.putAll(now);
                }
            }
        }
    }

    /**
     * A kernel's result of type t for the caller: a list as a java.util.List, a dict as a java.util.Map, a namedtuple
     * as a {@link NamedTupleValue} (in tuples too).
     */
    static Object result(Object value, Type t) {
        return switch (value) {
            case PyList l when t instanceof Type.ListOf lt && !lt.ofScalars() ->
                    new java.util.ArrayList<>(l.toBoundary().stream().map(item -> result(item, lt.element())).toList());
            case PyList l -> l.toBoundary();
            case PyDict d -> d.toBoundary();
            case Object[] tuple -> {
                Type.Tuple tt = (Type.Tuple) (t instanceof Type.Optional o ? o.value() : t);
                Object[] out = tuple.clone();
                for (int k = 0; k < out.length; k++) out[k] = result(out[k], tt.elements().get(k));
                yield tt.isNamed() ? new NamedTupleValue(tt.name(), tt.fields(), out) : out;
            }
            case null, default -> value;
        };
    }
}
