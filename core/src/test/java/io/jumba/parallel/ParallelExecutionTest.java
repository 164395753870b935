package io.jumba.parallel;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.ParallelSafetyError;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.runtime.parallel.ChunkGrid;
import io.jumba.runtime.parallel.Parallel;
import org.junit.jupiter.api.Test;

import static io.jumba.parallel.ParallelKernels.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * prange loops of parallel=True kernels run on the chunk grid: compiled code agrees with the reference interpreter
 * bit for bit for every construct and for 1, 2, 3, 8 and 16 threads (see {@link ParallelKernels#agree}).
 */
class ParallelExecutionTest {
    private static final String PAR = "@njit(parallel=True)";
    private static final int N = 70_003;  // many chunks, a short last one; above the serial threshold

    @Test
    void floatSumIsTheSameForEveryThreadCountAndDiffersFromTheSequentialSum() {
        Program p = typed(PAR, """
                def k(a):
                    s = 0.0
                    for i in prange(a.shape[0]):
                        s += a[i] * a[i]
                    return s
                """, "float64[::1]");
        NDArray a = scattered(N, 1);
        double parallel = (Double) agree(p, a);
        double sequential = 0;
        for (int i = 0; i < N; i++) sequential += a.readDouble(i) * a.readDouble(i);
        // The chunked tree sum is a different rounding of the same sum: close, and (for this data) not the same bits.
        assertEquals(sequential, parallel, Math.abs(sequential) * 1e-12);
        assertNotEquals(sequential, parallel);
    }

    @Test
    void aLoopBelowTheThresholdIsThePlainSerialLoopForEveryThreadCount() {
        Program p = typed(PAR, """
                def k(a):
                    s = 0.5
                    for i in prange(a.shape[0]):
                        s += a[i] * a[i]
                    return s
                """, "float64[::1]");
        int n = 12_001;  // 60,005 work units: under Parallel.SERIAL_BELOW_WORK, though the grid would have 2 chunks
        long work = IterationWork.of(p.entry().body().stream().filter(st -> st instanceof Stmt.ForRange)
                .map(Stmt.ForRange.class::cast).findFirst().orElseThrow());
        assertTrue(Parallel.serialLoop(n, work));
        assertTrue(ChunkGrid.of(n, work).chunks() > 1);
        NDArray a = scattered(n, 9);
        double sequential = 0.5;
        for (int i = 0; i < n; i++) sequential += a.readDouble(i) * a.readDouble(i);
        // No chunks, no tree: the sum in loop order from the initial value, as a serial loop gives it.
        assertEquals(Double.doubleToRawLongBits(sequential), Double.doubleToRawLongBits((Double) agree(p, a)));
    }

    @Test
    void productsBitwiseOpsAndIntegerSumsWithWrapping() {
        Program p = typed(PAR, """
                def k(a, b):
                    prod = 1.0
                    band = -1
                    bor = 0
                    bxor = 0
                    small = np.int32(0)
                    for i in prange(a.shape[0]):
                        prod *= 1.0 + a[i] * 1e-6
                        band &= b[i] | 1024
                        bor |= b[i]
                        bxor ^= b[i]
                        small += np.int32(b[i])
                    return prod, band, bor, bxor, small
                """, "float64[::1]", "int64[::1]");
        long[] b = new long[N];
        java.util.Random r = new java.util.Random(2);
        for (int i = 0; i < N; i++) b[i] = r.nextLong() >>> r.nextInt(64);
        agree(p, scattered(N, 3), NDArray.wrap(b));
    }

    @Test
    void minMaxFormsAndSeveralReductionsInOneLoop() {
        Program p = typed(PAR, """
                def k(a):
                    lo = np.inf
                    hi = -np.inf
                    m = 1e300
                    total = 0.0
                    for i in prange(a.shape[0]):
                        lo = min(lo, a[i])
                        hi = max(hi, a[i])
                        if a[i] < m:
                            m = a[i]
                        total += a[i]
                    return lo, hi, m, total
                """, "float64[::1]");
        agree(p, scattered(N, 4));
    }

    @Test
    void argminAndArgmaxWithFirstAndLastTies() {
        Program p = typed(PAR, """
                def k(a):
                    m = np.inf
                    at = -1
                    x = -np.inf
                    xat = -1
                    for i in prange(a.shape[0]):
                        if a[i] < m:
                            m = a[i]
                            at = i
                        if a[i] >= x:
                            x = a[i]
                            xat = i
                    return m, at, x, xat
                """, "float64[::1]");
        double[] d = new double[N];
        for (int i = 0; i < N; i++) d[i] = (i * 7919L) % 1000;  // every value repeats: ties decide the index
        Object[] r = (Object[]) agree(p, NDArray.wrap(d));
        assertEquals(0.0, r[0]);
        assertEquals(0L, r[1]);
        assertEquals(999.0, r[2]);
        long lastMax = 0;
        for (int i = 0; i < N; i++) if (d[i] == 999.0) lastMax = i;
        assertEquals(lastMax, r[3]);
    }

    @Test
    void histogramWithPrivateCopies() {
        Program p = typed(PAR, """
                def k(idx, w, hist, weights):
                    for i in prange(idx.shape[0]):
                        hist[idx[i]] += 1
                        weights[idx[i]] += w[i]
                """, "int64[::1]", "float64[::1]", "int64[::1]", "float64[::1]");
        long[] idx = new long[N];
        for (int i = 0; i < N; i++) idx[i] = (i * 31L) % 17;
        NDArray hist = NDArray.zeros(DType.INT64, 17), weights = NDArray.zeros(DType.FLOAT64, 17);
        agree(p, NDArray.wrap(idx), scattered(N, 5), hist, weights);
    }

    @Test
    void privatesOwnIndexWritesAndLastValues() {
        Program p = typed(PAR, """
                def k(a, out):
                    t = 0.0
                    for i in prange(a.shape[0]):
                        t = a[i] * 2.0
                        u = t + 1.0
                        out[i] = u * u
                    return t + i
                """, "float64[::1]", "float64[::1]");
        Object r = agree(p, scattered(N, 6), NDArray.zeros(DType.FLOAT64, N));
        assertNotEquals(0.0, r);
    }

    @Test
    void nestedPrangeRunsTheOuterLevelInParallel() {
        Program p = typed(PAR, """
                def k(a, out):
                    s = 0.0
                    for i in prange(a.shape[0]):
                        for j in prange(a.shape[1]):
                            out[i, j] = a[i, j] * 3.0
                            s += a[i, j]
                    return s
                """, "float64[:, ::1]", "float64[:, ::1]");
        NDArray flat = scattered(300 * 200, 7);
        NDArray a = new NDArray(DType.FLOAT64, flat.data(), 0, new int[] {300, 200}, new int[] {200, 1});
        agree(p, a, NDArray.zeros(DType.FLOAT64, 300, 200));
        String src = compile(p).javaSource();
        assertEquals(1, src.split("Parallel\\.run\\(", -1).length - 1, "one parallel level:\n" + src);
    }

    @Test
    void anExceptionInAChunkPropagatesOnceWithTheKernelLine() {
        Program p = typed(PAR, """
                def k(a, idx):
                    s = 0.0
                    for i in prange(idx.shape[0]):
                        s += a[idx[i]]
                    return s
                """, "float64[::1]", "int64[::1]");
        long[] idx = new long[N];
        for (int i = 0; i < N; i++) idx[i] = i % 100;
        idx[50_000] = 5000;  // out of bounds in a late chunk
        idx[N - 1] = 7000;    // and in the last one: the earlier error is the one raised
        agree(p, scattered(100, 8), NDArray.wrap(idx));
        Program div = typed(PAR, """
                def k(a):
                    s = 0
                    for i in prange(a.shape[0]):
                        s += 100 // a[i]
                    return s
                """, "int64[::1]");
        long[] d = new long[N];
        java.util.Arrays.fill(d, 3);
        d[43_456] = 0;
        agree(div, NDArray.wrap(d));
    }

    @Test
    void float32SumsRoundAsFloat32() {
        Program p = typed(PAR, """
                def k(a):
                    s = np.float32(0.0)
                    for i in prange(a.shape[0]):
                        s += a[i]
                    return s
                """, "float32[::1]");
        float[] f = new float[N];
        java.util.Random r = new java.util.Random(9);
        for (int i = 0; i < N; i++) f[i] = (float) (r.nextGaussian() * 1000);
        agree(p, NDArray.wrap(f));
    }

    @Test
    void withoutParallelTruePrangeRunsSeriallyAsInNumba() {
        Program p = typed("@njit", """
                def k(a):
                    s = 0.0
                    for i in prange(a.shape[0]):
                        s += a[i]
                    return s
                """, "float64[::1]");
        assertFalse(compile(p).javaSource().contains("Parallel.run("));
    }

    @Test
    void aRaceIsACompileErrorAtTheKernelLine() {
        Program p = typed(PAR, """
                def k(a):
                    for i in prange(1, a.shape[0]):
                        a[i] = a[i - 1] + 1.0
                """, "float64[::1]");
        ParallelSafetyError e = assertThrows(ParallelSafetyError.class, () -> compile(p));
        assertTrue(e.getMessage().contains("k.py:7"), e.getMessage());
    }

    @Test
    void subtractionNumpyMinimumAndBoolReductions() {
        Program p = typed(PAR, """
                def k(a):
                    d = 0.0
                    lo = np.inf
                    anyBig = False
                    allPos = True
                    for i in prange(a.shape[0]):
                        d -= a[i]
                        lo = np.minimum(lo, a[i])
                        anyBig |= a[i] > 1e5
                        allPos &= a[i] > -1e6
                    return d, lo, anyBig, allPos
                """, "float64[::1]");
        agree(p, scattered(N, 10));
    }

    @Test
    void integerArgminWithTiesAndFloat32Min() {
        Program p = typed(PAR, """
                def k(a, f):
                    m = 1 << 40
                    at = -1
                    fm = np.float32(np.inf)
                    for i in prange(a.shape[0]):
                        if a[i] <= m:
                            m = a[i]
                            at = i
                        fm = min(fm, f[i])
                    return m, at, fm
                """, "int32[::1]", "float32[::1]");
        int[] a = new int[N];
        float[] f = new float[N];
        for (int i = 0; i < N; i++) {
            a[i] = (int) ((i * 104729L) % 5000);
            f[i] = (float) Math.cos(i);
        }
        agree(p, NDArray.wrap(DType.INT32, a), NDArray.wrap(f));
    }

    @Test
    void negativeAndComputedStepsEmptyRangesAndTheIndexAfterTheLoop() {
        Program p = typed(PAR, """
                def k(a, step, n):
                    s = 0.0
                    i = -7
                    for i in prange(a.shape[0] - 1, -1, step):
                        s += a[i] * i
                    t = 0.0
                    j = 99
                    for j in prange(n):
                        t += a[j]
                    return s, i, t, j
                """, "float64[::1]", "int64", "int64");
        agree(p, scattered(N, 11), -3L, 0L);
        agree(p, scattered(N, 12), -1L, 5000L);
        agree(p, scattered(N, 12), 2L, 3L);  // an empty range: i keeps -7
    }

    @Test
    void rowsWithAnInnerSerialLoopAndATemporaryArrayPerIteration() {
        Program p = typed(PAR, """
                def k(m, out):
                    total = 0.0
                    for i in prange(m.shape[0]):
                        tmp = np.zeros(m.shape[1])
                        for j in range(m.shape[1]):
                            tmp[j] = m[i, j] * m[i, j]
                        out[i] = np.sum(tmp)
                        total += out[i]
                    return total
                """, "float64[:, ::1]", "float64[::1]");
        NDArray flat = scattered(400 * 150, 13);
        NDArray m = new NDArray(DType.FLOAT64, flat.data(), 0, new int[] {400, 150}, new int[] {150, 1});
        agree(p, m, NDArray.zeros(DType.FLOAT64, 400));
    }
}
