package io.jumba.array;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** complex64/complex128 arrays: interleaved storage, casts, .npy files, and NumPy 1.24's repr and str. */
class ComplexArraysTest {
    private static NDArray sample(DType d) {
        NDArray a = NDArray.empty(d, 5);
        Complex[] values = {new Complex(1.5, -2), new Complex(-0.25, 0.5), new Complex(0, 3), new Complex(-4, 0),
                new Complex(0.75, 1e-3)};
        for (int i = 0; i < values.length; i++) a.setComplex(values[i], i);
        return a;
    }

    @Test
    void elementsInterleaveRealAndImaginaryParts() {
        NDArray a = sample(DType.COMPLEX128);
        assertEquals(10, ((double[]) a.data()).length);
        assertEquals(-0.25, ((double[]) a.data())[2]);
        assertEquals(0.5, ((double[]) a.data())[3]);
        assertEquals(new Complex(0, 3), a.get(2));
        NDArray single = sample(DType.COMPLEX64);
        assertEquals(10, ((float[]) single.data()).length);
        assertEquals(new Complex(0.75f, 1e-3f), single.get(4), "complex64 rounds both parts to float");
        // A strided view counts whole complex elements.
        assertEquals(new Complex(0, 3), a.slice(0, 0, null, 2).get(1));
    }

    @Test
    void castsFollowNumpy() {
        NDArray a = sample(DType.COMPLEX128);
        assertEquals(1.5, a.getDouble(0), "a real read keeps the real part");
        assertArrayEquals(new double[] {1.5, -0.25, 0, -4, 0.75}, a.astype(DType.FLOAT64).toFlatDoubleArray());
        NDArray r = NDArray.of(new double[] {2.5, -1});
        assertEquals(new Complex(-1, 0), r.astype(DType.COMPLEX128).get(1));
        assertTrue(a.contentEquals(a.copy()));
        NDArray other = a.copy();
        other.setComplex(new Complex(1.5, -2.5), 0);
        assertTrue(!a.contentEquals(other), "imaginary parts count in contentEquals");
    }

    @Test
    void npyFilesRoundTripWithNumpysDescr() throws IOException {
        for (DType d : new DType[] {DType.COMPLEX128, DType.COMPLEX64}) {
            NDArray a = sample(d);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Npy.write(out, a.slice(0, 1, null, 1));
            byte[] bytes = out.toByteArray();
            String header = new String(bytes, 10, 60, StandardCharsets.US_ASCII);
            assertTrue(header.contains(d == DType.COMPLEX128 ? "'<c16'" : "'<c8'"), header);
            NDArray back = Npy.read(new ByteArrayInputStream(bytes));
            assertTrue(back.contentEquals(a.slice(0, 1, null, 1)), back.toString());
        }
    }

    @Test
    void complexArraysLiveOnTheHeap() {
        try (Arena arena = Arena.ofConfined()) {
            var segment = arena.allocate(64);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> NDArray.ofSegment(DType.COMPLEX128, segment, 4));
            assertTrue(e.getMessage().contains("complex arrays live on the heap"), e.getMessage());
        }
    }

    @Test
    void reprAndStrAreNumpys() {
        // Expected texts: NumPy 1.24.2's repr() and str() of the same arrays.
        assertEquals("array([ 1.5 -2.e+00j, -0.25+5.e-01j,  0.  +3.e+00j, -4.  +0.e+00j,\n"
                + "        0.75+1.e-03j])", sample(DType.COMPLEX128).toString());
        assertEquals("[ 1.5 -2.e+00j -0.25+5.e-01j  0.  +3.e+00j -4.  +0.e+00j  0.75+1.e-03j]",
                PythonRepr.str(sample(DType.COMPLEX128)));
        assertEquals("array([ 1.5 -2.e+00j, -0.25+5.e-01j,  0.  +3.e+00j, -4.  +0.e+00j,\n"
                + "        0.75+1.e-03j], dtype=complex64)", sample(DType.COMPLEX64).toString());
        NDArray m = NDArray.empty(DType.COMPLEX128, 2, 2);
        m.setComplex(new Complex(1, 1), 0, 0);
        m.setComplex(new Complex(2, 0), 0, 1);
        m.setComplex(new Complex(3, 0), 1, 0);
        m.setComplex(new Complex(4, -1), 1, 1);
        assertEquals("array([[1.+1.j, 2.+0.j],\n       [3.+0.j, 4.-1.j]])", m.toString());
        NDArray n = NDArray.empty(DType.COMPLEX128, 2);
        n.setComplex(new Complex(1, 2), 0);
        n.setComplex(new Complex(Double.NaN, -1), 1);
        assertEquals("array([ 1.+2.j, nan-1.j])", n.toString());
    }

    @Test
    void scalarsPrintAsPython() {
        assertEquals("(1.5-2j)", new Complex(1.5, -2).toString());
        assertEquals("3j", new Complex(0, 3).toString());
        assertEquals("(-0+1j)", new Complex(-0.0, 1).toString());
        assertEquals("(1+nanj)", new Complex(1, Double.NaN).toString());
        assertEquals("(1e+20-0j)", new Complex(1e20, -0.0).toString());
    }

    @Test
    void promotionIsNumpys() {
        assertEquals(DType.COMPLEX64, DType.promote(DType.FLOAT32, DType.COMPLEX64));
        assertEquals(DType.COMPLEX128, DType.promote(DType.FLOAT64, DType.COMPLEX64));
        assertEquals(DType.COMPLEX64, DType.promote(DType.INT16, DType.COMPLEX64));
        assertEquals(DType.COMPLEX128, DType.promote(DType.INT32, DType.COMPLEX64));
        assertEquals(DType.COMPLEX128, DType.promote(DType.COMPLEX128, DType.COMPLEX64));
        assertEquals(DType.COMPLEX64, DType.promote(DType.BOOL, DType.COMPLEX64));
        assertEquals(DType.COMPLEX128, DType.byName("complex"));
        assertEquals(DType.COMPLEX64, DType.byName("c8"));
        assertTrue(!DType.COMPLEX128.isInteger() && !DType.COMPLEX128.isFloat());
    }
}
