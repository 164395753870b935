package io.jumba;

import io.jumba.array.Complex;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.JumbaException;
import io.jumba.diag.TypingError;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Complex values from Java (Complex arguments and results, complex arrays), the forms Jumba refuses with their
 * messages, and complex loops, which run in vector lanes (a division under error_model='python' stays scalar, with
 * its reason in explain). Values: CPython / Numba 0.56.
 */
class ComplexKernelsTest {
    private static NDArray complexArray(DType d, Complex... values) {
        NDArray a = NDArray.empty(d, values.length);
        for (int i = 0; i < values.length; i++) a.setComplex(values[i], i);
        return a;
    }

    @Test
    void complexScalarsAndArraysFromJava() {
        Kernel k = Jumba.jit("""
                import cmath
                import numpy as np
                from numba import njit

                @njit
                def f(z, a):
                    w = z * (2 + 3j) - 1j
                    out = np.empty(a.shape[0], dtype=np.complex128)
                    for i in range(a.shape[0]):
                        out[i] = a[i] * w
                    return w, abs(w), w.real, w.conjugate(), out
                """).function("f");
        NDArray a = complexArray(DType.COMPLEX128, new Complex(1, 2), new Complex(0, -1));
        for (Object[] r : new Object[][] {(Object[]) k.call(new Complex(1, 1), a), (Object[]) k.interpret(new Complex(1, 1), a)}) {
            assertEquals(new Complex(-1, 4), r[0]);
            assertEquals(Math.sqrt(17), (Double) r[1], 1e-15);
            assertEquals(-1.0, r[2]);
            assertEquals(new Complex(-1, -4), r[3]);
            assertEquals(new Complex(-9, 2), ((NDArray) r[4]).get(0));
            assertEquals(new Complex(4, 1), ((NDArray) r[4]).get(1));
        }
        assertEquals(Type.scalar(DType.COMPLEX128),
                ((Type.Tuple) k.returnType(new Complex(1, 1), a)).elements().getFirst());
        // A real number passed for a complex parameter of a declared signature becomes re + 0j.
        Kernel typed = Jumba.jit("""
                from numba import njit

                @njit("complex64(complex64)")
                def twice(z):
                    return z * 2
                """).function("twice");
        assertEquals(new Complex(0.2f * 2, 0), typed.call(0.2));
    }

    @Test
    void complexLoopsRunInVectorLanesAndDivisionSaysWhyNot() {
        Kernel k = Jumba.jit("""
                from numba import njit

                @njit
                def square_plus(a, out):
                    for i in range(a.shape[0]):
                        out[i] = a[i] * a[i] + a[i]
                """).function("square_plus");
        NDArray a = complexArray(DType.COMPLEX64, new Complex(1, 2), new Complex(3, 4));
        NDArray out = NDArray.empty(DType.COMPLEX64, 2);
        k.call(a, out);
        assertEquals(new Complex(-4, 28), out.get(1));
        String explain = k.explain("(complex64[::1], complex64[::1])");
        assertTrue(explain.contains("vectorized: complex64 x "), explain);
        Kernel ratio = Jumba.jit("""
                from numba import njit

                @njit
                def ratio(a, b, out):
                    for i in range(a.shape[0]):
                        out[i] = a[i] / b[i]
                """).function("ratio");
        ratio.call(a, a, out);
        assertEquals(new Complex(1, 0), out.get(1));
        String why = ratio.explain("(complex64[::1], complex64[::1], complex64[::1])");
        assertTrue(why.contains("not vectorized: operator div on complex64 has no exact vector form under error_model='python'"), why);
    }

