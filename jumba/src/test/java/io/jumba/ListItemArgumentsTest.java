package io.jumba;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lists of arrays and of tuples at the Java API: a java.util.List of NDArrays or of Object[] tuples is a list argument
 * whose changes come back into it (Numba's reflected list), its arrays are the caller's own (a write through the
 * list changes them), and lists of arrays and tuples come back as java.util.Lists of NDArrays and Object[]s.
 */
class ListItemArgumentsTest {
    private static final KernelModule MODULE = Jumba.jit("""
            import numpy as np
            from numba import njit

            @njit
            def scale_first(arrays, k):
                arrays[0][0] = k
                arrays.append(arrays[-1] * k)
                return len(arrays)

            @njit
            def weighted(pairs):
                s = 0.0
                for i, w in pairs:
                    s += i * w
                pairs.append((len(pairs), 0.25))
                return s

            @njit
            def total(arrays):
                s = 0.0
                for a in arrays:
                    s += a.sum()
                return s

            @njit
            def same(arrays):
                return arrays[1], [(i, a.shape[0]) for i, a in enumerate(arrays)]
            """);

    @Test
    void aListOfArraysIsTheCallersArraysAndGetsTheKernelsChanges() {
        for (boolean interpreted : new boolean[] {false, true}) {
            NDArray a = NDArray.arange(3.0, 6.0, 1.0), b = NDArray.ones(DType.FLOAT64, 2);
            List<Object> l = new ArrayList<>(List.of(a, b));
            Kernel k = MODULE.function("scale_first");
            assertEquals(3L, interpreted ? k.interpret(l, 2.0) : k.call(l, 2.0));
            assertEquals(2.0, a.getDouble(0), "the kernel wrote into the caller's array");
            assertEquals(3, l.size());
            assertSame(a, l.get(0));
            assertSame(b, l.get(1));
            NDArray appended = assertInstanceOf(NDArray.class, l.get(2));
            assertEquals(2.0, appended.getDouble(1));
        }
    }

    @Test
    void aListOfTuplesGetsTheKernelsChanges() {
        for (boolean interpreted : new boolean[] {false, true}) {
            List<Object> l = new ArrayList<>(List.of(new Object[] {1, 0.5}, new Object[] {3L, 2.0}));
            Kernel k = MODULE.function("weighted");
            assertEquals(6.5, interpreted ? k.interpret(l) : k.call(l));
            assertEquals(3, l.size());
            assertArrayEquals(new Object[] {2L, 0.25}, (Object[]) l.get(2));
        }
    }

    @Test
    void anUnmodifiableListThatOnlyReadsAndResultsAsJavaLists() {
        NDArray a = NDArray.arange(4.0, 0.0, -1.0), b = NDArray.ones(DType.FLOAT64, 2);
        assertEquals(12.0, MODULE.function("total").call(List.of(a, b)));
        Object[] r = (Object[]) MODULE.function("same").call(List.of(a, b));
        assertSame(b, r[0], "an array read from a list is the array itself, not a copy");
        List<?> pairs = assertInstanceOf(List.class, r[1]);
        assertEquals(2, pairs.size());
        assertArrayEquals(new Object[] {1L, 2L}, (Object[]) pairs.get(1));
    }

    @Test
    void listsNumbaCannotReflectAreRefused() {
        NDArray f = NDArray.ones(DType.FLOAT64, 2), i = NDArray.ones(DType.INT64, 2);
        IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class, () -> MODULE.function("total").call(List.of(f, i)));
        assertTrue(mixed.getMessage().startsWith("can't unbox heterogeneous list"), mixed.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MODULE.function("total").call(List.of(f, List.of(1))));
        assertThrows(IllegalArgumentException.class, () -> MODULE.function("total").call(List.of(new double[] {1})));
        assertThrows(IllegalArgumentException.class, () -> MODULE.function("total").call(List.of(List.of(1.0))));
    }
}
