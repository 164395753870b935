package io.jumba;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Lists at the Java API: a java.util.List of boxed numbers is a list argument whose changes come back into it (as
 * Numba reflects a list argument), and lists and dicts come back as java.util.List and java.util.Map.
 */
class ListArgumentsTest {
    private static final KernelModule MODULE = Jumba.jit("""
            from numba import njit, types
            from numba.typed import Dict

            @njit
            def grow(l, n):
                for i in range(n):
                    l.append(l[-1] * 2)
                l[0] = -l[0]
                return len(l)

            @njit
            def total(l):
                s = 0.0
                for x in l:
                    s += x
                return s

            @njit
            def evens(n):
                return [i for i in range(n) if i % 2 == 0]

            @njit
            def counts(l):
                d = Dict.empty(key_type=types.int64, value_type=types.int64)
                for x in l:
                    d[x] = d.get(x, 0) + 1
                return d
            """);

    @Test
    void aListArgumentGetsTheKernelsChanges() {
        for (boolean interpreted : new boolean[] {false, true}) {
            List<Object> l = new ArrayList<>(List.of(1L, 3L));
            Kernel grow = MODULE.function("grow");
            Object n = interpreted ? grow.interpret(l, 2) : grow.call(l, 2);
            assertEquals(4L, n);
            assertEquals(List.of(-1L, 3L, 6L, 12L), l);
        }
    }

    @Test
    void listsOfFloatsAndUnmodifiableListsThatOnlyRead() {
        assertEquals(4.0, MODULE.function("total").call(List.of(1.5, 2.5)));
        assertEquals(6.0, MODULE.function("total").call(List.of(1, 2, 3)));
        assertThrows(IllegalArgumentException.class, () -> MODULE.function("total").call(List.of()));
    }

    @Test
    void listsAndDictsComeBackAsJavaCollections() {
        assertEquals(List.of(0L, 2L, 4L), MODULE.function("evens").call(5));
        Map<Object, Object> expected = new LinkedHashMap<>();
        expected.put(3L, 2L);
        expected.put(1L, 1L);
        assertEquals(expected, MODULE.function("counts").call(List.of(3, 1, 3)));
        assertEquals(List.of(3L, 1L), new ArrayList<>(((Map<?, ?>) MODULE.function("counts").call(List.of(3, 1, 3))).keySet()));
    }
}
