package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two-level nests whose inner loop is strided or short are vectorized over the outer loop (one lane per j, the
 * inner loop run per lane), and the rows around them register-tiled: pairwise distances, naive i-j-k matmul and
 * column sums, at every species width and for trip counts around the lane count, against the interpreter. Each lane keeps its own sequential order, so where
 * no inner loop is vectorized by itself (matmul, column sums, anything under strict) results are bit-identical to
 * the interpreter's (no FMA without fastmath).
 */
class OuterLoopSimdTest {
    private static final String SOURCE = """
            import math
            from numba import njit

            @njit
            def pairwise_dist(X, out):
                n, d = X.shape
                for i in range(n):
                    for j in range(n):
                        s = 0.0
                        for k in range(d):
                            t = X[i, k] - X[j, k]
                            s += t * t
                        out[i, j] = math.sqrt(s)

            @njit
            def matmul(A, B, C):
                n, m = A.shape
                p = B.shape[1]
                for i in range(n):
                    for j in range(p):
                        s = 0.0
                        for k in range(m):
                            s += A[i, k] * B[k, j]
                        C[i, j] = s

            @njit
            def colsum(a, out):
                n, m = a.shape
                for j in range(m):
                    s = 0.0
                    for i in range(n):
                        s += a[i, j]
                    out[j] = s
            """;

    private static final Type C2 = Type.array(DType.FLOAT64, 2, Layout.C);
    private static final Type C1 = Type.array(DType.FLOAT64, 1, Layout.C);

    static Program kernel(String name, Type... args) { return PythonKernels.compile(SOURCE, name, List.of(args)); }

    /** 0, 1, lanes - 1, lanes, lanes + 1, 3 lanes + 1, and 5 lanes + 3 (so the unrolled main loop runs too). */
    static List<Integer> trips(int lanes) {
        return List.copyOf(new TreeSet<>(List.of(0, 1, Math.max(0, lanes - 1), lanes, lanes + 1, 3 * lanes + 1, 5 * lanes + 3)));
    }

    /** A C-ordered float64 array of random values starting at offset 1 of its buffer (so never aligned). */
    static NDArray array(Random rnd, int... shape) {
        int size = 1;
        for (int s : shape) size *= s;
        double[] data = new double[size + 1];
        for (int q = 0; q < data.length; q++) data[q] = rnd.nextDouble() * 4 - 2;
        return new NDArray(DType.FLOAT64, data, 1, shape, NDArray.cStrides(shape));
    }

    private static int lanes(SpeciesWidth w) { return Math.max(1, w.bits() / 64); }

    /** Compiles p guarded (a silent scalar fallback throws) and checks Explain reports the nest outer-vectorized. */
    private static CompiledKernel outerVectorized(Program p, VectorOptions options, String verdict) {
        String text = Explain.of(p, options);
        assertTrue(text.contains(verdict), text);
        CompiledKernel k = GuardedVectorizer.compile(p, options);
        assertTrue(k.javaSource().contains("VectorSpecies"), k.javaSource());
        return k;
    }

