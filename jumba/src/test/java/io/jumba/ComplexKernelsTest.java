package io.jumba;

import io.jumba.array.Complex;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ComplexKernelsTest {
    @Test
    void smoke() {
        Kernel k = Jumba.jit("""
                import cmath
                import numpy as np
                from numba import njit

                @njit
                def f(z, a):
                    w = z * (2 + 3j) - 1j
                    out = np.empty(a.shape[0], dtype=np.complex128)
                    for i in range(a.shape[0]):
                        out[i] = a[i] * w + cmath.exp(z)
                    return w, abs(w), w.real, w.conjugate(), out, np.abs(out)
                """).function("f");
        NDArray a = NDArray.empty(DType.COMPLEX128, 3);
        a.setComplex(new Complex(1, 2), 0);
        Object[] r = (Object[]) k.call(new Complex(1, 1), a);
        Object[] s = (Object[]) k.interpret(new Complex(1, 1), a);
        System.out.println(java.util.Arrays.deepToString(r));
        System.out.println(java.util.Arrays.deepToString(s));
        assertEquals(new Complex(-1, 4), r[0]);
    }
}
