package io.jumba.codegen;

import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.frontend.Parser;
import io.jumba.ir.Program;
import io.jumba.types.Signature;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Optional values and try statements through both backends, on the cases where Java's and Python's rules could
 * part: an optional array indexed, optionals widened, None inside a returned tuple, finally overriding a return or
 * an exception, continue and break through finally. Expected values are CPython's.
 */
class OptionalAndTryDifferentialTest {
    private static final String SRC = """
            from numba import njit

            @njit
            def arr_or_none(a, flag):
                if flag:
                    return a
                return None

            @njit
            def first_of(a, flag):
                b = arr_or_none(a, flag)
                if b is None:
                    return -1.0
                return b[0] + b[b.shape[0] - 1]

            @njit
            def widen_opt(x):
                r = None
                if x > 0:
                    r = x
                s = r
                if x > 10:
                    s = 2.5
                return s

            @njit
            def tuple_opt(x):
                if x > 0:
                    return (x, 1.5)
                return (x, None)

            @njit
            def finally_wins(x):
                try:
                    return 1
                finally:
                    if x > 0:
                        return 2

            @njit
            def finally_swallows(x):
                try:
                    raise ValueError("gone")
                finally:
                    return x

            @njit
            def while_try(n):
                i = 0
                t = 0
                while i < n:
                    i += 1
                    try:
                        if i % 3 == 0:
                            continue
                        if i == 7:
                            break
                        t += i
                    finally:
                        t += 100
                return t

            @njit
            def uncaught(x):
                try:
                    x += 1
                finally:
                    x += 1
                return 10 // (x - 2)
            """;

    private static Program typed(String fn, String... types) {
        return TypeInference.specialize(Parser.parse(SRC, "k.py"), fn, Arrays.stream(types).map(Signature::parseType).toList());
    }

    @Test
    void optionalArraysTuplesAndWidening() {
        Program first = typed("first_of", "float64[::1]", "bool");
        NDArray a = NDArray.wrap(new double[] {1.0, 2.0, 5.0});
        assertEquals(6.0, Differential.run(first, a, true));
        assertEquals(-1.0, Differential.run(first, a, false));
        Program widen = typed("widen_opt", "int64");
        assertEquals(3.0, Differential.run(widen, 3L));
        assertNull(Differential.run(widen, -3L));
        assertEquals(2.5, Differential.run(widen, 30L));
        Program tuple = typed("tuple_opt", "int64");
        assertArrayEquals(new Object[] {2L, 1.5}, (Object[]) Differential.run(tuple, 2L));
        assertArrayEquals(new Object[] {-2L, null}, (Object[]) Differential.run(tuple, -2L));
    }

    @Test
    void finallyRunsOnEveryWayOutAndItsOwnExitWins() {
        Program wins = typed("finally_wins", "int64");
        assertEquals(2L, Differential.run(wins, 1L));
        assertEquals(1L, Differential.run(wins, -1L));
        assertEquals(4L, Differential.run(typed("finally_swallows", "int64"), 4L));
        Program loop = typed("while_try", "int64");
        assertEquals(712L, Differential.run(loop, 10L));
        assertEquals(512L, Differential.run(loop, 5L));
        Program uncaught = typed("uncaught", "int64");
        assertEquals(3L, Differential.run(uncaught, 3L));
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> Differential.run(uncaught, 0L));
        assertEquals("ZeroDivisionError", e.pythonName());
    }
}
