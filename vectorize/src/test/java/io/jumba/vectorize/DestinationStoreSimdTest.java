package io.jumba.vectorize;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.interp.Interpreter;
import io.jumba.ir.IrPrinter;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.jit.KernelCompiler;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code target[...] = np.cumsum(a)} and {@code np.cumprod}: the destination form writes into the target when it has
 * a's length and shares no memory with a, else the whole result is made first (overlaps, broadcasts, shape errors).
 * Each kernel runs interpreted and compiled at every species width, and must give NumPy's values, computed here in
 * NumPy's sequential order.
 */
class DestinationStoreSimdTest {
    private static final String SOURCE = """
            import numpy as np
            from numba import njit

            @njit
            def into(a, out):
                out[:] = np.cumsum(a)

            @njit
            def same_array(a):
                a[:] = np.cumsum(a)

            @njit
            def shifted(a):
                a[1:] = np.cumsum(a[:-1])

            @njit
            def shifted_back(a):
                a[:-1] = np.cumsum(a[1:])

            @njit
            def strided_product(a, out):
                out[::2] = a.cumprod()

            @njit
            def ints(a, out):
                out[:] = np.cumsum(a)

            @njit
            def row(a, out):
                out[1] = np.cumsum(a)
            """;

    private static final Type F64 = Type.array(DType.FLOAT64, 1, Layout.C);
    private static final Type F64_2D = Type.array(DType.FLOAT64, 2, Layout.C);
    private static final Type I32 = Type.array(DType.INT32, 1, Layout.C);
    private static final Type I64 = Type.array(DType.INT64, 1, Layout.C);

    private static Program kernel(String name, Type... args) {
        return PythonKernels.compile(SOURCE, name, List.of(args));
    }

