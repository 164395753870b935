package io.jumba.ufunc;

import io.jumba.array.NDArray;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code @vectorize} signature lists written with Numba's type objects instead of strings. */
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
}
