package io.jumba.frontend;

import io.jumba.dispatch.Dispatcher;
import io.jumba.dispatch.Pipeline;
import io.jumba.frontend.ast.Module;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A name bound twice at module level means its last binding, as in Python and Numba (which resolve globals when
 * the module has run). Goldens from Numba 0.56: {@code f(2), g(2), h(5)} print {@code 60 6 -2}.
 */
class RedefinitionTest {
    private static final String SOURCE = """
            from numba import njit


            @njit
            def g(x):
                return x + 1


            @njit
            def f(x):
                return g(x) * 10


            @njit
            def g(x):
                return x * 3


            @njit
            def h(x):
                return x - 1


            G = 4


            @njit
            def h(x):
                return x - G


            def G():
                return 0


            G = 7
            """;

    @Test
    void theLastDefinitionWinsForCallersAndEntries() {
        Module m = Parser.parse(SOURCE, "redef.py");
        assertEquals(List.of("f", "g", "h"), m.functions().stream().map(d -> d.name()).toList());
        for (boolean compiled : new boolean[] {true, false}) {
            assertEquals(60L, run(m, "f", compiled, 2L), "f compiled=" + compiled);
            assertEquals(6L, run(m, "g", compiled, 2L), "g compiled=" + compiled);
            assertEquals(-2L, run(m, "h", compiled, 5L), "h compiled=" + compiled);
        }
    }

    @Test
    void aReboundConstantKeepsItsOldValueWhereItWasUsed() {
        // CPython: N = 1; N = N + 1; M = N * 10; N = 7 leaves N = 7 and M = 20.
        Module m = Parser.parse("""
                N = 1
                N = N + 1
                M = N * 10
                N = 7


                def f():
                    return N, M
                """, "rebind.py");
        for (boolean compiled : new boolean[] {true, false}) {
            assertEquals(List.of(7L, 20L), List.of((Object[]) run(m, "f", compiled)), "compiled=" + compiled);
        }
    }

    private static Object run(Module m, String function, boolean compiled, Object... args) {
        Dispatcher d = new Dispatcher(m, function, Pipeline.standard(), false);
        return compiled ? d.call(args) : d.interpret(args);
    }
}
