package io.jumba;

import io.jumba.array.NDArray;
import io.jumba.diag.ParallelSafetyError;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/** prange kernels through the facade: thread-count controls, explain, race errors, many concurrent callers. */
class ParallelFacadeTest {
    private static final String SOURCE = """
            from numba import njit, prange

            @njit(parallel=True)
            def sumsq(a):
                acc = 0.0
                for i in prange(a.shape[0]):
                    acc += a[i] * a[i]
                return acc

            @njit(parallel=True)
            def shifted(a):
                for i in prange(1, a.shape[0]):
                    a[i] = a[i - 1] + 1.0
            """;

    private static NDArray data(int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) d[i] = Math.sin(i) * Math.pow(10, i % 9 - 4);
        return NDArray.wrap(d);
    }

    @Test
    void threadCountSettingsChangeNothingInTheResult() {
        Kernel k = Jumba.jit(SOURCE).function("sumsq");
        NDArray a = data(300_001);
        Object all = k.call(a);
        try {
            Jumba.setNumThreads(3);
            assertEquals(3, Jumba.getNumThreads());
            assertEquals(all, k.call(a));
            assertEquals(all, k.callWithThreads(1, a));
            assertEquals(all, k.callWithThreads(16, a));
            assertEquals(3, Jumba.getNumThreads(), "a per-call count does not stay");
        } finally {
            Jumba.setNumThreads(0);
        }
        assertThrows(IllegalArgumentException.class, () -> k.callWithThreads(0, a));
        assertThrows(IllegalArgumentException.class, () -> Jumba.setNumThreads(257));
    }

    @Test
    void explainShowsTheParallelPlan() {
        Kernel k = Jumba.jit(SOURCE).function("sumsq");
        String explain = k.explain("(float64[::1],)");
        assertTrue(explain.contains("line 6: parallel: chunks of at least"), explain);
        assertTrue(explain.contains("reductions: acc SUM"), explain);
    }

    @Test
    void aWholeArrayReductionIsSplitAcrossThreadsWithTheSameBitsForEveryCount() {
        Kernel k = Jumba.jit("""
                import numpy as np
                from numba import njit

                @njit(parallel=True)
                def dot(a, b):
                    return np.sum(a * b)
                """).function("dot");
        String explain = k.explain("(float64[::1], float64[::1])");
        assertTrue(explain.contains("line 6: parallel (whole-array expression): chunks of at least"), explain);
        assertTrue(explain.contains("each chunk: vectorized"), explain);
        assertTrue(explain.contains("reductions combine per-chunk partials in a fixed tree"), explain);
        NDArray a = data(300_001), b = a.view(1, new int[] {300_000}, new int[] {1});
        a = a.view(0, new int[] {300_000}, new int[] {1});
        Object all = k.call(a, b);
        for (int threads : new int[] {1, 2, 3, 8, 16}) assertEquals(all, k.callWithThreads(threads, a, b), threads + " threads");
    }

    @Test
    void aRaceIsAnErrorAtTheKernelLine() {
        Kernel k = Jumba.jit(SOURCE).function("shifted");
        ParallelSafetyError e = assertThrows(ParallelSafetyError.class, () -> k.call(data(10)));
        assertTrue(e.getMessage().startsWith("<string>:13:"), e.getMessage());
    }

    @Test
    void aComputedIndexWriteWarnsOrIsRejectedUnderTheModuleOption() {
        String scatter = """
                from numba import njit, prange

                @njit(parallel=True)
                def k(a, idx, out):
                    for i in prange(a.shape[0]):
                        out[idx[i]] = a[i]
                """;
        NDArray a = NDArray.wrap(new double[] {1, 2, 3}), out = NDArray.wrap(new double[3]);
        NDArray idx = NDArray.wrap(new long[] {2, 0, 1});
        KernelModule module = Jumba.jit(scatter);
        assertFalse(module.rejectsComputedIndexRaces());
        module.function("k").call(a, idx, out);
        assertEquals(1.0, out.readDouble(2));
        KernelModule strictRaces = module.rejectComputedIndexRaces();
        assertTrue(strictRaces.rejectsComputedIndexRaces());
        assertTrue(strictRaces.strict().rejectsComputedIndexRaces(), "strict() keeps the option");
        ParallelSafetyError e = assertThrows(ParallelSafetyError.class, () -> strictRaces.function("k").call(a, idx, out));
        assertTrue(e.getMessage().startsWith("<string>:6:9: ParallelSafetyError: 'out' is written at a computed index"),
                e.getMessage());
    }

    @Test
    void thirtyTwoConcurrentCallersShareThePool() throws Exception {
        Kernel k = Jumba.jit(SOURCE).function("sumsq");
        NDArray a = data(200_000);
        Object expected = k.call(a);
        ExecutorService callers = Executors.newFixedThreadPool(32);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int c = 0; c < 32; c++) {
                int threads = 1 + c % 4;
                results.add(callers.submit(() -> {
                    Object last = null;
                    for (int r = 0; r < 20; r++) last = k.callWithThreads(threads, a);
                    return last;
                }));
            }
            for (Future<Object> f : results) assertEquals(expected, f.get());
        } finally {
            callers.shutdownNow();
        }
    }
}
