package io.jumba.runtime;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.source.SourcePos;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runtime's object lists (of arrays, tuples and lists) against CPython's answers. */
class PyListObjectsTest {
    private static final SourcePos POS = SourcePos.NONE;

    private static Object[] pair(long a, double b) { return new Object[] {a, b}; }

    @Test
    void arraysAreHeldThemselvesThroughEveryOperation() {
        NDArray a = NDArray.ones(DType.FLOAT64, 2), b = NDArray.zeros(DType.FLOAT64, 3), c = NDArray.ones(DType.INT64, 1);
        PyList l = PyList.empty(null);
        for (int i = 0; i < 5; i++) PyList.appendObject(l, i % 2 == 0 ? a : b); // grows past the first capacity
        PyList.insertObject(l, -1, c);
        PyList.insertObject(l, 100, c);
        assertEquals(7, PyList.len(l));
        assertSame(c, PyList.getObject(l, -3, POS)); // insert(-1, c) goes before the last item, as in Python
        assertSame(a, PyList.getObject(l, -2, POS));
        assertSame(c, PyList.popObject(l, -1, POS));
        assertSame(a, PyList.popObject(l, 0, POS));
        assertEquals(List.of(b, a, b, c, a), l.objects());
        PyList.reverse(l);
        assertEquals(List.of(a, c, b, a, b), l.objects());
        assertEquals(List.of(b, b, a), PyList.slice(l, -1, true, 0, false, -2, POS).objects());
        PyList twice = PyList.repeat(PyList.slice(l, 0, true, 2, true, 1, POS), 2);
        assertEquals(List.of(a, c, a, c), twice.objects());
        PyList.extend(twice, twice);
        assertEquals(8, PyList.len(twice));
        assertEquals(List.of(a, c, b, a, b, a, c, a, c, a, c, a, c), PyList.concat(l, twice).objects().subList(0, 13));
        PyList.setObject(l, 1, b, POS);
        assertSame(b, l.get(1, POS));
        PyList.clear(l);
        assertEquals(0, PyList.len(l));
        KernelRuntimeError empty = assertThrows(KernelRuntimeError.class, () -> PyList.popObject(l, -1, POS));
        assertEquals("IndexError", empty.pythonName());
        assertThrows(KernelRuntimeError.class, () -> PyList.getObject(twice, 8, POS));
    }

    @Test
    void tuplesCompareAsPythonComparesThem() {
        PyList l = PyList.ofObjects(new Object[] {pair(3, 2.5), pair(1, 4.5), pair(1, 1.0), pair(3, 2.5)});
        assertTrue(PyList.containsObject(l, new Object[] {1L, 4.5}));
        assertTrue(PyList.containsObject(l, new Object[] {1.0, 4.5}), "(1.0, 4.5) == (1, 4.5) in Python");
        assertFalse(PyList.containsObject(l, new Object[] {1L, 4.5, 0L}));
        assertEquals(2, PyList.indexObject(l, pair(1, 1.0), 0, Long.MAX_VALUE, POS));
        assertEquals(3, PyList.indexObject(l, pair(3, 2.5), 1, Long.MAX_VALUE, POS));
        assertEquals("ValueError", assertThrows(KernelRuntimeError.class,
                () -> PyList.indexObject(l, pair(9, 0), 0, Long.MAX_VALUE, POS)).pythonName());
        assertEquals(2, PyList.countObject(l, pair(3, 2.5)));
        PyList.removeObject(l, pair(3, 2.5), POS);
        assertEquals("[(1, 4.5), (1, 1.0), (3, 2.5)]", l.toString());
        PyList.sort(l, false);
        assertEquals("[(1, 1.0), (1, 4.5), (3, 2.5)]", l.toString());
        PyList.sort(l, true);
        assertEquals("[(3, 2.5), (1, 4.5), (1, 1.0)]", l.toString());
        NDArray rows = PyList.toArray(l, DType.FLOAT64, 2, POS);
        assertEquals(4.5, rows.getDouble(1, 1));
        assertEquals(3.0, rows.getDouble(0, 0));
        assertEquals("IndexError", assertThrows(KernelRuntimeError.class,
                () -> PyList.toArray(PyList.empty(null), DType.INT64, 2, POS)).pythonName());
    }

    @Test
    void equalityIsWhatReflectionAsks() {
        NDArray a = NDArray.ones(DType.FLOAT64, 2);
        assertEquals(PyList.ofObjects(new Object[] {a, pair(1, 2)}), PyList.ofObjects(new Object[] {a, pair(1, 2)}));
        assertNotEquals(PyList.ofObjects(new Object[] {a}), PyList.ofObjects(new Object[] {NDArray.ones(DType.FLOAT64, 2)}),
                "another array with the same contents is another item");
        assertNotEquals(PyList.ofObjects(new Object[] {a}), PyList.ofObjects(new Object[] {a, a}));
        PyList nested = PyList.ofObjects(new Object[] {PyList.ofLongs(DType.INT64, new long[] {1, 2})});
        assertEquals(List.of(List.of(1L, 2L)), nested.toBoundary());
        assertEquals("[[1, 2]]", nested.toString());
    }
}
