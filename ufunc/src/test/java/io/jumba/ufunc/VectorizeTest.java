package io.jumba.ufunc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.TypingError;
import io.jumba.diag.UFuncException;
import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.Parser;
import io.jumba.runtime.parallel.ThreadCount;
import io.jumba.vectorize.SimdPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;


/**
 * {@code @vectorize}/{@code @guvectorize} functions of src/test/resources/vectorize/kernels.py through
 * {@link VectorizedModule#of}; expected values were computed by Numba 0.56.4 on the same file.
 */
class VectorizeTest {
    private static Path kernelFile;
    private static VectorizedModule kernels;

    @BeforeAll
    static void load() throws IOException, URISyntaxException {
        kernelFile = Path.of(VectorizeTest.class.getResource("/vectorize/kernels.py").toURI());
        kernels = VectorizedModule.of(Files.readString(kernelFile), kernelFile.toString());
    }

    /** Kernel source as {@code Jumba.vectorize(source)} reads it: errors name it {@code <string>}. */
    private static VectorizedModule vectorize(String source) {
        return VectorizedModule.of(source, "<string>");
    }

    private static final NDArray A = NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
    private static final NDArray B = NDArray.of(new double[] {0.5, 2.0, 10.0});

    @Test
    void vectorizeBroadcastsLikeNumba() {
        NDArray r = (NDArray) kernels.ufunc("rel_diff").call(A, B);
        assertEquals(DType.FLOAT64, r.dtype());
        assertArrayEquals(new int[] {2, 3}, r.shape());
        assertValues(new double[] {0.66666667, 0.0, -1.07692308, 1.55555556, 0.85714286, -0.5}, r, 1e-8);
    }

    @Test
    void loopIsTheFirstDeclaredSignatureTheInputsCastToSafely() {
        // float32 inputs cast safely to the first loop (float64), so Numba's result is float64.
        NDArray r = (NDArray) kernels.ufunc("rel_diff").call(A.astype(DType.FLOAT32), B.astype(DType.FLOAT32));
        assertEquals(DType.FLOAT64, r.dtype());
        NDArray ints = (NDArray) kernels.ufunc("clipped_sum")
                .call(NDArray.wrap(new int[] {10, 60}), NDArray.wrap(new byte[] {1, 50}));
        assertEquals(DType.INT64, ints.dtype());
        assertValues(new double[] {11, 100}, ints, 0);
        NDArray mixed = (NDArray) kernels.ufunc("clipped_sum")
                .call(NDArray.wrap(new long[] {10, 60}), NDArray.of(new double[] {1.5, 50.0}));
        assertEquals(DType.FLOAT64, mixed.dtype());
        assertValues(new double[] {11.5, 100}, mixed, 0);
        assertEquals(List.of("ll->l", "dd->d"), kernels.ufunc("clipped_sum").types());
    }

    @Test
    void scalarsGiveAScalar() {
        assertEquals(1.0, kernels.ufunc("rel_diff").call(3.0, 1.0));
    }

    @Test
    void vectorizeAsACompiledUfunc() {
        var relDiff = kernels.ufunc("rel_diff");
        assertEquals(List.of("dd->d", "ff->f"), relDiff.types());
        NDArray r = (NDArray) relDiff.call(A, B);
        assertEquals(DType.FLOAT64, r.dtype());
        var clipped = kernels.ufunc("clipped_sum");
        NDArray c = (NDArray) clipped.call(NDArray.wrap(new long[] {10, 60, 99}), NDArray.wrap(new long[] {1, 50}, 2, 1));
        assertEquals(DType.INT64, c.dtype());
        assertValues(new double[] {11, 61, 100, 60, 100, 100}, c, 0);
        // A ufunc made from Python has the methods of the built-ins: Numba's clipped_sum.reduce([30, 50, 40]) is 100.
        assertEquals(100L, clipped.reduce(NDArray.wrap(new long[] {30, 50, 40})));
        assertValues(new double[] {30, 80, 100}, clipped.accumulate(NDArray.wrap(new long[] {30, 50, 40}), 0), 0);
        assertValues(new double[] {0.5, 0.73105858, 0.11920292},
                (NDArray) kernels.ufunc("logistic").call(NDArray.of(new double[] {0.0, 1.0, -2.0})), 1e-8);
    }

