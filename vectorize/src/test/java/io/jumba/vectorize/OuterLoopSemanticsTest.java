package io.jumba.vectorize;

import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.jit.KernelCompiler;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Python semantics outer-loop vectorization must keep (aliasing between arguments, IndexError after the same
 * stores, variables after the nest) and the nests it must leave alone, with the reason Explain gives.
 */
class OuterLoopSemanticsTest {
    private static final Type C2 = Type.array(DType.FLOAT64, 2, Layout.C);
    private static final Type C1 = Type.array(DType.FLOAT64, 1, Layout.C);

    private static CompiledKernel compile(Program p) {
        CompiledKernel k = KernelCompiler.compile(p, new Vectorizer(VectorOptions.DEFAULT));
        assertTrue(k.javaSource().contains("VectorSpecies"), "vectorized\n" + k.javaSource());
        return k;
    }

    private static Program kernel(String source, String name, Type... args) {
        return PythonKernels.compile("from numba import njit\n\n@njit\n" + source, name, List.of(args));
    }

    /** matmul(A, B, B): C overwrites B while B is read, so the vector code must not run; results stay sequential. */
    @Test
    void aliasedOutputFallsBackToScalar() {
        Program p = OuterLoopSimdTest.kernel("matmul", C2, C2, C2);
        CompiledKernel k = compile(p);
        for (int n : new int[] {9, 33}) {
            NDArray a1 = OuterLoopSimdTest.array(new Random(n), n, n), b1 = OuterLoopSimdTest.array(new Random(-n), n, n);
            NDArray a2 = OuterLoopSimdTest.array(new Random(n), n, n), b2 = OuterLoopSimdTest.array(new Random(-n), n, n);
            Interpreter.run(p, a1, b1, b1);
            k.invoke(a2, b2, b2);
            for (int q = 0; q < n * n; q++) assertEquals(b1.getDouble(q / n, q % n), b2.getDouble(q / n, q % n), "n=" + n + " q=" + q);
        }
    }

    /** out has one column too few: IndexError on the same element as the interpreter, after the same stores. */
    @Test
    void outOfRangeStoreRaisesAfterTheSameStores() {
        Program p = OuterLoopSimdTest.kernel("pairwise_dist", C2, C2);
        CompiledKernel k = compile(p);
        int n = 37;
        NDArray x1 = OuterLoopSimdTest.array(new Random(3), n, 3), out1 = NDArray.zeros(DType.FLOAT64, n, n - 1);
        NDArray x2 = OuterLoopSimdTest.array(new Random(3), n, 3), out2 = NDArray.zeros(DType.FLOAT64, n, n - 1);
        KernelRuntimeError expected = assertThrows(KernelRuntimeError.class, () -> Interpreter.run(p, x1, out1));
        KernelRuntimeError actual = assertThrows(KernelRuntimeError.class, () -> k.invoke(x2, out2));
        assertEquals(expected.getMessage(), actual.getMessage());
        for (int q = 0; q < n * (n - 1); q++) assertEquals(out1.getDouble(q / (n - 1), q % (n - 1)), out2.getDouble(q / (n - 1), q % (n - 1)));
    }

    /** The variables of the nest end with their sequential values: the last j runs scalar. */
    @Test
    void variablesAfterTheNestKeepTheirLastValues() {
        Program p = kernel("""
                def f(a, out):
                    n, m = a.shape
                    s = -1.0
                    i = -1
                    j = -1
                    for j in range(m):
                        s = 0.0
                        for i in range(n):
                            s += a[i, j]
                        out[j] = s
                    return s + 1000.0 * i + 1000000.0 * j
                """, "f", C2, C1);
        assertTrue(Explain.of(p, VectorOptions.DEFAULT).contains("outer-loop vectorized over j"));
        CompiledKernel k = compile(p);
        for (int[] s : new int[][] {{0, 0}, {0, 19}, {5, 0}, {5, 19}, {3, 64}}) {
            Differential.compare(p, k, () -> {
                Random r = new Random(s[0] + 100L * s[1]);
                return new Object[] {OuterLoopSimdTest.array(r, s[0], s[1]), OuterLoopSimdTest.array(r, s[1])};
            }, s[0] + "x" + s[1], true);
        }
    }

