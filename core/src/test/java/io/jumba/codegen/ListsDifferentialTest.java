package io.jumba.codegen;

import io.jumba.diag.KernelRuntimeError;
import io.jumba.frontend.Parser;
import io.jumba.ir.Program;
import io.jumba.types.Signature;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lists and typed dicts through both backends; expected values are CPython's (and Numba 0.56's). */
class ListsDifferentialTest {
    private static final String SRC = """
            import numpy as np
            from numba import njit, types
            from numba.typed import List, Dict

            @njit
            def squares(n):
                return [x * x for x in range(n) if x % 2 == 0]

            @njit
            def grow(n):
                l = []
                for i in range(n):
                    l.append(i)
                l.append(2.5)
                return l

            @njit
            def edits():
                l = [1, 2, 3]
                a = l.pop()
                b = l.pop(0)
                l.insert(0, 9)
                l.extend([4, 5])
                l[1] += 10
                return a * 100 + b * 10 + len(l), l

            @njit
            def slices(n):
                l = list(range(n))
                s = 0
                for x in l[1:-1]:
                    s += x
                return s, l[::2], l[-1], sum(l), min(l), max(l), 3 in l, 2.5 in l

            @njit
            def to_array(n):
                return np.array([i * 0.5 for i in range(n)])

            @njit
            def index(i):
                l = [1, 2, 3]
                return l[i]

            @njit
            def dicts(n):
                d = Dict.empty(key_type=types.int64, value_type=types.float64)
                for i in range(n):
                    d[i * 2] = i * 1.5
                s = 0.0
                for k in d:
                    s += k
                for k, v in d.items():
                    s += v
                return s, len(d), 2 in d, 3 in d, d.get(7, -1.0), d.pop(2), len(d), d[4]

            @njit
            def missing(k):
                d = Dict.empty(key_type=types.int64, value_type=types.float64)
                d[1] = 2.0
                return d[k]

            @njit
            def typed_list():
                l = List.empty_list(types.int64)
                l.append(3)
                l.append(4)
                return l[0] + l[1], len(l)

            @njit
            def two_comprehensions(n):
                a = [i * 0.5 for i in range(n)]
                b = [int(x) for x in a if x > 0]
                c = [j for j in range(n)]
                return a, b, c

            @njit
            def comprehension_scope():
                x = 2.5
                l = [x for x in range(3)]
                return x, l
            """;

    private static Program typed(String fn, String... types) {
        return TypeInference.specialize(Parser.parse(SRC, "k.py"), fn, Arrays.stream(types).map(Signature::parseType).toList());
    }

    private static String run(String fn, Object... args) {
        String[] types = Arrays.stream(args).map(a -> Signature.typeOf(a).toString()).toArray(String[]::new);
        return io.jumba.array.PythonRepr.of(Differential.run(typed(fn, types), args));
    }

    @Test
    void listsAsPythonComputesThem() {
        assertEquals("[0, 4, 16]", run("squares", 5L));
        assertEquals("[0.0, 1.0, 2.0, 2.5]", run("grow", 3L));
        assertEquals("(314, [9, 12, 4, 5])", run("edits"));
        assertEquals("(6, [0, 2, 4], 4, 10, 0, 4, True, False)", run("slices", 5L));
        assertEquals("array([0. , 0.5, 1. ])", run("to_array", 3L));
        assertEquals("3", run("index", -1L));
        assertEquals("(7, 2)", run("typed_list"));
        assertEquals("(2.5, [0, 1, 2])", run("comprehension_scope"));
        assertEquals("([0.0, 0.5, 1.0, 1.5], [0, 1, 1], [0, 1, 2, 3])", run("two_comprehensions", 4L));
    }

    @Test
    void indexOutOfRangeNamesTheLine() {
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> run("index", 3L));
        assertEquals("IndexError", e.pythonName());
        assertTrue(e.getMessage().contains("list index out of range") && e.getMessage().contains("k.py:42"), e.getMessage());
    }

    @Test
    void typedDicts() {
        assertEquals("(10.5, 3, True, False, -1.0, 1.5, 2, 3.0)", run("dicts", 3L));
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> run("missing", 5L));
        assertEquals("KeyError", e.pythonName());
    }
}
