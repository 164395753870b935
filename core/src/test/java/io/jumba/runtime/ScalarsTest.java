package io.jumba.runtime;

import io.jumba.array.DType;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.source.SourcePos;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Known values from CPython / NumPy / Numba 0.56. */
class ScalarsTest {
    private static final SourcePos POS = new SourcePos("k.py", 3, 9, "    return a // b");

    @Test
    void integerFloorDivisionAndModuloTakeTheDivisorsSign() {
        assertEquals(-4, Scalars.floorDiv(-7, 2, POS));
        assertEquals(1, Scalars.mod(-7, 2, POS));
        assertEquals(-4, Scalars.floorDiv(7, -2, POS));
        assertEquals(-1, Scalars.mod(7, -2, POS));
        assertEquals(3, Scalars.floorDiv(-7, -2, POS));
        assertEquals(-1, Scalars.mod(-7, -2, POS));
    }

    @Test
    void floatFloorDivisionAndModuloMatchPython() {
        assertEquals(-4.0, Scalars.floorDiv(-7.5, 2.0, POS));
        assertEquals(0.5, Scalars.mod(-7.5, 2.0, POS));
        assertEquals(-0.5, Scalars.mod(7.5, -2.0, POS));
        assertEquals(-4.0, Scalars.floorDiv(7.5, -2.0, POS));
        assertEquals(-0.0, Scalars.floorDiv(-0.0, 3.0, POS));
        assertEquals(0.0, Scalars.mod(-0.0, 3.0, POS));
        assertEquals(Double.POSITIVE_INFINITY, Scalars.mod(-5.0, Double.POSITIVE_INFINITY, POS));
        assertEquals(-1.0, Scalars.floorDiv(-5.0, Double.POSITIVE_INFINITY, POS));
    }

    @Test
    void divisionByZeroFollowsTheErrorModel() {
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> Scalars.floorDiv(1, 0, POS));
        assertEquals("ZeroDivisionError", e.pythonName());
        assertEquals("integer division by zero", e.detail());
        assertSame(POS, e.pos());
        assertEquals("integer modulo by zero", assertThrows(KernelRuntimeError.class, () -> Scalars.mod(1, 0, POS)).detail());
        assertEquals("division by zero", assertThrows(KernelRuntimeError.class, () -> Scalars.div(1.0, 0.0, POS)).detail());
        assertEquals("modulo by zero", assertThrows(KernelRuntimeError.class, () -> Scalars.mod(1.0, 0.0, POS)).detail());
        assertEquals(0, Scalars.floorDivNumpy(5, 0));
        assertEquals(0, Scalars.modNumpy(5, 0));
        assertEquals(Double.POSITIVE_INFINITY, Scalars.floorDivNumpy(1.0, 0.0));
        assertEquals(Double.NEGATIVE_INFINITY, Scalars.floorDivNumpy(-1.0, 0.0));
        assertTrue(Double.isNaN(Scalars.modNumpy(1.0, 0.0)));
    }

    @Test
    void integerPowerAsNumba() {
        assertEquals(1024, Scalars.pow(2, 10, POS));
        assertEquals(-27, Scalars.pow(-3, 3, POS));
        // Numba 0.56 wraps, then rounds the result through a double (exact wraparound would end in ...815 / ...829).
        assertEquals(-6289078614652622848L, Scalars.pow(3, 40, POS));
        assertEquals(-420491770248316800L, Scalars.pow(3, 41, POS));
        assertEquals(Long.MIN_VALUE, Scalars.pow(Long.MAX_VALUE, 1, POS));
        // Exponents over 0x10000 go through float pow.
        assertEquals(Long.MIN_VALUE, Scalars.pow(2, 70000, POS));
        assertEquals(-1, Scalars.pow(-1, 70001, POS));
        assertEquals(0, Scalars.pow(0, 70000, POS));
        assertEquals(0, Scalars.pow(2, -1, POS));
        assertEquals(1, Scalars.pow(1, -1, POS));
        assertEquals(-1, Scalars.pow(-1, -3, POS));
        assertEquals(1, Scalars.pow(-1, -2, POS));
        assertEquals("0 cannot be raised to a negative power",
                assertThrows(KernelRuntimeError.class, () -> Scalars.pow(0, -1, POS)).detail());
    }

    @Test
    void floatPowerAsC() {
        assertEquals(0.5, Scalars.pow(2.0, -1.0));
        assertTrue(Double.isNaN(Scalars.pow(-8.0, 1.0 / 3)));
        assertEquals(Double.POSITIVE_INFINITY, Scalars.pow(0.0, -1.0));
        assertEquals(1.0, Scalars.pow(1.0, Double.NaN));
        assertEquals(1.0, Scalars.pow(-1.0, Double.POSITIVE_INFINITY));
    }

    @Test
    void wrappingAndCasts() {
        assertEquals(-56, Scalars.wrap(200, DType.INT8));
        assertEquals(44, Scalars.wrap(300, DType.UINT8));
        assertEquals(32767, Scalars.wrap(-32769, DType.INT16));
        assertEquals(Integer.MIN_VALUE, Scalars.wrap(1L << 31, DType.INT32));
        assertEquals(-3, Scalars.floatToInt(-3.9, DType.INT64));
        assertEquals(3, Scalars.floatToInt(3.9, DType.INT8));
        assertEquals((double) (float) 16777217L, Scalars.intToFloat(16777217L, DType.FLOAT32));
        assertEquals(0, Scalars.shl(1, 64));
        assertEquals(-1, Scalars.shr(-8, 70));
    }
}