    /**
     * Register tiling leaves every variable as sequential execution does, also when the vectorized loop or the
     * inner loop is empty (the scalar rows after the tiles set them, or nothing does).
     */
    @Test
    void variablesAfterATiledNestKeepTheirLastValues() {
        Program p = kernel("""
                def f(A, B, C):
                    s = -1.0
                    i = -1
                    j = -1
                    k = -1
                    for i in range(A.shape[0]):
                        for j in range(B.shape[1]):
                            s = 0.0
                            for k in range(A.shape[1]):
                                s += A[i, k] * B[k, j]
                            C[i, j] = s
                    return s + 1000.0 * i + 1000000.0 * j + 1000000000.0 * k
                """, "f", C2, C2, C2);
        assertTrue(Explain.of(p, VectorOptions.DEFAULT).contains("line 9: register-tiled: 4 rows of i"), Explain.of(p, VectorOptions.DEFAULT));
        CompiledKernel k = GuardedVectorizer.compile(p, VectorOptions.DEFAULT);
        for (int[] s : new int[][] {{9, 3, 0}, {9, 0, 17}, {9, 3, 17}, {0, 3, 17}, {4, 3, 17}, {5, 3, 17}, {13, 2, 1}}) {
            Differential.compare(p, k, () -> {
                Random r = new Random(s[0] + 100L * s[1] + 10000L * s[2]);
                return new Object[] {OuterLoopSimdTest.array(r, s[0], s[1]), OuterLoopSimdTest.array(r, s[1], s[2]),
                        OuterLoopSimdTest.array(r, s[0], s[2])};
            }, s[0] + "x" + s[1] + " @ " + s[1] + "x" + s[2], true);
        }
    }

    /**
     * Row i reads row i - 1 of the output: jamming rows would read before the write, so the runtime alias check
     * sends the tiles to the scalar rows (each still outer-vectorized on its own), which match the interpreter.
     */
    @Test
    void rowToRowDependenceIsNotTiled() {
        Program p = kernel("""
                def rowdep(a, out):
                    for i in range(1, out.shape[0]):
                        for j in range(out.shape[1]):
                            s = 0.0
                            for k in range(a.shape[1]):
                                s += a[i, k] * out[i - 1, j]
                            out[i, j] = s
                """, "rowdep", C2, C2);
        assertTrue(Explain.of(p, VectorOptions.DEFAULT).contains("line 5: register-tiled"), Explain.of(p, VectorOptions.DEFAULT));
        CompiledKernel k = compile(p);
        for (int n : new int[] {6, 21}) {
            Differential.compare(p, k, () -> {
                Random r = new Random(n);
                return new Object[] {OuterLoopSimdTest.array(r, n, 3), OuterLoopSimdTest.array(r, n, 2 * n + 1)};
            }, "rowdep n=" + n, false);
        }
    }

    /**
     * A 1-d convolution reads x[j + k]: contiguous along j, so the outer loop vectorizes without gathers. (Where j
     * is too short its scalar loop vectorizes the k loop, which reassociates: compared to a tolerance.)
     */
    @Test
    void sumsOfLoopIndicesAreAffine() {
        Program p = kernel("""
                def conv(x, w, out):
                    for j in range(out.shape[0]):
                        s = 0.0
                        for k in range(w.shape[0]):
                            s += x[j + k] * w[k]
                        out[j] = s
                """, "conv", C1, C1, C1);
        String text = Explain.of(p, VectorOptions.DEFAULT);
        assertTrue(text.contains("loads: x[(j + k)] contiguous, w[k] broadcast, stores: out[j] contiguous"), text);
        CompiledKernel k = GuardedVectorizer.compile(p, VectorOptions.DEFAULT);
        for (int n : new int[] {0, 1, 7, 8, 9, 40}) {
            for (int taps : new int[] {0, 1, 5}) {
                Differential.compare(p, k, () -> {
                    Random r = new Random(n * 10L + taps);
                    return new Object[] {OuterLoopSimdTest.array(r, n + Math.max(0, taps - 1)), OuterLoopSimdTest.array(r, taps),
                            OuterLoopSimdTest.array(r, n)};
                }, "conv n=" + n + " taps=" + taps, false);
            }
        }
    }

