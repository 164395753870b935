package io.jumba.typing;

import io.jumba.array.NDArray;
import io.jumba.dispatch.Dispatcher;
import io.jumba.dispatch.Pipeline;
import io.jumba.frontend.Parser;
import io.jumba.frontend.ast.Module;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code in} / {@code not in} on tuples, ranges and arrays, compiled and interpreted. Goldens: Numba 0.56 and
 * CPython agree on every call below.
 */
class MembershipTest {
    private static final String SOURCE = """
            import numpy as np
            from numba import njit


            @njit
            def in_tuple(x):
                return x in (1, 3, 5), x not in (2, 4)


            @njit
            def in_range(x, n):
                return x in range(n), x in range(1, n, 3), x not in range(n, 0, -2)


            @njit
            def in_array(x, a):
                return x in a
            """;

    @Test
    void membershipMatchesPython() {
        Module m = Parser.parse(SOURCE, "membership.py");
        for (boolean compiled : new boolean[] {true, false}) {
            String how = compiled ? "compiled" : "interpreted";
            assertArrayEquals(new Object[] {true, true}, (Object[]) run(m, "in_tuple", compiled, 3L), how);
            assertArrayEquals(new Object[] {false, false}, (Object[]) run(m, "in_tuple", compiled, 4L), how);
            assertArrayEquals(new Object[] {true, true, false}, (Object[]) run(m, "in_range", compiled, 4L, 10L), how);
            assertArrayEquals(new Object[] {true, true, true}, (Object[]) run(m, "in_range", compiled, 7L, 10L), how);
            assertArrayEquals(new Object[] {false, false, true}, (Object[]) run(m, "in_range", compiled, -1L, 10L), how);
            assertArrayEquals(new Object[] {false, false, false}, (Object[]) run(m, "in_range", compiled, 10L, 10L), how);
            assertEquals(true, run(m, "in_array", compiled, 2.0, NDArray.arange(5).astype(io.jumba.array.DType.FLOAT64)), how);
            assertEquals(false, run(m, "in_array", compiled, 2.5, NDArray.arange(5).astype(io.jumba.array.DType.FLOAT64)), how);
        }
    }

    private static Object run(Module m, String function, boolean compiled, Object... args) {
        Dispatcher d = new Dispatcher(m, function, Pipeline.standard(), false);
        return compiled ? d.call(args) : d.interpret(args);
    }
}
