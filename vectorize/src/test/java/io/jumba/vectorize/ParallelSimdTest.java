package io.jumba.vectorize;

import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.NDArray;
import io.jumba.dispatch.Pipeline;
import io.jumba.frontend.Parser;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.plan.LoopPlan;
import io.jumba.runtime.parallel.ChunkGrid;
import io.jumba.runtime.parallel.ThreadCount;
import io.jumba.types.Signature;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Parallel loops under the SIMD pipeline: each chunk runs the loop's vector code over its sub-range (masked tail
 * included), and the chunked reduction gives the interpreter's bits for every thread count.
 */
class ParallelSimdTest {
    private static final String SUMSQ = """
            from numba import njit, prange

            @njit(parallel=True)
            def sumsq(a):
                acc = 0.0
                for i in prange(a.shape[0]):
                    acc += a[i] * a[i]
                return acc
            """;

    private static Program typed(String src, String fn, String... types) {
        return TypeInference.specialize(Parser.parse(src, "k.py"), fn, java.util.Arrays.stream(types).map(Signature::parseType).toList());
    }

    @Test
    void aVectorizedReductionRunsVectorCodeInEveryChunkAndMatchesTheInterpreter() {
        Program p = typed(SUMSQ, "sumsq", "float64[::1]");
        Pipeline simd = SimdPipeline.with(VectorOptions.fromSystemProperties());
        CompiledKernel k = simd.compile(p);
        String src = k.javaSource();
        int chunkMethod = src.indexOf("static void sumsq");
        assertTrue(chunkMethod > 0 && src.indexOf("DoubleVector", chunkMethod) > 0, src);
        assertTrue(src.contains("Parallel.run("), src);
        String explain = Explain.of(k.plans().orElseThrow());
        assertTrue(explain.contains("parallel: chunks of at least") && explain.contains("each chunk: vectorized"), explain);
        assertTrue(explain.contains("reductions: acc SUM"), explain);
        for (int n : new int[] {0, 1, 63, 70_001, 1_000_003}) {
            double[] d = data(n);
            // Lanes reorder the sum inside a chunk (as every vectorized float reduction does): close to the
            // interpreter's, and the same bits for every thread count and run.
            double expected = (Double) Interpreter.run(p, NDArray.wrap(d));
            Object first = null;
            try {
                for (int threads : new int[] {1, 2, 3, 8, 16}) {
                    ThreadCount.set(threads);
                    for (int run = 0; run < 2; run++) {
                        Object r = k.invoke(NDArray.wrap(d));
                        if (first == null) first = r;
                        assertEquals(first, r, n + " elements, " + threads + " threads, run " + run);
                    }
                }
            } finally {
                ThreadCount.set(0);
            }
            assertEquals(expected, (Double) first, Math.abs(expected) * 1e-12, n + " elements");
        }
    }

