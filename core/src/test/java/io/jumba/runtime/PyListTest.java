package io.jumba.runtime;

import io.jumba.array.DType;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.source.SourcePos;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runtime's list and dict against CPython's answers (slices, insert positions, pops, keys of -0.0). */
class PyListTest {
    private static final SourcePos POS = SourcePos.NONE;

    private static PyList ints(long... v) { return PyList.ofLongs(DType.INT64, v); }

    @Test
    void slicesClampAsPythonDoes() {
        PyList l = ints(0, 1, 2, 3, 4, 5);
        assertEquals("[1, 2, 3, 4]", PyList.slice(l, 1, true, -1, true, 1, POS).toString());
        assertEquals("[5, 3, 1]", PyList.slice(l, 0, false, 0, false, -2, POS).toString());
        assertEquals("[]", PyList.slice(l, 10, true, 20, true, 1, POS).toString());
        assertEquals("[5, 4, 3, 2, 1, 0]", PyList.slice(l, 100, true, -100, true, -1, POS).toString());
        assertEquals("[2, 1]", PyList.slice(l, -4, true, 0, true, -1, POS).toString());
        assertThrows(KernelRuntimeError.class, () -> PyList.slice(l, 0, false, 0, false, 0, POS));
    }

    @Test
    void insertPopAndGrow() {
        PyList l = PyList.empty(DType.FLOAT64);
        for (int i = 0; i < 10; i++) PyList.appendDouble(l, i * 0.5);
        PyList.insertDouble(l, -100, -1.0);
        PyList.insertDouble(l, 100, 99.0);
        PyList.insertDouble(l, -1, 7.0);
        assertEquals(13, PyList.len(l));
        assertEquals(-1.0, PyList.getDouble(l, 0, POS));
        assertEquals(7.0, PyList.getDouble(l, -2, POS));
        assertEquals(99.0, PyList.popDouble(l, -1, POS));
        assertEquals(-1.0, PyList.popDouble(l, 0, POS));
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> PyList.getDouble(l, 11, POS));
        assertEquals("IndexError", e.pythonName());
        assertThrows(KernelRuntimeError.class, () -> PyList.popLong(PyList.empty(DType.INT64), -1, POS));
        assertTrue(PyList.containsDouble(l, 4.5));
        assertTrue(PyList.containsLong(ints(1, 2), 2));
        assertFalse(PyList.containsDouble(PyList.ofDoubles(DType.FLOAT64, new double[] {Double.NaN}), Double.NaN));
    }

    @Test
    void boundaryValuesKeepTheirDType() {
        PyList l = PyList.fromBoxes(DType.INT32, List.of(1, 2L, (short) 3));
        assertEquals(List.of(1, 2, 3), l.toBoundary());
        PyList.extend(l, PyList.ofDoubles(DType.FLOAT64, new double[] {4.75}));
        assertEquals("[1, 2, 3, 4]", l.toString());
        assertEquals("[True, False]", PyList.ofBools(new boolean[] {true, false}).toString());
        assertEquals(ints(1, 2, 1, 2), PyList.repeat(ints(1, 2), 2));
        assertEquals(ints(), PyList.repeat(ints(1, 2), -1));
    }

    @Test
    void sortIsStableWithNaNsLastAndUnsignedOrder() {
        PyList f = PyList.ofDoubles(DType.FLOAT64, new double[] {2.5, Double.NaN, 0.0, -1.0, -0.0});
        PyList.sort(f, false);
        assertEquals("[-1.0, 0.0, -0.0, 2.5, nan]", f.toString());
        PyList.sort(f, true);
        assertEquals("[nan, 2.5, 0.0, -0.0, -1.0]", f.toString());
        PyList u = PyList.fromBoxes(DType.UINT64, List.of(-1L, 3L, 0L));
        PyList.sort(u, false); // 2**64 - 1 (bits -1) is the largest uint64
        assertEquals(List.of(0L, 3L, -1L), List.of(PyList.getLong(u, 0, POS), PyList.getLong(u, 1, POS), PyList.getLong(u, 2, POS)));
        PyList.reverse(u);
        assertEquals(-1L, PyList.getLong(u, 0, POS));
        assertEquals(0L, PyList.getLong(u, 2, POS));
    }

    @Test
    void searchesAsPythonDoes() {
        PyList l = ints(4, 1, 4, 2, 4);
        assertEquals(2, PyList.indexLong(l, 4, 1, Long.MAX_VALUE, POS));
        assertEquals(4, PyList.indexLong(l, 4, -2, Long.MAX_VALUE, POS));
        assertEquals(1, PyList.indexDouble(l, 1.0, -100, 100, POS));
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> PyList.indexLong(l, 2, 0, -2, POS));
        assertEquals("ValueError", e.pythonName());
        assertTrue(e.getMessage().contains("2 is not in list"), e.getMessage());
        assertEquals(3, PyList.countLong(l, 4));
        assertEquals(0, PyList.countDouble(l, 4.5));
        PyList.removeDouble(l, 4.0, POS);
        assertEquals("[1, 4, 2, 4]", l.toString());
        KernelRuntimeError r = assertThrows(KernelRuntimeError.class, () -> PyList.removeLong(l, 9, POS));
        assertTrue(r.getMessage().contains("list.remove(x): x not in list"), r.getMessage());
        PyList.clear(l);
        assertEquals("[]", l.toString());
        PyList.appendLong(l, 5);
        assertEquals("[5]", l.toString());
    }

    @Test
    void dictKeysAsPythonHashesThem() {
        PyDict d = PyDict.empty(DType.FLOAT64, DType.INT64);
        PyDict.put(d, 0.0, 1L);
        PyDict.put(d, -0.0, 2L);
        PyDict.put(d, 1L, 3L);
        assertEquals(2, PyDict.len(d));
        assertEquals(3L, PyDict.get(d, 1.0, POS));
        assertEquals("{0.0: 2, 1.0: 3}", d.toString());
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> PyDict.get(d, 2.5, POS));
        assertEquals("KeyError", e.pythonName());
        assertEquals(-1L, PyDict.popOr(d, 7.0, -1L));
        assertEquals("[0.0, 1.0]", PyDict.keys(d).toString());
    }
}
