package io.jumba;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * NumPy functions compiled from Python (the prelude) keep their local names to themselves: a kernel module with
 * functions and globals named as those locals ({@code k}, {@code n}, {@code out}) still gets them.
 */
class PreludeNamesTest {
    @Test
    void preludeLocalsDoNotClashWithTheModulesNames() {
        KernelModule m = Jumba.jit("""
                import numpy as np
                from numba import njit

                n = 3
                out = 2.0
                lo = 1

                @njit
                def k(a):
                    return np.sort(a)

                @njit
                def i(a):
                    return np.median(a) + np.cumsum(a)[-1] + n + out + lo
                """);
        double[] a = {3.0, -1.0, 2.0, 0.5};
        assertArrayEquals(new double[] {-1.0, 0.5, 2.0, 3.0}, m.function("k").callArray(a).toFlatDoubleArray());
        assertEquals(1.25 + 4.5 + 3 + 2.0 + 1, m.function("i").callDouble(a));
    }
}