    @Test
    void guvectorizeLoopsOverOuterDimensions() {
        GUFunc dot = kernels.gufunc("dot");
        assertEquals("(n),(n)->()", dot.layout());
        NDArray r = (NDArray) dot.call(A, B);
        assertArrayEquals(new int[] {2}, r.shape());
        assertValues(new double[] {34.5, 72.0}, r, 1e-12);
        assertEquals(22.0, dot.call(NDArray.of(new double[] {0, 1, 2}), B));
    }

    @Test
    void guvectorizeScalarCoreInputAndGivenOutput() {
        GUFunc cumsum = kernels.gufunc("scaled_cumsum");
        NDArray r = (NDArray) cumsum.call(A, 2.0);
        assertValues(new double[] {2, 6, 12, 8, 18, 30}, r, 0);
        NDArray wide = (NDArray) cumsum.call(A, NDArray.of(new double[] {1.0, 10.0}, 2, 1));
        assertArrayEquals(new int[] {2, 2, 3}, wide.shape());
        assertValues(new double[] {1, 3, 6, 4, 9, 15, 10, 30, 60, 40, 90, 150}, wide, 0);
        // int64 inputs cast safely to the first signature (float64), as in Numba.
        NDArray fromInts = (NDArray) cumsum.call(NDArray.wrap(new long[] {1, 2, 3}), 3L);
        assertEquals(DType.FLOAT64, fromInts.dtype());
        assertValues(new double[] {3, 9, 18}, fromInts, 0);
        NDArray out = NDArray.zeros(DType.FLOAT64, 2, 3);
        assertEquals(out, cumsum.call(A, 2.0, out));
        assertValues(new double[] {2, 6, 12, 8, 18, 30}, out, 0);
    }

    @Test
    void kernelsUseNumbasUfuncErrorModel() throws IOException {
        // Numba: ratio([1, 0, -2], [0, 0, 0]) is [inf, nan, -inf]; first_quotient(...) is [0, 4] (7 // 0 is 0).
        NDArray r = (NDArray) kernels.ufunc("ratio").call(NDArray.of(new double[] {1, 0, -2}), NDArray.of(new double[3]));
        assertEquals(Double.POSITIVE_INFINITY, r.getDouble(0));
        assertTrue(Double.isNaN(r.getDouble(1)));
        assertEquals(Double.NEGATIVE_INFINITY, r.getDouble(2));
        NDArray a = NDArray.wrap(new long[] {7, 1, 9, 1}, 2, 2), b = NDArray.wrap(new long[] {0, 1, 2, 1}, 2, 2);
        assertValues(new double[] {0, 4}, (NDArray) kernels.gufunc("first_quotient").call(a, b), 0);
        VectorizedModule interpreted = new VectorizedModule(Parser.parse(Files.readString(kernelFile), kernelFile.toString()),
                SimdPipeline.standard(), true);
        assertValues(new double[] {0, 4}, (NDArray) interpreted.gufunc("first_quotient").call(a, b), 0);
        assertInstanceOf(Engine.Interpreted.class, interpreted.ufunc("ratio").engine());
        NDArray ri = (NDArray) interpreted.ufunc("ratio").call(NDArray.of(new double[] {1, 0, -2}), NDArray.of(new double[3]));
        assertTrue(r.contentEquals(ri), () -> "interpreted " + ri + " but compiled " + r);
        assertValues(new double[] {34.5, 72.0}, (NDArray) interpreted.gufunc("dot").call(A, B), 1e-12);
    }

