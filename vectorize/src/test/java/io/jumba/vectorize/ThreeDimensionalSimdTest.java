package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.jit.KernelCompiler;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 3-D arrays and 3- and 4-level loop nests at every species width: elementwise over the contiguous axis, a reduction
 * over the last axis, a 7-point stencil and a batched matmul; explain must say which loop vectorizes and how, and the
 * compiled code must match the interpreter on arrays at odd offsets (every buffer element compared).
 */
class ThreeDimensionalSimdTest {
    static final String SOURCE = """
            from numba import njit

            @njit
            def scale_add(a, b, out):
                for i in range(a.shape[0]):
                    for j in range(a.shape[1]):
                        for k in range(a.shape[2]):
                            out[i, j, k] = a[i, j, k] * 2.0 + b[i, j, k]

            @njit
            def last_axis_sum(a, out):
                for i in range(a.shape[0]):
                    for j in range(a.shape[1]):
                        s = 0.0
                        for k in range(a.shape[2]):
                            s += a[i, j, k]
                        out[i, j] = s

            @njit
            def stencil7(a, out):
                for i in range(1, a.shape[0] - 1):
                    for j in range(1, a.shape[1] - 1):
                        for k in range(1, a.shape[2] - 1):
                            out[i, j, k] = (a[i - 1, j, k] + a[i + 1, j, k] + a[i, j - 1, k] + a[i, j + 1, k]
                                            + a[i, j, k - 1] + a[i, j, k + 1]) / 6.0 - a[i, j, k]

            @njit
            def batched_matmul(A, B, C):
                for b in range(A.shape[0]):
                    for i in range(A.shape[1]):
                        for j in range(B.shape[2]):
                            s = 0.0
                            for k in range(A.shape[2]):
                                s += A[b, i, k] * B[b, k, j]
                            C[b, i, j] = s
            """;

    static final Type C3 = Type.array(DType.FLOAT64, 3, Layout.C);
    static final Type C2 = Type.array(DType.FLOAT64, 2, Layout.C);

    static Program kernel(String name, Type... args) { return PythonKernels.compile(SOURCE, name, List.of(args)); }

    private static int lanes(SpeciesWidth w) { return Math.max(1, w.bits() / 64); }

    /** Compiles p guarded (a silent scalar fallback throws) after checking explain has every verdict. */
    private static CompiledKernel compiled(Program p, VectorOptions o, String... verdicts) {
        String text = Explain.of(p, o);
        for (String v : verdicts) assertTrue(text.contains(v), "expected \"" + v + "\" in\n" + text);
        return GuardedVectorizer.compile(p, o);
    }

    /** Runs k against the interpreter on fresh arrays (C-ordered, at odd offsets) of the given shapes. */
    private static void agrees(Program p, CompiledKernel k, String name, int[]... shapes) {
        long seed = 17L * name.hashCode() + java.util.Arrays.deepHashCode(shapes);
        Differential.compare(p, k, () -> {
            Random r = new Random(seed);
            Object[] args = new Object[shapes.length];
            for (int a = 0; a < shapes.length; a++) args[a] = OuterLoopSimdTest.array(r, shapes[a]);
            return args;
        }, name + " " + java.util.Arrays.deepToString(shapes), false);
    }

    private interface Case {
        void run(SpeciesWidth w, int lanes);
    }

    private static List<DynamicTest> atEveryWidth(Case c) {
        List<DynamicTest> tests = new ArrayList<>();
        for (SpeciesWidth w : SpeciesWidth.values()) tests.add(DynamicTest.dynamicTest("@" + w, () -> c.run(w, lanes(w))));
        return tests;
    }

    @TestFactory
    List<DynamicTest> elementwiseOverTheContiguousAxis() {
        Program p = kernel("scale_add", C3, C3, C3);
        return atEveryWidth((w, lanes) -> {
            CompiledKernel k = compiled(p, VectorOptions.DEFAULT.withWidth(w),
                    "line 7: vectorized: float64 x " + lanes + " lanes", "unroll 1, tail: masked vector step, reductions: none");
            assertTrue(!Explain.of(p, VectorOptions.DEFAULT.withWidth(w)).contains("line 5:"), "outer loops are not reported");
            for (int n : OuterLoopSimdTest.trips(lanes)) {
                for (int[] outer : new int[][] {{0, 3}, {1, 1}, {2, 3}, {3, 2}}) {
                    int[] s = {outer[0], outer[1], n};
                    agrees(p, k, "scale_add @" + w, s, s, s);
                }
            }
        });
    }

