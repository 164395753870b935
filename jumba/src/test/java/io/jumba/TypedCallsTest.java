package io.jumba;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Java's arrays as arguments, typed results, and a kernel bound to a user's functional interface. */
class TypedCallsTest {
    private static final KernelModule MODULE = Jumba.jit("""
            from numba import njit
            import numpy as np

            @njit
            def total(a):
                s = a[0] - a[0]
                for i in range(a.shape[0]):
                    s += a[i]
                return s

            @njit
            def dot(a, b):
                return np.dot(a, b)

            @njit
            def scale(a, k):
                for i in range(a.shape[0]):
                    a[i] = a[i] * k

            @njit
            def row_sums(m):
                out = np.zeros(m.shape[0])
                for i in range(m.shape[0]):
                    for j in range(m.shape[1]):
                        out[i] += m[i, j]
                m[0, 0] = 100.0
                return out

            @njit
            def positive(x):
                return x > 0

            @njit
            def pair(x):
                return x, x + 1
            """);

    static Stream<Object> primitiveArrays() {
        return Stream.of(new double[] {1, 2, 3.5}, new float[] {1, 2, 3.5f}, new long[] {1, 2, 3},
                new int[] {1, 2, 3}, new short[] {1, 2, 3}, new byte[] {1, 2, 3});
    }

    @ParameterizedTest
    @MethodSource("primitiveArrays")
    void primitiveArraysAreOneDimensionalArraysOfTheirDtype(Object array) {
        Kernel total = MODULE.function("total");
        Object viaJava = total.call(array);
        NDArray wrapped = io.jumba.array.JavaArrays.asNDArray(array).orElseThrow();
        assertEquals(total.call(wrapped.copy()), viaJava);
        assertEquals(1, wrapped.ndim());
    }

    @Test
    void oneDimensionalArraysAreSharedSoKernelWritesShow() {
        double[] a = {1, 2, 3};
        MODULE.function("scale").call(a, 2.0);
        assertArrayEquals(new double[] {2, 4, 6}, a);
    }

    @Test
    void rectangularMatricesAreCopiedTwoDimensionalArrays() {
        double[][] m = {{1, 2, 3}, {4, 5, 6}};
        NDArray sums = MODULE.function("row_sums").callArray((Object) m);
        assertEquals(DType.FLOAT64, sums.dtype());
        assertEquals(6.0, sums.getDouble(0));
        assertEquals(15.0, sums.getDouble(1));
        assertEquals(1.0, m[0][0], "a 2-d Java array is copied: the kernel's write does not reach it");
    }

    @Test
    void raggedMatricesAreRefusedWithTheRowNamed() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> MODULE.function("row_sums").call((Object) new double[][] {{1, 2}, {3}}));
        assertTrue(e.getMessage().contains("row 1 has 1 elements, row 0 has 2"), e.getMessage());
    }

    @Test
    void typedResults() {
        assertEquals(6.5, MODULE.function("total").callDouble(new double[] {1, 2, 3.5}));
        assertEquals(6L, MODULE.function("total").callLong(new long[] {1, 2, 3}));
        assertEquals(6L, MODULE.function("total").callLong(new int[] {1, 2, 3}));
        assertTrue(MODULE.function("positive").callBoolean(2.0));
        assertArrayEquals(new Object[] {3L, 4L}, MODULE.function("pair").callTuple(3L));
        var e = assertThrows(IllegalStateException.class, () -> MODULE.function("total").callLong(new double[] {1}));
        assertEquals("callLong: kernel total returned float64, not an integer", e.getMessage());
    }

    /** A user's interface for a dot product. */
    public interface Dot { double apply(double[] a, double[] b); }

    /** A user's interface for a scaling in place. */
    public interface Scale { void apply(double[] a, double k); }

    /** An interface whose return type is not the kernel's. */
    public interface WrongReturn { long apply(double[] a, double[] b); }

    @Test
    void kernelBoundToAFunctionalInterface() {
        Dot dot = MODULE.function("dot").as(Dot.class);
        assertEquals(32.0, dot.apply(new double[] {1, 2, 3}, new double[] {4, 5, 6}));
        assertTrue(MODULE.function("dot").signatures().stream().anyMatch(s -> s.toString().contains("float64[::1], float64[::1]")));
        double[] a = {1, 2};
        MODULE.function("scale").as(Scale.class).apply(a, 3.0);
        assertArrayEquals(new double[] {3, 6}, a);
    }

    @Test
    void anInterfaceThatDoesNotFitIsRefusedClearly() {
        var e = assertThrows(IllegalArgumentException.class, () -> MODULE.function("dot").as(WrongReturn.class));
        assertTrue(e.getMessage().contains("returns long, but kernel dot"), e.getMessage());
        var notInterface = assertThrows(IllegalArgumentException.class, () -> MODULE.function("dot").as(String.class));
        assertTrue(notInterface.getMessage().contains("is not a public interface"), notInterface.getMessage());
    }
}