    @Test
    void wholeArrayReductionsAndMapsRunVectorChunksTheSameForEveryThreadCount() {
        Program p = typed("""
                import numpy as np
                from numba import njit

                @njit(parallel=True)
                def k(a, b, out):
                    out[:] = a * 2.0 + b
                    return np.sum(a * b), np.max(a), np.argmin(b)
                """, "k", "float64[::1]", "float64[::1]", "float64[::1]");
        CompiledKernel k = SimdPipeline.with(VectorOptions.fromSystemProperties()).compile(p);
        String explain = Explain.of(k.plans().orElseThrow());
        assertTrue(explain.contains("line 6: parallel (whole-array expression): chunks of at least")
                && explain.contains("line 7: parallel (whole-array expression): chunks of at least"), explain);
        assertTrue(explain.contains("each chunk: vectorized: float64"), explain);
        assertTrue(explain.matches("(?s).*reductions: \\$acc\\d+ SUM.*"), explain);
        assertTrue(explain.matches("(?s).*reductions: \\$acc\\d+ AMAX.*"), explain);
        assertTrue(explain.matches("(?s).*reductions: \\$acc\\d+ ARGMIN with \\$arg\\d+.*"), explain);
        int n = 200_003;
        double[] a = data(n), b = java.util.Arrays.copyOf(data(n + 1), n);
        Object[] expected = (Object[]) Interpreter.run(p, NDArray.wrap(a), NDArray.wrap(b), NDArray.wrap(new double[n]));
        Object[] first = null;
        double[] firstOut = null;
        try {
            for (int threads : new int[] {1, 2, 3, 8, 16}) {
                ThreadCount.set(threads);
                double[] out = new double[n];
                Object[] r = (Object[]) k.invoke(NDArray.wrap(a), NDArray.wrap(b), NDArray.wrap(out));
                if (first == null) {
                    first = r;
                    firstOut = out;
                }
                assertArrayEquals(first, r, threads + " threads");
                assertArrayEquals(firstOut, out, threads + " threads");
            }
        } finally {
            ThreadCount.set(0);
        }
        // Lanes reorder the sum inside each chunk: within rounding of NumPy's order; max and argmin are exact.
        assertEquals((Double) expected[0], (Double) first[0], Math.abs((Double) expected[0]) * 1e-12);
        assertEquals(expected[1], first[1]);
        assertEquals(expected[2], first[2]);
        // (No exp here: VectorOperators.EXP rounds differently before and after C2 compiles the chunk method.)
        for (int i = 0; i < n; i++) assertEquals(a[i] * 2.0 + b[i], firstOut[i], "out[" + i + "]");
    }

    private static double[] data(int n) {
        double[] d = new double[n];
        Random r = new Random(n);
        for (int i = 0; i < n; i++) d[i] = (r.nextDouble() - 0.3) * Math.pow(10, r.nextInt(10) - 5);
        return d;
    }

    @Test
    void strictModeSumsEachChunkInOrderAndCombinesTheChunksInIndexOrder() {
        Program p = typed(SUMSQ, "sumsq", "float64[::1]");
        CompiledKernel k = SimdPipeline.with(VectorOptions.fromSystemProperties().withStrict(true)).compile(p);
        LoopPlan.Parallel plan = k.plans().orElseThrow().planned().plans(k.plans().orElseThrow().planned().program().entry())
                .byLoop().values().stream().filter(LoopPlan.Parallel.class::isInstance).map(LoopPlan.Parallel.class::cast)
                .findFirst().orElseThrow();
        double[] d = data(200_003);
        ChunkGrid grid = ChunkGrid.of(d.length, plan.workPerIteration());
        assertTrue(grid.chunks() > 16, "chunks: " + grid.chunks());
        double expected = 0.0;
        for (int c = 0; c < grid.chunks(); c++) {
            double partial = 0.0;
            for (long i = grid.lo(c); i < grid.hi(c); i++) partial += d[(int) i] * d[(int) i];
            expected += partial;
        }
        try {
            for (int threads : new int[] {1, 2, 16}) {
                ThreadCount.set(threads);
                assertEquals(expected, k.invoke(NDArray.wrap(d)), threads + " threads");
            }
        } finally {
            ThreadCount.set(0);
        }
    }

    @Test
    void explainSaysWhyAPrangeStaysSerial() {
        Program p = typed("""
                from numba import njit, prange

                @njit(parallel=True)
                def first(a):
                    k = -1
                    for i in prange(a.shape[0]):
                        for j in range(3):
                            if a[i] > 0.5:
                                k = i
                                return k
                    return k
                """, "first", "float64[::1]");
        String explain = Explain.of(plans(p));
        assertTrue(explain.contains("prange runs serially"), explain);
    }

    private static io.jumba.jit.KernelPlans plans(Program p) {
        return SimdPipeline.with(VectorOptions.fromSystemProperties()).compile(p).plans().orElseThrow();
    }
}
