package io.jumba;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A function whose returns are views of different layouts (the array itself, layout C; a strided view, layout A)
 * returns layout A, as Numba unifies them, and its value is still the view: writes through it reach the argument.
 * The prelude's np.rot90 is one (k = 0 returns m itself); a kernel's own function is typed the same way. Before the
 * return was converted to the unified type, the IR verifier refused it ("return value is array(float64, 2d, C),
 * expected array(float64, 2d, A)").
 */
class PreludeViewLayoutsTest {
    private static final KernelModule M = Jumba.jit("""
            import numpy as np
            from numba import njit

            @njit
            def pick(a, k):
                if k == 0:
                    return a
                return a[::k]

            @njit
            def through_pick(a, k):
                v = pick(a, k)
                v[0] = 10.0
                return v.sum()

            @njit
            def through_rot90(m, k):
                r = np.rot90(m, k)
                r[0, 0] = -1.0
                return r
            """);

    @Test
    void aFunctionReturnsViewsOfTwoLayouts() {
        for (boolean interpreted : new boolean[] {false, true}) {
            double[] a = {1, 2, 3, 4, 5};
            NDArray x = NDArray.of(a);
            Kernel k = M.function("through_pick");
            Object same = interpreted ? k.interpret(x, 0L) : k.call(x, 0L);
            assertEquals(10.0 + 2 + 3 + 4 + 5, (Double) same);
            assertArrayEquals(new double[] {10, 2, 3, 4, 5}, x.toFlatDoubleArray());
            NDArray y = NDArray.of(a.clone());
            Object strided = interpreted ? k.interpret(y, 2L) : k.call(y, 2L);
            assertEquals(10.0 + 3 + 5, (Double) strided);
            assertArrayEquals(new double[] {10, 2, 3, 4, 5}, y.toFlatDoubleArray());
        }
    }

    @Test
    void thePreludesRot90ReturnsTheArrayItselfForNoTurn() {
        for (long turns : new long[] {0, 1, 2, 3}) {
            NDArray m = NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
            NDArray r = M.function("through_rot90").callArray(m, turns);
            // the corner each turn brings to [0, 0]: m[0, 0], m[0, 2], m[1, 2], m[1, 0]
            double[] expected = {1, 2, 3, 4, 5, 6};
            int corner = turns == 0 ? 0 : turns == 1 ? 2 : turns == 2 ? 5 : 3;
            expected[corner] = -1.0;
            assertArrayEquals(expected, m.toFlatDoubleArray(), "rot90 by " + turns + " writes through to m");
            assertEquals(-1.0, r.getDouble(0, 0));
            assertEquals(DType.FLOAT64, r.dtype());
        }
    }
}
