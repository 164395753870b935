package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.interp.Interpreter;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import static io.jumba.typing.Kernels.infer;
import static io.jumba.typing.Kernels.parse;
import static org.junit.jupiter.api.Assertions.*;

/** Whole kernels typed here and run by the reference interpreter give the values Numba 0.56 gave for them. */
class NumbaParityTest {

    @Test
    void scalarOperators() {
        String src = """
                def mixed(a, b, x):
                    return a // b, a % b, x // 2, x % -2.0, a ** 2, 2 ** 10, -a // 3, a / b, (a << 3) >> 1, a ^ 5
                """;
        Object[] r = (Object[]) Interpreter.run(infer(src, "mixed", Type.INT64, Type.INT64, Type.FLOAT64), -7L, 2L, 5.5);
        assertArrayEquals(new Object[] {-4L, 1L, 2.0, -0.5, 49L, 1024L, 2L, -3.5, -28L, -4L}, r);
    }

    @Test
    void loopsWithNegativeStepsAndWhile() {
        String src = """
                def loops(n):
                    s = 0
                    for i in range(n, -1, -3):
                        s = s * 2 + i
                    k = 0
                    while k < 100:
                        k = k * 3 + 1
                    return s, k, i
                """;
        assertArrayEquals(new Object[] {117L, 121L, 1L}, (Object[]) Interpreter.run(infer(src, "loops", Type.INT64), 10L));
    }

    @Test
    void arrayExpressions() {
        String src = """
                def arrs(a, m):
                    b = a * 2 - 1
                    c = np.where(b > 0, b, -b)
                    return c.sum(), np.sum(m, axis=0), m.T[1, 0], m[1:, 0].sum(), np.dot(m, a[:2])
                """;
        NDArray a = NDArray.empty(DType.FLOAT64, 5);
        for (int i = 0; i < 5; i++) a.setDouble(i, i);
        NDArray m = NDArray.empty(DType.FLOAT64, 3, 2);
        for (int i = 0; i < 3; i++) for (int j = 0; j < 2; j++) m.setDouble(i + 3 * j, i, j);
        Object[] r = (Object[]) Interpreter.run(infer(src, "arrs", parse("float64[::1]"), parse("float64[:, ::1]")), a, m);
        assertEquals(17.0, r[0]);
        NDArray colSums = (NDArray) r[1];
        assertEquals(3.0, colSums.getDouble(0));
        assertEquals(12.0, colSums.getDouble(1));
        assertEquals(3.0, r[2]);
        assertEquals(3.0, r[3]);
        NDArray mv = (NDArray) r[4];
        assertEquals(3.0, mv.getDouble(0));
        assertEquals(4.0, mv.getDouble(1));
        assertEquals(5.0, mv.getDouble(2));
    }
}