    @Test
    void errorsFollowNumpy() {
        var e = assertThrows(UFuncException.class,
                () -> kernels.gufunc("dot").call(A, NDArray.ones(DType.FLOAT64, 4)));
        assertEquals("dot: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature "
                + "(n),(n)->() (size 4 is different from 3)", e.getMessage());
        var arity = assertThrows(UFuncException.class,
                () -> kernels.gufunc("dot").call(A, B, A, B));
        assertEquals("dot() takes from 2 to 3 positional arguments but 4 were given", arity.getMessage());
        var wrongOut = assertThrows(UFuncException.class,
                () -> kernels.gufunc("dot").call(NDArray.of(new double[] {1}), NDArray.wrap(new long[] {1}),
                        NDArray.zeros(DType.INT64)));
        assertEquals("Cannot cast ufunc 'dot' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
                wrongOut.getMessage());
        VectorizedModule bad = vectorize("""
                from numba import vectorize, njit
                @vectorize(["float64(float64)"])
                def f(x, y):
                    return x + y
                @vectorize
                def lazy(x):
                    return x
                @njit
                def plain(x):
                    return x
                """);
        assertEquals(List.of("f", "lazy"), bad.names());
        assertThrows(TypingError.class, () -> bad.ufunc("f"));
        assertTrue(bad.ufunc("lazy").isDynamic());
        assertThrows(IllegalArgumentException.class, () -> bad.ufunc("plain"));
        assertThrows(IllegalArgumentException.class, () -> bad.gufunc("f"));
        VectorizedModule unbound = vectorize("""
                from numba import guvectorize
                @guvectorize(["void(float64, float64[:])"], "()->(m)")
                def powers(x, out):
                    out[0] = x
                """);
        // Numba refuses this layout when decorating: "NameError: undefined output symbols: m".
        var e2 = assertThrows(TypingError.class, () -> unbound.gufunc("powers"));
        assertTrue(e2.getMessage().contains("undefined output symbols: m"), e2.getMessage());
    }

    @Test
    void guvectorizeScalarsAreWeakAsInNumPy2() {
        VectorizedModule m = vectorize("""
                from numba import guvectorize
                @guvectorize(["void(float32[:], float32, float32[:])", "void(float64[:], float64, float64[:])"], "(n),()->(n)")
                def shift(x, c, out):
                    for i in range(x.shape[0]):
                        out[i] = x[i] + c
                @guvectorize(["void(int8[:], int8, int8[:])", "void(int64[:], int64, int64[:])"], "(n),()->(n)")
                def shift_int(x, c, out):
                    for i in range(x.shape[0]):
                        out[i] = x[i] + c
                """);
        NDArray f32 = NDArray.of(new float[] {1.5f, 2f});
        // NEP 50: a Python float takes the float32 array's loop; a 0-d float64 array is strong and does not.
        assertEquals(DType.FLOAT32, ((NDArray) m.gufunc("shift").call(f32, 0.25)).dtype());
        assertEquals(DType.FLOAT64, ((NDArray) m.gufunc("shift").call(f32, NDArray.full(DType.FLOAT64, 0.25))).dtype());
        NDArray i8 = NDArray.of(new byte[] {1, -2});
        NDArray r = (NDArray) m.gufunc("shift_int").call(i8, 3L);
        assertEquals(DType.INT8, r.dtype());
        assertValues(new double[] {4, 1}, r, 0);
        var overflow = assertThrows(UFuncException.class, () -> m.gufunc("shift_int").call(i8, 1000L));
        assertEquals("Python integer 1000 out of bounds for int8", overflow.getMessage());
    }

