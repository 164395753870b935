package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.dispatch.Dispatcher;
import io.jumba.dispatch.Pipeline;
import io.jumba.frontend.Parser;
import io.jumba.frontend.ast.Module;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code for} over enumerate, zip, range inside them, tuples and the rows of a 2-d array, with tuple targets,
 * compiled and interpreted. Goldens: CPython and Numba 0.56 give the same values for these calls.
 */
class IterationTest {
    private static final String SOURCE = """
            import numpy as np
            from numba import njit
            
            
            @njit
            def weighted_index_sum(a):
                s = 0.0
                for i, x in enumerate(a):
                    s += i * x
                return s
            
            
            @njit
            def enumerate_from(a, start):
                s = 0
                for k, x in enumerate(a, start):
                    s += k * x
                t = 0
                for k, x in enumerate(a, -start):
                    t -= k
                return s, t
            
            
            @njit
            def dot_zip(a, b):
                s = 0.0
                for x, y in zip(a, b):
                    s += x * y
                return s
            
            
            @njit
            def zip_three(a, b):
                s = 0.0
                for i, x, y in zip(range(10, 0, -3), a, b):
                    s += i * (x - y)
                return s
            
            
            @njit
            def rows(m):
                s = 0.0
                for r, row in enumerate(m):
                    for x in row:
                        s += r * x
                return s
            
            
            @njit
            def over_tuple(n):
                s = 0
                for w in (3, 5, 7):
                    s = s * 10 + w * n
                return s
            
            
            @njit
            def nested_unpack(a):
                s = 0.0
                for i, (x, y) in enumerate(zip(a, a[1:])):
                    s += i * (y - x)
                return s
            
            
            @njit
            def tuple_of_zip(a, b):
                best = 0.0
                for pair in zip(a, b):
                    if pair[0] * pair[1] > best:
                        best = pair[0] * pair[1]
                return best
            
            
            @njit
            def reassigned_index(a):
                s = 0
                for i, x in enumerate(a):
                    i += 10
                    s += i
                return s, i


            @njit
            def empty_range_zip(a):
                c = 0
                for i, x in zip(range(5, 5), a):
                    c += 1
                for i, x in zip(range(0, 100, 7), a):
                    c += i
                return c
            """;

    @Test
    void loopsOverIterablesGiveCPythonsValues() {
        Module m = Parser.parse(SOURCE, "iteration.py");
        NDArray a = array(1.5, -2.0, 3.25, 4.0, -0.5), b = array(2.0, 0.5, -1.0, 3.0);
        NDArray ia = NDArray.empty(DType.INT64, 5);
        long[] ints = {3, 1, 4, 1, 5};
        for (int i = 0; i < ints.length; i++) ia.setLong(ints[i], i);
        NDArray m2 = NDArray.empty(DType.FLOAT64, 2, 3);
        for (int i = 0; i < 6; i++) m2.setDouble(i, i / 3, i % 3);
        for (boolean compiled : new boolean[] {true, false}) {
            String how = compiled ? "compiled" : "interpreted";
            assertEquals(14.5, run(m, "weighted_index_sum", compiled, a), how);
            assertArrayEquals(new Object[] {74L, 5L}, (Object[]) run(m, "enumerate_from", compiled, ia, 3L), how);
            assertEquals(10.75, run(m, "dot_zip", compiled, a, b), how);
            assertEquals(-4.5, run(m, "zip_three", compiled, a, b), how);
            assertEquals(12.0, run(m, "rows", compiled, m2), how);
            assertEquals(714L, run(m, "over_tuple", compiled, 2L), how);
            assertEquals(-6.75, run(m, "nested_unpack", compiled, a), how);
            assertEquals(12.0, run(m, "tuple_of_zip", compiled, a, b), how);
            assertEquals(70L, run(m, "empty_range_zip", compiled, a), how);
            assertArrayEquals(new Object[] {60L, 14L}, (Object[]) run(m, "reassigned_index", compiled, a), how);
        }
    }

    private static NDArray array(double... values) {
        NDArray a = NDArray.empty(DType.FLOAT64, values.length);
        for (int i = 0; i < values.length; i++) a.setDouble(values[i], i);
        return a;
    }

    private static Object run(Module m, String function, boolean compiled, Object... args) {
        Dispatcher d = new Dispatcher(m, function, Pipeline.standard(), false);
        return compiled ? d.call(args) : d.interpret(args);
    }
}