    @TestFactory
    List<DynamicTest> pairwiseDistances() {
        Program p = kernel("pairwise_dist", C2, C2);
        List<DynamicTest> tests = new ArrayList<>();
        for (SpeciesWidth w : SpeciesWidth.values()) {
            tests.add(DynamicTest.dynamicTest("@" + w, () -> {
                VectorOptions o = VectorOptions.DEFAULT.withWidth(w);
                CompiledKernel k = outerVectorized(p, o, "line 8: outer-loop vectorized over j: float64 x " + lanes(w) + " lanes");
                assertTrue(Explain.of(p, o).contains("loads: X[i, k] broadcast, X[j, k] gather (stride X.shape[1])"));
                assertTrue(Explain.of(p, o).contains("line 7: register-tiled: 4 rows of i at a time jammed into the "
                        + "outer-loop vectorized j loop (line 8), 4 x 1 vector steps"), Explain.of(p, o));
                for (int n : trips(lanes(w))) {
                    for (int d : new int[] {0, 1, 3, 7}) {
                        Random rnd = new Random(31L * n + d);
                        long seed = rnd.nextLong();
                        Differential.compare(p, k, () -> {
                            Random r = new Random(seed);
                            return new Object[] {array(r, n, d), array(r, n, n)};
                        }, "pairwise @" + w + " n=" + n + " d=" + d, false);
                    }
                }
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> naiveMatmul() {
        Program p = kernel("matmul", C2, C2, C2);
        List<DynamicTest> tests = new ArrayList<>();
        for (SpeciesWidth w : SpeciesWidth.values()) {
            tests.add(DynamicTest.dynamicTest("@" + w, () -> {
                VectorOptions o = VectorOptions.DEFAULT.withWidth(w);
                CompiledKernel k = outerVectorized(p, o, "line 20: outer-loop vectorized over j: float64 x " + lanes(w) + " lanes");
                assertTrue(Explain.of(p, o).contains("loads: A[i, k] broadcast, B[k, j] contiguous, stores: C[i, j] contiguous"));
                assertTrue(Explain.of(p, o).contains("line 19: register-tiled: 4 rows of i at a time jammed into the "
                        + "outer-loop vectorized j loop (line 20), 4 x 2 vector steps"), Explain.of(p, o));
                List<int[]> shapes = new ArrayList<>();
                for (int cols : trips(lanes(w))) {
                    for (int inner : new int[] {0, 1, 3, lanes(w) + 2}) shapes.add(new int[] {2, inner, cols});
                    shapes.add(new int[] {1, 5, cols});
                    shapes.add(new int[] {0, 4, cols});
                    shapes.add(new int[] {cols, cols, cols});
                    shapes.add(new int[] {cols, 3, 1});
                }
                for (int[] s : shapes) {
                    Differential.compare(p, k, () -> {
                        Random r = new Random(s[0] * 1000L + s[1] * 100L + s[2]);
                        return new Object[] {array(r, s[0], s[1]), array(r, s[1], s[2]), array(r, s[0], s[2])};
                    }, "matmul @" + w + " " + s[0] + "x" + s[1] + " @ " + s[1] + "x" + s[2], true);
                }
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> columnSums() {
        Program p = kernel("colsum", C2, C1);
        List<DynamicTest> tests = new ArrayList<>();
        for (SpeciesWidth w : SpeciesWidth.values()) {
            tests.add(DynamicTest.dynamicTest("@" + w, () -> {
                VectorOptions o = VectorOptions.DEFAULT.withWidth(w);
                CompiledKernel k = outerVectorized(p, o, "line 29: outer-loop vectorized over j: float64 x " + lanes(w) + " lanes");
                assertTrue(Explain.of(p, o).contains("loads: a[i, j] contiguous, stores: out[j] contiguous"));
                for (int m : trips(lanes(w))) {
                    for (int n : new int[] {0, 1, 3, 2 * lanes(w) + 1}) {
                        Differential.compare(p, k, () -> {
                            Random r = new Random(7L * m + n);
                            return new Object[] {array(r, n, m), array(r, m)};
                        }, "colsum @" + w + " " + n + "x" + m, true);
                    }
                }
            }));
        }
        return tests;
    }

    /**
     * strict keeps float reductions sequential; outer-loop vectorization reorders nothing (each lane sums its own k
     * in order), so it still applies, and the inner loops it replaces would have stayed scalar anyway.
     */
    @Test
    void strictStillVectorizesTheOuterLoop() {
        VectorOptions strict = VectorOptions.DEFAULT.withStrict(true);
        Program pairwise = kernel("pairwise_dist", C2, C2);
        String text = Explain.of(pairwise, strict);
        assertTrue(text.contains("outer-loop vectorized over j"), text);
        assertTrue(text.contains("line 10: not vectorized: strict: float reduction s += kept sequential"), text);
        assertTrue(!text.contains("while it has fewer than"), "the scalar-only inner loop is never preferred: " + text);
        CompiledKernel k = outerVectorized(pairwise, strict, "line 8: outer-loop vectorized over j");
        for (int n : new int[] {5, 37}) {
            Differential.compare(pairwise, k, () -> {
                Random r = new Random(n);
                return new Object[] {array(r, n, 40), array(r, n, n)};
            }, "strict pairwise n=" + n + " d=40", true);
        }
        Program matmul = kernel("matmul", C2, C2, C2);
        outerVectorized(matmul, strict, "line 20: outer-loop vectorized over j");
        outerVectorized(kernel("colsum", C2, C1), strict, "line 29: outer-loop vectorized over j");
    }

    /**
     * Long rows (d at least SHORT_INNER_STEPS x lanes) make the inner loop of pairwise distances the better one to
     * vectorize: the outer loops then run scalar (for n <= 16 the guard allows it) and each inner loop is guarded
     * SIMD itself.
     */
    @Test
    void longInnerLoopsVectorizeThemselves() {
        Program p = kernel("pairwise_dist", C2, C2);
        for (SpeciesWidth w : SpeciesWidth.values()) {
            VectorOptions o = VectorOptions.DEFAULT.withWidth(w);
            String text = Explain.of(p, o);
            assertTrue(text.contains("inner loop k (line 10) runs per lane while it has fewer than "
                    + LoopVerdict.Vectorizable.SHORT_INNER_STEPS * lanes(w)
                    + " iterations (else it is vectorized itself)"), text);
            assertTrue(text.contains("line 10: vectorized"), text);
            CompiledKernel k = GuardedVectorizer.compile(p, o);
            int d = LoopVerdict.Vectorizable.SHORT_INNER_STEPS * lanes(w) + 5;
            for (int n : new int[] {1, 2, 16}) {
                Differential.compare(p, k, () -> {
                    Random r = new Random(n);
                    return new Object[] {array(r, n, d), array(r, n, n)};
                }, "pairwise @" + w + " n=" + n + " d=" + d, false);
            }
        }
    }
}
