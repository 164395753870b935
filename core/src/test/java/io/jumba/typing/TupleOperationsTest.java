package io.jumba.typing;

import io.jumba.dispatch.Dispatcher;
import io.jumba.dispatch.Pipeline;
import io.jumba.frontend.Parser;
import io.jumba.frontend.ast.Module;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/**
 * Tuple concatenation, repetition by a constant, constant slices, comparisons, len and bool, compiled and
 * interpreted. Goldens: Numba 0.56 and CPython agree on every call below.
 */
class TupleOperationsTest {
    private static final String SOURCE = """
            from numba import njit


            @njit
            def slices(x):
                t = (1, x, 3, 4, 5)
                return t[1:3], t[::-1], t[-2:], t[::2], len(t[1:])


            @njit
            def compares(a, b):
                t = (1, a)
                u = (1, b)
                return t == u, t != u, t < u, t <= u, t > u, t >= u, (1, 2, 3) < (1, 2)


            @njit
            def truth(n):
                t = ()
                u = (n,)
                return bool(u), bool(t), len(u) + len(t)


            @njit
            def concat(x):
                return (1, 2) + (x, 4.5), (x,) + (x, x)


            @njit
            def repeat(x):
                return (1, 2) * 2
            """;

    @Test
    void tupleOperationsMatchPython() {
        Module m = Parser.parse(SOURCE, "tuples.py");
        for (boolean compiled : new boolean[] {true, false}) {
            String how = compiled ? "compiled" : "interpreted";
            assertArrayEquals(new Object[] {new Object[] {7L, 3L}, new Object[] {5L, 4L, 3L, 7L, 1L}, new Object[] {4L, 5L},
                    new Object[] {1L, 3L, 5L}, 4L}, (Object[]) run(m, "slices", compiled, 7L), how);
            assertArrayEquals(new Object[] {false, true, true, true, false, false, false},
                    (Object[]) run(m, "compares", compiled, 2L, 3L), how);
            assertArrayEquals(new Object[] {true, false, false, true, false, true, false},
                    (Object[]) run(m, "compares", compiled, 3L, 3L), how);
            assertArrayEquals(new Object[] {true, false, 1L}, (Object[]) run(m, "truth", compiled, 1L), how);
            assertArrayEquals(new Object[] {new Object[] {1L, 2L, 3L, 4.5}, new Object[] {3L, 3L, 3L}},
                    (Object[]) run(m, "concat", compiled, 3L), how);
            assertArrayEquals(new Object[] {1L, 2L, 1L, 2L}, (Object[]) run(m, "repeat", compiled, 3L), how);
        }
    }

    private static Object run(Module m, String function, boolean compiled, Object... args) {
        Dispatcher d = new Dispatcher(m, function, Pipeline.standard(), false);
        return compiled ? d.call(args) : d.interpret(args);
    }
}