    /** The kernel run interpreted and compiled at every width on fresh copies of the arguments; each result checked. */
    private static List<DynamicTest> everywhere(Program p, Function<List<Object>, Object[]> args, Check check) {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("interpreted", () -> {
            Object[] a = args.apply(List.of());
            Interpreter.run(p, a);
            check.of(a);
        }));
        for (SpeciesWidth w : SpeciesWidth.values()) {
            tests.add(DynamicTest.dynamicTest("@" + w, () -> {
                CompiledKernel k = KernelCompiler.compile(p, new Vectorizer(VectorOptions.DEFAULT.withWidth(w)));
                for (int run = 0; run < 2; run++) {
                    Object[] a = args.apply(List.of());
                    k.invoke(a);
                    check.of(a);
                }
            }));
        }
        return tests;
    }

    private interface Check {
        void of(Object[] args);
    }

    private static NDArray f64(double... v) {
        NDArray a = NDArray.empty(DType.FLOAT64, v.length);
        for (int i = 0; i < v.length; i++) a.setDouble(v[i], i);
        return a;
    }

    private static double[] doubles(NDArray a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) v[i] = a.getDouble(i);
        return v;
    }

    /** The running sums of v in order, as np.cumsum adds them. */
    private static double[] cumsum(double[] v) {
        double[] r = v.clone();
        for (int i = 1; i < r.length; i++) r[i] = r[i - 1] + v[i];
        return r;
    }

    private static double[] samples(int n) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) v[i] = Math.sin(i * 0.7) * 10 + 0.1 * i;
        return v;
    }

    @Test
    void aStoreOfCumsumCallsTheDestinationFormBehindTheOverlapCheck() {
        String ir = IrPrinter.print(kernel("into", F64, F64));
        assertTrue(ir.contains("np.may_share_memory("), ir);
        assertTrue(ir.contains("__jumba_cumsum_inexact_into"), ir);
    }

    @TestFactory
    List<DynamicTest> intoAnotherArray() {
        double[] v = samples(37);
        v[0] = -0.0;
        return everywhere(kernel("into", F64, F64), x -> new Object[] {f64(v), f64(new double[v.length])}, a -> {
            assertArrayEquals(cumsum(v), doubles((NDArray) a[1]));
            assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(((NDArray) a[1]).getDouble(0)), "a leading -0.0 stays");
            assertArrayEquals(v, doubles((NDArray) a[0]), "the input is unchanged");
        });
    }

    @TestFactory
    List<DynamicTest> intoTheSameArray() {
        double[] v = samples(21);
        return everywhere(kernel("same_array", F64), x -> new Object[] {f64(v)},
                a -> assertArrayEquals(cumsum(v), doubles((NDArray) a[0])));
    }

    @TestFactory
    List<DynamicTest> intoAnOverlappingViewAhead() {
        double[] v = samples(19);
        double[] expected = v.clone();
        System.arraycopy(cumsum(java.util.Arrays.copyOf(v, v.length - 1)), 0, expected, 1, v.length - 1);
        return everywhere(kernel("shifted", F64), x -> new Object[] {f64(v)},
                a -> assertArrayEquals(expected, doubles((NDArray) a[0])));
    }

    @TestFactory
    List<DynamicTest> intoAnOverlappingViewBehind() {
        double[] v = samples(19);
        double[] expected = v.clone();
        System.arraycopy(cumsum(java.util.Arrays.copyOfRange(v, 1, v.length)), 0, expected, 0, v.length - 1);
        return everywhere(kernel("shifted_back", F64), x -> new Object[] {f64(v)},
                a -> assertArrayEquals(expected, doubles((NDArray) a[0])));
    }

    @TestFactory
    List<DynamicTest> cumprodIntoAStridedView() {
        double[] v = {1.5, -2.0, 0.5, 3.0, 1.25};
        double[] expected = new double[2 * v.length - 1];
        double acc = 1;
        for (int i = 0; i < v.length; i++) {
            acc = i == 0 ? v[0] : acc * v[i];
            expected[2 * i] = acc;
        }
        return everywhere(kernel("strided_product", F64, F64), x -> new Object[] {f64(v), f64(new double[expected.length])},
                a -> assertArrayEquals(expected, doubles((NDArray) a[1])));
    }

    @TestFactory
    List<DynamicTest> integersIntoInt64() {
        long[] expected = {3, 1, 2_000_000_003L, 2_000_000_000L};
        return everywhere(kernel("ints", I32, I64), x -> {
            NDArray a = NDArray.empty(DType.INT32, 4);
            int[] v = {3, -2, 2_000_000_002, -3};
            for (int i = 0; i < v.length; i++) a.setLong(v[i], i);
            return new Object[] {a, NDArray.zeros(DType.INT64, 4)};
        }, a -> {
            NDArray out = (NDArray) a[1];
            for (int i = 0; i < expected.length; i++) assertEquals(expected[i], out.getLong(i), "element " + i);
        });
    }

    @TestFactory
    List<DynamicTest> intoARowOfAMatrix() {
        double[] v = samples(9);
        return everywhere(kernel("row", F64, F64_2D), x -> new Object[] {f64(v), NDArray.zeros(DType.FLOAT64, 3, v.length)}, a -> {
            NDArray out = (NDArray) a[1];
            double[] expected = cumsum(v);
            for (int r = 0; r < 3; r++) {
                for (int i = 0; i < v.length; i++) assertEquals(r == 1 ? expected[i] : 0.0, out.getDouble(r, i), "[" + r + ", " + i + "]");
            }
        });
    }

    @TestFactory
    List<DynamicTest> aLengthOneResultBroadcasts() {
        return everywhere(kernel("into", F64, F64), x -> new Object[] {f64(2.5), f64(new double[4])},
                a -> assertArrayEquals(new double[] {2.5, 2.5, 2.5, 2.5}, doubles((NDArray) a[1])));
    }

    @TestFactory
    List<DynamicTest> anotherLengthIsNumPysBroadcastError() {
        Program p = kernel("into", F64, F64);
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("interpreted", () -> broadcastError(() -> Interpreter.run(p, f64(1, 2, 3), f64(0, 0)))));
        for (SpeciesWidth w : SpeciesWidth.values()) {
            tests.add(DynamicTest.dynamicTest("@" + w, () -> {
                CompiledKernel k = KernelCompiler.compile(p, new Vectorizer(VectorOptions.DEFAULT.withWidth(w)));
                broadcastError(() -> k.invoke(f64(1, 2, 3), f64(0, 0)));
            }));
        }
        return tests;
    }

    private static void broadcastError(org.junit.jupiter.api.function.Executable run) {
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, run);
        assertEquals("ValueError", e.pythonName());
        assertEquals("could not broadcast input array from shape (3,) into shape (2,)", e.detail());
        assertEquals(6, e.pos().line());
    }
}
