package io.jumba.runtime;

import io.jumba.array.Complex;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.source.SourcePos;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ComplexMath against CPython 3.11's complex arithmetic and cmath (values printed by repr). */
class ComplexMathTest {
    private static final Complex Z = new Complex(0.1, 0.7);

    private static void close(Complex expected, Complex actual) {
        double tol = 4e-16 * Math.hypot(expected.re(), expected.im());
        assertTrue(Math.abs(expected.re() - actual.re()) <= tol && Math.abs(expected.im() - actual.im()) <= tol,
                "expected " + expected + " but was " + actual);
    }

    @Test
    void cmathFunctions() {
        close(new Complex(0.8452813423041846, 0.7119706528450495), ComplexMath.exp(Z));
        close(new Complex(-0.34657359027997275, 1.4288992721907328), ComplexMath.log(Z));
        close(new Complex(0.6352585226451305, 0.5509567955777238), ComplexMath.sqrt(Z));
        close(new Complex(0.12530781030133892, 0.7547939430423597), ComplexMath.sin(Z));
        close(new Complex(0.06345306576461478, 0.6082155102837983), ComplexMath.tan(Z));
        close(new Complex(0.16918509866954504, 0.8280854278307471), ComplexMath.tanh(Z));
        close(new Complex(-0.15051499783199063, 0.6205630691080078), ComplexMath.log10(Z));
    }

    @Test
    void arithmetic() {
        Complex a = new Complex(1.5, -2);
        close(new Complex(1.9390543212985196, -0.4633841658361343), ComplexMath.pow(a, new Complex(0.5, 0.25), null));
        assertEquals(new Complex(-14.625, -5.5), ComplexMath.pow(a, new Complex(3, 0), null));
        close(new Complex(0.8, -4.4), ComplexMath.div(a, new Complex(0.5, 0.25), null));
        SourcePos at = new SourcePos("k.py", 3, 12, "    return a / b");
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> ComplexMath.div(a, Complex.ZERO, at));
        assertTrue(e.getMessage().contains("complex division by zero"), e.getMessage());
        Complex inf = ComplexMath.divNumpy(new Complex(1, 0), Complex.ZERO);
        assertTrue(Double.isInfinite(inf.re()) && Double.isNaN(inf.im()), inf.toString());
    }

    @Test
    void complex64StepsRoundToFloat() {
        Complex a = new Complex(0.1f, 0.7f), b = new Complex(1.3f, -0.2f);
        float re = 0.1f * 1.3f - 0.7f * -0.2f, im = 0.1f * -0.2f + 0.7f * 1.3f;
        assertEquals(new Complex(re, im), ComplexMath.mulSingle(a, b));
    }
}
