package io.jumba;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.TypingError;
import io.jumba.diag.UnsupportedError;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * uint64 from Java (BigInteger arguments, results as a Long's bits), the forms Jumba refuses with their messages,
 * and loops over uint64 values: vectorized in long lanes, or scalar with their reason in explain. Values: Numba 0.56.
 */
class UnsignedKernelsTest {
    private static final BigInteger U64_MAX = BigInteger.TWO.pow(64).subtract(BigInteger.ONE);

    private static NDArray u64(long... bits) {
        NDArray a = NDArray.empty(DType.UINT64, bits.length);
        for (int i = 0; i < bits.length; i++) a.setLong(bits[i], i);
        return a;
    }

    @Test
    void aBigIntegerArgumentIsAUint64AndTheResultItsBits() {
        Kernel k = Jumba.jit("""
                from numba import njit

                @njit
                def halve(x):
                    return x // 2, x >> 1, x > 1
                """).function("halve");
        Object[] r = (Object[]) k.call(U64_MAX);
        // x // 2 computes in int64 (2 is an int64 literal): -1 // 2; x >> 1 keeps uint64 and shifts in a zero.
        assertEquals(-1L, r[0]);
        assertEquals(Long.MAX_VALUE, r[1]);
        assertEquals(true, r[2]);
        assertEquals(Type.scalar(DType.UINT64), ((Type.Tuple) k.returnType(U64_MAX)).elements().get(1));
    }

    @Test
    void uint64LoopsVectorizeAndConvertToFloatsAsNumPy() {
        Kernel k = Jumba.jit("""
                from numba import njit

                @njit
                def half(a, out):
                    for i in range(a.shape[0]):
                        out[i] = a[i] * 0.5
                """).function("half");
        // 2**64 - 1 rounds to 2**64 (NumPy's float64 of it), 2**63 + 1025 to 2**63 + 2048: one rounding each
        NDArray a = u64(-1L, Long.MIN_VALUE + 1025, 3, Long.MIN_VALUE);
        for (boolean compiled : new boolean[] {true, false}) {
            NDArray out = NDArray.zeros(DType.FLOAT64, 4);
            if (compiled) k.call(a, out);
            else k.interpret(a, out);
            assertEquals(0x1p63, out.getDouble(0));
            assertEquals(0x1p62 + 1024, out.getDouble(1));
            assertEquals(1.5, out.getDouble(2));
            assertEquals(0x1p62, out.getDouble(3));
        }
        String explain = k.explain("(uint64[::1], float64[::1])");
        assertTrue(explain.contains("vectorized: uint64/float64 x"), explain);
    }

    @Test
    void aUint64MaxLoopIsAnUnsignedVectorReduction() {
        Kernel k = Jumba.jit("""
                from numba import njit

                @njit
                def largest(a):
                    m = a[0]
                    for i in range(a.shape[0]):
                        m = max(m, a[i])
                    return m
                """).function("largest");
        NDArray a = u64(3, -1L, Long.MIN_VALUE, 7);
        assertEquals(-1L, k.call(a));
        assertEquals(-1L, k.interpret(a));
        String explain = k.explain("(uint64[::1],)");
        assertTrue(explain.contains("vectorized: uint64 x"), explain);
    }

    @Test
    void uint64DivisionStaysScalarWithItsReason() {
        Kernel k = Jumba.jit("""
                import numpy as np
                from numba import njit

                @njit
                def thirds(a, out):
                    for i in range(a.shape[0]):
                        out[i] = a[i] // np.uint64(3)
                """).function("thirds");
        NDArray a = u64(-1L, 9), out = u64(0, 0);
        k.call(a, out);
        assertEquals(Long.divideUnsigned(-1L, 3), out.getLong(0));
        assertEquals(3L, out.getLong(1));
        String explain = k.explain("(uint64[::1], uint64[::1])");
        assertTrue(explain.contains("not vectorized: operator floordiv on uint64 has no exact vector form (the Vector API"
                + " has no integer division lanes)"), explain);
    }

    @Test
    void refusedFormsSayWhereAndWhy() {
        UnsupportedError literal = assertThrows(UnsupportedError.class, () -> Jumba.jit("""
                from numba import njit

                @njit
                def f():
                    return 18446744073709551616
                """).function("f").call());
        assertTrue(literal.getMessage().startsWith("<string>:5:12: UnsupportedError: integer literal out of uint64 range"),
                literal.getMessage());

        TypingError constant = assertThrows(TypingError.class, () -> Jumba.jit("""
                from numba import njit
                BIG = 2 ** 64

                @njit
                def f():
                    return BIG
                """).function("f").call());
        assertTrue(constant.getMessage().contains("2:7: TypingError: Untyped global name 'BIG': Int value is too large: "
                + "18446744073709551616"), constant.getMessage());

        TypingError gcd = assertThrows(TypingError.class, () -> Jumba.jit("""
                from numba import njit
                import numpy as np

                @njit
                def f(a):
                    return np.gcd(a[0], a[1])
                """).function("f").call(u64(4, 6)));
        assertTrue(gcd.getMessage().contains("gcd() on uint64 values is not supported"), gcd.getMessage());

        UnsupportedError print = assertThrows(UnsupportedError.class, () -> Jumba.jit("""
                from numba import njit

                @njit
                def f(a):
                    print((a[0], 1))
                """).function("f").call(u64(4)));
        assertTrue(print.getMessage().contains("5:11: UnsupportedError: print of a uint64 inside a tuple"),
                print.getMessage());
    }
}
