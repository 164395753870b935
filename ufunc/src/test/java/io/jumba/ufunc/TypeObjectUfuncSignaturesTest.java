package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code @vectorize}/{@code @guvectorize} signature lists written with Numba's type objects instead of strings. */
class TypeObjectUfuncSignaturesTest {
    @Test
    void typeObjectSignaturesBuildTheUfuncLoops() {
        VectorizedModule m = VectorizedModule.of("""
                from numba import vectorize, float64, int64

                @vectorize([int64(int64, int64), float64(float64, float64)])
                def mul_add(x, y):
                    return x * y + 1
                """, "<string>");
        NDArray r = (NDArray) m.ufunc("mul_add").call(NDArray.of(new double[] {1.5, 2.0}, 2), NDArray.of(new double[] {2.0, -3.0}, 2));
        assertEquals(4.0, r.getDouble(0));
        assertEquals(-5.0, r.getDouble(1));
        NDArray i = (NDArray) m.ufunc("mul_add").call(NDArray.wrap(new long[] {3, 4}), NDArray.wrap(new long[] {5, 6}));
        assertEquals(16L, i.getLong(0));
        assertEquals(25L, i.getLong(1));
    }

    @Test
    void tupleSignaturesGiveTheArgumentTypesAlone() {
        // Numba 0.56 takes a tuple of argument types in a signature list: a @vectorize loop's output is the type
        // inferred for them, a @guvectorize's return is void.
        VectorizedModule m = VectorizedModule.of("""
                from numba import vectorize, guvectorize, float64, int64

                @vectorize([(int64, int64), (float64, float64)])
                def mul(x, y):
                    return x * y

                @vectorize([(int64, float64)])
                def half(x, y):
                    return x / y

                @guvectorize([(int64[:], int64, int64[:])], '(n),()->(n)')
                def shifted(x, y, res):
                    for i in range(x.shape[0]):
                        res[i] = x[i] + y
                """, "<string>");
        assertEquals(List.of("ll->l", "dd->d"), m.ufunc("mul").types());
        assertEquals(List.of("ld->d"), m.ufunc("half").types());
        NDArray i = (NDArray) m.ufunc("mul").call(NDArray.wrap(new long[] {3, 4}), NDArray.wrap(new long[] {5, -6}));
        assertEquals(DType.INT64, i.dtype());
        assertEquals(-24L, i.getLong(1));
        NDArray d = (NDArray) m.ufunc("half").call(NDArray.wrap(new long[] {3, 4}), NDArray.of(new double[] {2.0, 8.0}, 2));
        assertEquals(1.5, d.getDouble(0));
        NDArray r = (NDArray) m.gufunc("shifted").call(NDArray.wrap(new long[] {0, 1, 2, 3, 4}), 2L);
        assertEquals(DType.INT64, r.dtype());
        for (int k = 0; k < 5; k++) assertEquals(k + 2L, r.getLong(k));
    }
}
