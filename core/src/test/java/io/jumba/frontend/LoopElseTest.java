package io.jumba.frontend;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.dispatch.Dispatcher;
import io.jumba.dispatch.Pipeline;
import io.jumba.frontend.ast.Module;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code for ... else} and {@code while ... else}, compiled and interpreted. Goldens from CPython and Numba 0.56
 * (both print {@code 1 -1 7 97 1 1000 1110 -10 90} for the calls below).
 */
class LoopElseTest {
    private static final String SOURCE = """
            from numba import njit
            
            
            @njit
            def find(a, x):
                for i in range(a.shape[0]):
                    if a[i] == x:
                        break
                else:
                    return -1
                return i
            
            
            @njit
            def first_factor(n):
                k = 2
                while k * k <= n:
                    if n % k == 0:
                        break
                    k += 1
                else:
                    k = n
                return k
            
            
            @njit
            def nested(n):
                count = 0
                for i in range(n):
                    for j in range(n):
                        if j > i:
                            break
                        count += 1
                    else:
                        count += 100
                else:
                    count += 1000
                return count
            
            
            @njit
            def empty_loop(n):
                s = 0
                for i in range(n):
                    s += i
                else:
                    s -= 1
                while n < 0:
                    n += 1
                else:
                    s *= 10
                return s
            """;

    @Test
    void theElseBlockRunsWhenTheLoopEndsWithoutBreak() {
        Module m = Parser.parse(SOURCE, "loop_else.py");
        NDArray a = NDArray.empty(DType.FLOAT64, 5);
        double[] values = {3.0, 1.0, 4.0, 1.0, 5.0};
        for (int i = 0; i < values.length; i++) a.setDouble(values[i], i);
        for (boolean compiled : new boolean[] {true, false}) {
            String how = compiled ? "compiled" : "interpreted";
            assertEquals(1L, run(m, "find", compiled, a, 1.0), how);
            assertEquals(-1L, run(m, "find", compiled, a, 9.0), how);
            assertEquals(7L, run(m, "first_factor", compiled, 91L), how);
            assertEquals(97L, run(m, "first_factor", compiled, 97L), how);
            assertEquals(1L, run(m, "first_factor", compiled, 1L), how);
            assertEquals(1000L, run(m, "nested", compiled, 0L), how);
            assertEquals(1110L, run(m, "nested", compiled, 4L), how);
            assertEquals(-10L, run(m, "empty_loop", compiled, 0L), how);
            assertEquals(90L, run(m, "empty_loop", compiled, 5L), how);
        }
    }

    private static Object run(Module m, String function, boolean compiled, Object... args) {
        Dispatcher d = new Dispatcher(m, function, Pipeline.standard(), false);
        return compiled ? d.call(args) : d.interpret(args);
    }
}