    @Test
    void refusedFormsSayWhereAndWhy() {
        assertRefused("""
                from numba import njit

                @njit
                def f(z):
                    return z < 1j
                """, new Complex(1, 1), "'<' is not supported between complex128 and complex128 (complex numbers are not ordered)");
        assertRefused("""
                from numba import njit

                @njit
                def f(z):
                    return z // 2
                """, new Complex(1, 1), "unsupported operand types for //");
        assertRefused("""
                import numpy as np
                from numba import njit

                @njit
                def f(a):
                    return np.dot(a.reshape((1, 1, 1)), a)
                """, complexArray(DType.COMPLEX128, new Complex(1, 1)),
                "np.dot() / @ of complex values is supported on 1-d and 2-d arrays here");
        assertRefused("""
                import numpy as np
                from numba import njit

                @njit
                def f(z):
                    return np.floor(z)
                """, new Complex(1, 1), "np.floor() of complex values is not supported");
    }

    @Test
    void linearAlgebraRefusesComplexMatricesRatherThanDroppingTheirImaginaryParts() {
        NDArray m = complexArray(DType.COMPLEX128, new Complex(1, 2), new Complex(2, 0), new Complex(3, 0),
                new Complex(4, -1)).reshape(2, 2);  // NumPy: det 7j, where the real parts alone give -2
        for (String call : List.of("np.linalg.det(a)", "np.linalg.inv(a)", "np.linalg.norm(a)", "np.linalg.eigh(a)")) {
            String fn = call.substring(0, call.indexOf('('));
            assertRefused("""
                    import numpy as np
                    from numba import njit

                    @njit
                    def f(a):
                        return %s
                    """.formatted(call), m, fn + "() of a complex array is not supported");
        }
    }

    @Test
    void partsAreFloatViewsOfTheComplexStorage() {
        Kernel k = Jumba.jit("""
                import numpy as np
                from numba import njit

                @njit
                def f(a):
                    r = a.real
                    r[1] = 5.0
                    a.imag[:] = 2.0
                    return r, np.imag(a)[::2]
                """).function("f");
        for (DType d : List.of(DType.COMPLEX128, DType.COMPLEX64)) {
            for (boolean compiled : new boolean[] {true, false}) {
                NDArray a = complexArray(d, new Complex(1, 1), new Complex(2, -1), new Complex(3, 0));
                Object[] r = (Object[]) (compiled ? k.call(a) : k.interpret(a));
                NDArray re = (NDArray) r[0], im = (NDArray) r[1];
                assertEquals(d.part(), re.dtype());
                assertSame(a.data(), re.data());
                assertSame(a.data(), im.data());
                assertEquals(new Complex(5, 2), a.get(1));
                assertEquals(3.0, re.getDouble(2));
                assertEquals(2, im.size());
                assertEquals(2.0, im.getDouble(1));
                im.setDouble(-4.0, 1);  // a view from the caller's side too
                assertEquals(new Complex(3, -4), a.get(2));
            }
        }
    }

    @Test
    void partsWrittenInAPrangeLoop() {
        Kernel k = Jumba.jit("""
                from numba import njit, prange

                @njit(parallel=True)
                def f(a):
                    for i in prange(a.shape[0]):
                        a.imag[i] = i * 0.5
                        a.real[i] += 1
                """).function("f");
        NDArray a = complexArray(DType.COMPLEX128, new Complex(1, 1), new Complex(2, -1), new Complex(3, 0));
        k.call(a);
        assertEquals(new Complex(2, 0), a.get(0));
        assertEquals(new Complex(4, 1), a.get(2));
    }

    @Test
    void aComplexPrangeAccumulatorIsRefusedNotMiscompiled() {
        JumbaException e = assertThrows(JumbaException.class, () -> Jumba.jit("""
                from numba import njit, prange

                @njit(parallel=True)
                def f(a):
                    s = 0j
                    for i in prange(a.shape[0]):
                        s += a[i]
                    return s
                """).function("f").call(complexArray(DType.COMPLEX128, new Complex(1, 1), new Complex(2, -1))));
        assertTrue(e.getMessage().contains("'s'") || e.getMessage().contains(" s "), e.getMessage());
        assertTrue(!e.getMessage().contains("internal error"), e.getMessage());
    }

    private static void assertRefused(String source, Object arg, String message) {
        JumbaException e = assertThrows(TypingError.class, () -> Jumba.jit(source).function("f").call(arg));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