    /** Loads that do not depend on the loop index are read as scalars, in innermost loops too. */
    @Test
    void uniformLoadsInAnInnermostLoop() {
        Program p = kernel("""
                def scale(a, w, out):
                    for i in range(a.shape[0]):
                        out[i] = a[i] * w[0] + w[1]
                """, "scale", C1, C1, C1);
        String text = Explain.of(p, VectorOptions.DEFAULT);
        assertTrue(text.contains("line 5: vectorized: float64") && text.contains("loads: w[0] broadcast, w[1] broadcast"), text);
        CompiledKernel k = GuardedVectorizer.compile(p, VectorOptions.DEFAULT);
        for (int n : new int[] {0, 1, 7, 8, 9, 40}) {
            Differential.compare(p, k, () -> {
                Random r = new Random(n);
                return new Object[] {OuterLoopSimdTest.array(r, n), OuterLoopSimdTest.array(r, 2), OuterLoopSimdTest.array(r, n)};
            }, "scale n=" + n, true);
        }
        NDArray a = OuterLoopSimdTest.array(new Random(1), 40), w = OuterLoopSimdTest.array(new Random(2), 1);
        KernelRuntimeError expected = assertThrows(KernelRuntimeError.class, () -> Interpreter.run(p, a, w, NDArray.zeros(DType.FLOAT64, 40)));
        CompiledKernel unguarded = compile(p);
        KernelRuntimeError actual = assertThrows(KernelRuntimeError.class, () -> unguarded.invoke(a, w, NDArray.zeros(DType.FLOAT64, 40)));
        assertEquals(expected.getMessage(), actual.getMessage());
    }

    /** Nests that must stay as they are, with the reason for the outer loop. */
    @Test
    void reasonsForNestsLeftAlone() {
        assertReason(kernel("""
                def tri(a, out):
                    for j in range(a.shape[1]):
                        s = 0.0
                        for i in range(j % 3):
                            s += a[i, j]
                        out[j] = s
                """, "tri", C2, C1), "line 5: not outer-loop vectorized: bounds of inner loop i change with j");
        assertReason(kernel("""
                def last_row(a, out):
                    i = 0
                    for j in range(a.shape[1]):
                        for i in range(a.shape[0]):
                            out[j] = a[i, j]
                """, "last_row", C2, C1), "line 6: not outer-loop vectorized: store to out inside an inner loop");
        assertReason(kernel("""
                def carried(a, out):
                    s = 0.0
                    for j in range(a.shape[1]):
                        for i in range(a.shape[0]):
                            s += a[i, j]
                        out[j] = s
                """, "carried", C2, C1), "line 6: not outer-loop vectorized: loop-carried scalar s");
        assertReason(kernel("""
                def after(a, out):
                    for j in range(a.shape[1]):
                        s = 0.0
                        for i in range(a.shape[0]):
                            s += a[i, j]
                        out[j] = s + i
                """, "after", C2, C1), "line 5: not outer-loop vectorized: index i of an inner loop read after that loop");
    }

    private static void assertReason(Program p, String reason) {
        String text = Explain.of(p, VectorOptions.DEFAULT);
        assertTrue(text.contains(reason), text);
        CompiledKernel k = KernelCompiler.compile(p, new Vectorizer(VectorOptions.DEFAULT));
        Differential.compare(p, k, () -> {
            Random r = new Random(5);
            return new Object[] {OuterLoopSimdTest.array(r, 6, 19), OuterLoopSimdTest.array(r, 19)};
        }, reason, true);
    }
}