    @Test
    void vectorizeHonoursTargetAndIdentity() {
        VectorizedModule m = vectorize("""
                from numba import vectorize
                @vectorize(["int64(int64, int64)", "float64(float64, float64)"], identity=0, target='parallel')
                def plus(x, y):
                    return x + y
                @vectorize(["float64(float64, float64)"], identity=1)
                def times(x, y):
                    return x * y
                @vectorize(["float64(float64, float64)"], identity='reorderable')
                def bigger(x, y):
                    return x if x > y else y
                @vectorize(["float64(float64, float64)"], identity=None, target='cpu')
                def first(x, y):
                    return x
                @vectorize(["float64(float64, float64)"], target='cuda')
                def gpu(x, y):
                    return x
                @vectorize(["float64(float64, float64)"], identity=2)
                def two(x, y):
                    return x
                """);
        UFunc plus = m.ufunc("plus");
        assertEquals(Target.PARALLEL, plus.target());
        assertEquals(0L, plus.identity());
        NDArray a = NDArray.random(1, 37, 5), b = NDArray.random(2, 5);
        assertTrue(((NDArray) UFuncs.add.call(a, b)).contentEquals((NDArray) plus.call(a, b)));
        // NumPy: a ufunc with identity 0 reduces an empty array to 0 and may reduce several axes at once.
        assertEquals(0.0, plus.reduce(NDArray.zeros(DType.FLOAT64, 0)));
        assertEquals(UFuncs.add.reducer(a).axis(0, 1).run(), plus.reducer(a).axis(0, 1).run());
        assertEquals(0L, plus.reduce(NDArray.zeros(DType.INT64, 0)));
        assertEquals(1.0, m.ufunc("times").reduce(NDArray.zeros(DType.FLOAT64, 0)));
        UFunc bigger = m.ufunc("bigger");
        assertEquals(null, bigger.identity());
        assertEquals(UFuncs.maximum.reducer(a).axis(0, 1).run(), bigger.reducer(a).axis(0, 1).run());
        var empty = assertThrows(UFuncException.class, () -> bigger.reduce(NDArray.zeros(DType.FLOAT64, 0)));
        assertEquals("zero-size array to reduction operation bigger which has no identity", empty.getMessage());
        UFunc first = m.ufunc("first");
        assertEquals(Target.CPU, first.target());
        var axes = assertThrows(UFuncException.class, () -> first.reducer(a).axis(0, 1).run());
        assertEquals("reduction operation 'first' is not reorderable, so at most one axis may be specified",
                axes.getMessage());
        assertThrows(UnsupportedError.class, () -> m.ufunc("gpu"));
        assertThrows(UnsupportedError.class, () -> m.ufunc("two"));
    }

    @Test
    void guvectorizeParallelTargetSplitsTheOuterLoopAndMatchesTheSerialTarget() throws Exception {
        String body = """
                def matvec(A, x, out):
                    for i in range(A.shape[0]):
                        s = 0.0
                        for j in range(A.shape[1]):
                            s += A[i, j] * x[j]
                        out[i] = s
                """;
        String layout = "[\"void(float64[:,:], float64[:], float64[:])\"], \"(m,n),(n)->(m)\"";
        VectorizedModule m = vectorize("from numba import guvectorize\n"
                + "@guvectorize(" + layout + ", target='parallel')\n" + body.replace("matvec", "par")
                + "@guvectorize(" + layout + ", target='cpu')\n" + body.replace("matvec", "ser")
                + "@guvectorize(" + layout + ", target='cuda')\n" + body.replace("matvec", "gpu"));
        GUFunc par = m.gufunc("par"), ser = m.gufunc("ser");
        assertEquals(Target.PARALLEL, par.target());
        assertEquals(Target.CPU, ser.target());
        // Outer shape (700, 5) from broadcasting (700, 1) matrices with (5,) vectors: above the serial threshold,
        // so 4 threads of the parallel loops' pool split it even on a one-core machine.
        NDArray a = NDArray.random(3, 700, 1, 4, 3), x = NDArray.random(4, 5, 3);
        NDArray expected = (NDArray) ser.call(a, x);
        ThreadCount.set(4);
        try {
            NDArray parallel = (NDArray) par.call(a, x);
            assertArrayEquals(new int[] {700, 5, 4}, parallel.shape());
            assertTrue(expected.contentEquals(parallel));
            NDArray out = NDArray.full(DType.FLOAT64, -1.0, 700, 5, 4);
            par.call(a, x, out);
            assertTrue(expected.contentEquals(out));
        } finally {
            ThreadCount.set(0);
        }
        var gpu = assertThrows(UnsupportedError.class, () -> m.gufunc("gpu"));
        assertTrue(gpu.getMessage().contains("@guvectorize target must be 'cpu' or 'parallel'"), gpu.getMessage());
    }

    private static void assertValues(double[] expected, NDArray actual, double tolerance) {
        NDArray c = actual.copy();
        assertEquals(expected.length, c.size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], c.readDouble(i), tolerance, "element " + i);
        }
    }
}
