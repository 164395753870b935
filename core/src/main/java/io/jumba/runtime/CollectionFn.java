package io.jumba.runtime;

import io.jumba.array.DType;
import io.jumba.source.SourcePos;

/**
 * The operations on a kernel's lists ({@link PyList}) and typed dicts ({@link PyDict}) that the runtime evaluates:
 * what the IR's collection node names, the code generator turns into a call of the class's static method, and the
 * interpreter applies here to the values it holds (Long, Double, Boolean scalars; tuples boxed as compiled code
 * boxes them). Operands are in the order the Python call has them, the receiver first; an element or key operand
 * already has the collection's dtype.
 */
public enum CollectionFn {
    /** {@code []}, {@code list()}, {@code List()}: the list's dtype is the node's type. */
    LIST_EMPTY((t, a, pos) -> PyList.empty(t[0])),
    /** {@code [a, b, c]}: the elements, of the list's dtype. */
    LIST_OF((t, a, pos) -> PyList.ofBoxes(t[0], a)),
    LIST_LEN((t, a, pos) -> (long) list(a).size()),
    LIST_GET((t, a, pos) -> list(a).get((Long) a[1], pos)),
    LIST_SET((t, a, pos) -> { list(a).set((Long) a[1], a[2], pos); return null; }),
    LIST_APPEND((t, a, pos) -> { list(a).append(a[1]); return null; }),
    LIST_INSERT((t, a, pos) -> { list(a).insert((Long) a[1], a[2]); return null; }),
    /** {@code l.pop(i)}; {@code l.pop()} is {@code l.pop(-1)}. */
    LIST_POP((t, a, pos) -> list(a).pop((Long) a[1], pos)),
    LIST_CONTAINS((t, a, pos) -> list(a).contains(a[1])),
    /** {@code l.index(v, start, stop)}: start 0 and stop Long.MAX_VALUE when the call leaves them out. */
    LIST_INDEX((t, a, pos) -> list(a).index(a[1], (Long) a[2], (Long) a[3], pos)),
    LIST_COUNT((t, a, pos) -> list(a).count(a[1])),
    LIST_REMOVE((t, a, pos) -> { list(a).remove(a[1], pos); return null; }),
    /** {@code l.sort(reverse=r)}: operands l and r. */
    LIST_SORT((t, a, pos) -> { PyList.sort(list(a), (Boolean) a[1]); return null; }),
    LIST_REVERSE((t, a, pos) -> { PyList.reverse(list(a)); return null; }),
    LIST_CLEAR((t, a, pos) -> { PyList.clear(list(a)); return null; }),
    /** {@code l.extend(other)} with another list. */
    LIST_EXTEND((t, a, pos) -> { PyList.extend(list(a), (PyList) a[1]); return null; }),
    LIST_CONCAT((t, a, pos) -> PyList.concat(list(a), (PyList) a[1])),
    LIST_REPEAT((t, a, pos) -> PyList.repeat(list(a), (Long) a[1])),
    /** {@code l[lo:hi:step]}: operands l, lo, has lo, hi, has hi, step (an absent bound is 0 with its flag false). */
    LIST_SLICE((t, a, pos) -> PyList.slice(list(a), (Long) a[1], (Boolean) a[2], (Long) a[3], (Boolean) a[4], (Long) a[5], pos)),
    /**
     * {@code np.array(l)}: operand l, and for a list of tuples their width too (the result a 2-d array of the node's
     * dtype).
     */
    LIST_TO_ARRAY((t, a, pos) -> a.length == 1 ? PyList.toArray(list(a)) : PyList.toArray(list(a), t[0], (Long) a[1], pos)),
    /** {@code Dict.empty(key_type, value_type)}: both dtypes are the node's type. */
    DICT_EMPTY((t, a, pos) -> PyDict.empty(t[0], t[1])),
    DICT_LEN((t, a, pos) -> PyDict.len(dict(a))),
    DICT_GET((t, a, pos) -> PyDict.get(dict(a), a[1], pos)),
    /** {@code d.get(k, default)}. */
    DICT_GET_OR((t, a, pos) -> PyDict.getOr(dict(a), a[1], a[2])),
    DICT_PUT((t, a, pos) -> { PyDict.put(dict(a), a[1], a[2]); return null; }),
    DICT_CONTAINS((t, a, pos) -> PyDict.contains(dict(a), a[1])),
    DICT_POP((t, a, pos) -> PyDict.pop(dict(a), a[1], pos)),
    /** {@code d.pop(k, default)}. */
    DICT_POP_OR((t, a, pos) -> PyDict.popOr(dict(a), a[1], a[2])),
    /** The keys as a new list: what {@code for k in d} and {@code d.keys()} iterate. */
    DICT_KEYS((t, a, pos) -> PyDict.keys(dict(a))),
    DICT_VALUES((t, a, pos) -> PyDict.values(dict(a)));

    /** The interpreter's evaluation; dtypes: a list's element dtype, or a dict's key and value dtypes. */
    @FunctionalInterface
    interface Apply {
        Object apply(DType[] dtypes, Object[] args, SourcePos pos);
    }

    private final Apply apply;

    CollectionFn(Apply apply) { this.apply = apply; }

    /**
     * The operation on the interpreter's operand values; dtypes are those of the collection it makes or reads (a
     * list's element dtype; a dict's key and value dtypes).
     */
    public Object apply(DType[] dtypes, Object[] args, SourcePos pos) { return apply.apply(dtypes, args, pos); }

    private static PyList list(Object[] a) { return (PyList) a[0]; }

    private static PyDict dict(Object[] a) { return (PyDict) a[0]; }
}
