package io.jumba.frontend;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.UnsupportedError;
import io.jumba.dispatch.Dispatcher;
import io.jumba.dispatch.Pipeline;
import io.jumba.frontend.ast.Module;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Signatures written as Numba users write them: type objects, lists of them, abbreviated strings. Goldens from
 * Numba 0.56: {@code h(np.arange(3.0), 2)} is 4.0, {@code g(np.arange(3.0), 1)} is 1.0, {@code k(7)} is 7 (an int32).
 */
class TypeObjectSignaturesTest {
    private static final String SOURCE = """
            import numba
            from numba import njit, float64, int64, int32, void, types


            @njit(float64(float64[:], int64))
            def h(a, n):
                return a[n] * 2


            @njit("f8(f8[:], i8)")
            def g(a, n):
                return a[n]


            @njit(numba.int32(numba.int32))
            def k(n):
                return n


            @njit([int64(int64, int64), float64(float64, float64)])
            def add(x, y):
                return x + y


            @njit(void(types.float64[:, ::1], float64))
            def fill(m, v):
                m[:] = v


            @njit(types.UniTuple(float64, 2)(int64, int64))
            def pair(a, b):
                return a // b, a % b


            @njit([(int64[:], int64)])
            def args_only(a, n):
                return a[n]
            """;

    @Test
    void typeObjectsRenderAsSignatureStrings() {
        Module m = Parser.parse(SOURCE, "sigs.py");
        assertEquals(List.of("float64(float64[:], int64)"), Decorators.jitSignatures(m, m.function("h")));
        assertEquals(List.of("int32(int32)"), Decorators.jitSignatures(m, m.function("k")));
        assertEquals(List.of("int64(int64, int64)", "float64(float64, float64)"), Decorators.jitSignatures(m, m.function("add")));
        assertEquals(List.of("void(float64[:, ::1], float64)"), Decorators.jitSignatures(m, m.function("fill")));
        assertEquals(List.of("UniTuple(float64, 2)(int64, int64)"), Decorators.jitSignatures(m, m.function("pair")));
        assertEquals(List.of("(int64[:], int64)"), Decorators.jitSignatures(m, m.function("args_only")));
        UnsupportedError e = assertThrows(UnsupportedError.class, () -> {
            Module bad = Parser.parse("from numba import njit\n@njit(float64(float64))\ndef f(x):\n    return x\n", "bad.py");
            Decorators.jitSignatures(bad, bad.function("f"));
        });
        assertEquals("write a signature as a string or with numba's type objects, e.g. float64(float64[:], int64)", e.detail());
    }

    @Test
    void kernelsWithTypeObjectSignaturesRun() {
        Module m = Parser.parse(SOURCE, "sigs.py");
        NDArray a = NDArray.arange(3).astype(DType.FLOAT64);
        assertEquals(4.0, new Dispatcher(m, "h", Pipeline.standard(), false).call(a, 2L));
        assertEquals(1.0, new Dispatcher(m, "g", Pipeline.standard(), false).call(a, 1L));
        assertEquals(7, new Dispatcher(m, "k", Pipeline.standard(), false).call(7L));
        assertEquals(5.5, new Dispatcher(m, "add", Pipeline.standard(), false).call(2.5, 3.0));
    }
}