    @TestFactory
    List<DynamicTest> reductionOverTheLastAxis() {
        Program p = kernel("last_axis_sum", C3, C2);
        return atEveryWidth((w, lanes) -> {
            CompiledKernel k = compiled(p, VectorOptions.DEFAULT.withWidth(w),
                    "line 15: vectorized: float64 x " + lanes + " lanes", "unroll 4, tail: masked vector step, reductions: s (+)",
                    "line 13: outer-loop vectorized over j: float64 x " + lanes + " lanes",
                    "inner loop k (line 15) runs per lane while it has fewer than " + 12 * lanes + " iterations",
                    "loads: a[i, j, k] gather (stride a.shape[2]), stores: out[i, j] contiguous",
                    "line 12: register-tiled: 4 rows of i at a time jammed into the outer-loop vectorized j loop (line 13)");
            // from 12 x lanes trips on, the j loop runs scalar around the vectorized k loop by design, which the
            // guard (a scalar j loop longer than a vector) would take for a fallback: that code runs unguarded
            CompiledKernel plain = KernelCompiler.compile(p, new Vectorizer(VectorOptions.DEFAULT.withWidth(w)));
            List<Integer> ks = new ArrayList<>(OuterLoopSimdTest.trips(lanes));
            ks.addAll(List.of(12 * lanes - 1, 12 * lanes, 13 * lanes + 1));
            for (int n : ks) {
                for (int[] outer : new int[][] {{0, 3}, {1, 1}, {2, 3}, {5, lanes + 1}, {4, 3 * lanes + 1}}) {
                    agrees(p, n < 12 * lanes ? k : plain, "last_axis_sum @" + w, new int[] {outer[0], outer[1], n},
                            new int[] {outer[0], outer[1]});
                }
            }
        });
    }

    @TestFactory
    List<DynamicTest> sevenPointStencil() {
        Program p = kernel("stencil7", C3, C3);
        return atEveryWidth((w, lanes) -> {
            CompiledKernel k = compiled(p, VectorOptions.DEFAULT.withWidth(w),
                    "line 23: vectorized: float64 x " + lanes + " lanes", "unroll 1, tail: masked vector step, reductions: none");
            for (int n : OuterLoopSimdTest.trips(lanes)) {
                for (int[] outer : new int[][] {{1, 3}, {3, 3}, {4, 5}}) {
                    int[] s = {outer[0], outer[1], n + 2};
                    agrees(p, k, "stencil7 @" + w, s, s);
                }
            }
        });
    }

    @TestFactory
    List<DynamicTest> batchedMatmul() {
        Program p = kernel("batched_matmul", C3, C3, C3);
        return atEveryWidth((w, lanes) -> {
            CompiledKernel k = compiled(p, VectorOptions.DEFAULT.withWidth(w),
                    "line 31: outer-loop vectorized over j: float64 x " + lanes + " lanes",
                    "inner loop k (line 33) runs per lane, tail",
                    "loads: A[b, i, k] broadcast, B[b, k, j] contiguous, stores: C[b, i, j] contiguous",
                    "line 30: register-tiled: 4 rows of i at a time jammed into the outer-loop vectorized j loop (line 31)",
                    "line 33: not vectorized: B[b, k, j] is strided along k");
            for (int cols : OuterLoopSimdTest.trips(lanes)) {
                for (int batch : new int[] {0, 1, 2}) {
                    for (int[] ik : new int[][] {{1, 3}, {3, 0}, {4, 1}, {5, lanes + 2}, {9, 2}}) {
                        agrees(p, k, "batched_matmul @" + w, new int[] {batch, ik[0], ik[1]}, new int[] {batch, ik[1], cols},
                                new int[] {batch, ik[0], cols});
                    }
                }
            }
        });
    }
}
