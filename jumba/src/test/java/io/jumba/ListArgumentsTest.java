package io.jumba;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Lists and dicts at the Java API: a java.util.List of boxed numbers is a list argument whose changes come back into
 * it (as Numba reflects a list argument), a java.util.Map of boxed numbers a typed dict whose changes come back into
 * it (a typed dict is shared with its caller in Numba), and lists and dicts come back as java.util.List and
 * java.util.Map.
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
            def tally(d, keys):
                for k in keys:
                    d[k] = d.get(k, 0.0) + 1.0
                return len(d)

            @njit
            def lookup(d, k):
                return d[k]

            @njit
            def move_to_end(d, k):
                d[k] = d.pop(k)

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

    @Test
    void aMapArgumentIsATypedDictAndGetsTheKernelsChanges() {
        for (boolean interpreted : new boolean[] {false, true}) {
            Map<Object, Object> d = new LinkedHashMap<>();
            d.put(7, 0.5);   // an Integer key is the int64 key 7
            Kernel tally = MODULE.function("tally");
            Object n = interpreted ? tally.interpret(d, List.of(7, 2, 2)) : tally.call(d, List.of(7, 2, 2));
            assertEquals(2L, n);
            Map<Object, Object> expected = new LinkedHashMap<>();
            expected.put(7L, 1.5);
            expected.put(2L, 2.0);
            assertEquals(expected, d);
            assertEquals(List.of(7L, 2L), new ArrayList<>(d.keySet()));
        }
    }

    @Test
    void aMapGetsTheKernelsOrderAndAnUnmodifiableMapThatOnlyReads() {
        Map<Object, Object> d = new LinkedHashMap<>();
        d.put(1L, 10L);
        d.put(2L, 20L);
        MODULE.function("move_to_end").call(d, 1);
        assertEquals(List.of(2L, 1L), new ArrayList<>(d.keySet()), "the dict's order after pop and insert");
        assertEquals(20L, MODULE.function("lookup").call(Map.of(2, 20, 3, 30), 2));
        assertEquals(2.5, MODULE.function("lookup").call(Map.of(true, 2.5), true));
        io.jumba.diag.JumbaException missing = assertThrows(io.jumba.diag.JumbaException.class, () -> MODULE.function("lookup").call(Map.of(2, 20), 5));
        assertEquals("KeyError", missing.pythonName());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class, () -> MODULE.function("lookup").call(Map.of(), 5));
        assertEquals("cannot type an empty dict's keys argument (Numba cannot either)", empty.getMessage());
        assertThrows(IllegalArgumentException.class, () -> MODULE.function("lookup").call(Map.of("a", 1), 5));
    }
}
