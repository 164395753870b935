package io.jumba.parallel;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Program;
import io.jumba.lower.ArrayLowering;
import io.jumba.plan.LoopPlan;
import org.junit.jupiter.api.Test;

import static io.jumba.parallel.ParallelKernels.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Whole-array expressions and reductions of parallel=True kernels ({@code np.sum(a * b)}, {@code out[:] = a + b},
 * {@code np.exp(x)}) run on the chunk grid of prange loops. Each kernel is checked three ways: bit for bit against
 * the interpreter running the lowered program (the same chunk grid and combine tree) for 1, 2, 3, 8 and 16 threads;
 * against the interpreter on the typed program (NumPy's order: exact for elementwise results, min/max, integers;
 * within rounding for float sums); and against the same kernel without parallel=True.
 */
class WholeArrayParallelTest {
    private static final String PAR = "@njit(parallel=True)";
    private static final int N = 70_003;  // many chunks, a short last one; above the serial threshold

    /** Compiled parallel code against the interpreter on the lowered program (bits) for every thread count. */
    private static Object agreeLowered(Program typed, Object... args) {
        return agree(ArrayLowering.apply(typed), typed, args);
    }

    /** The same kernel compiled without parallel=True, run once. */
    private static Object serial(String body, String[] types, Object... args) {
        return compile(typed("@njit", body, types)).invoke(copies(args));
    }

    /**
     * How many statements of typed's entry run parallel loops: the distinct source positions of its parallel plans
     * (a whole-array loop nest may come in two versions, with and without broadcasting).
     */
    private static long parallelStatements(Program typed) {
        var plans = compile(typed).plans().orElseThrow().planned();
        return plans.plans(plans.program().entry()).byLoop().values().stream()
                .filter(LoopPlan.Parallel.class::isInstance).map(p -> ((LoopPlan.Parallel) p).chunkLoop().pos()).distinct().count();
    }

    @Test
    void sumOfAProductIsChunkedAndTheSameForEveryThreadCount() {
        String body = """
                def k(a, b):
                    return np.sum(a * b)
                """;
        String[] types = {"float64[::1]", "float64[::1]"};
        Program p = typed(PAR, body, types);
        NDArray a = scattered(N, 1), b = scattered(N, 2);
        double parallel = (Double) agreeLowered(p, a, b);
        double numpyOrder = (Double) Interpreter.run(p, copies(new Object[] {a, b}));
        double serial = (Double) serial(body, types, a, b);
        assertEquals(numpyOrder, serial);
        // The chunked tree sum is a different rounding of the same sum: close, and (for this data) not the same bits.
        assertEquals(serial, parallel, Math.abs(serial) * 1e-12);
        assertNotEquals(serial, parallel);
    }

    @Test
    void elementwiseResultsAndStoresAreExactlyNumpys() {
        String body = """
                def k(x, a, b, out):
                    out[:] = a + b
                    return np.exp(x) * 2.0 - a
                """;
        String[] types = {"float64[::1]", "float64[::1]", "float64[::1]", "float64[::1]"};
        Program p = typed(PAR, body, types);
        Object[] args = {scattered(N, 3), scattered(N, 4), scattered(N, 5), NDArray.zeros(DType.FLOAT64, N)};
        agree(p, args);
        agreeLowered(p, args);
        assertEquals(2, parallelStatements(p));
        NDArray viaSerial = (NDArray) serial(body, types, args);
        NDArray viaParallel = (NDArray) compile(p).invoke(copies(args));
        for (int i = 0; i < N; i++) assertEquals(viaSerial.readDouble(i), viaParallel.readDouble(i));
    }

    @Test
    void meanMinMaxAndArgReductionsWithNansAndTies() {
        Program p = typed(PAR, """
                def k(a, c):
                    return np.mean(a), np.max(a), np.min(a * 2.0), np.argmin(a), np.argmax(a), np.max(c), np.argmin(c)
                """, "float64[::1]", "float64[::1]");
        double[] c = new double[N];
        for (int i = 0; i < N; i++) c[i] = (i * 7919L) % 1000;  // every value repeats: ties decide the index
        Object[] r = (Object[]) agreeLowered(p, scattered(N, 6), NDArray.wrap(c));
        assertEquals(999.0, r[5]);
        assertEquals(0L, r[6]);
        double[] nans = (double[]) scattered(N, 7).data();
        nans[40_000] = Double.NaN;  // two NaNs in different chunks: np.argmin/np.argmax stop at the first
        nans[66_000] = Double.NaN;
        Object[] withNan = (Object[]) agreeLowered(p, NDArray.wrap(nans), NDArray.wrap(c));
        assertTrue(Double.isNaN((Double) withNan[0]) && Double.isNaN((Double) withNan[1]) && Double.isNaN((Double) withNan[2]));
        assertEquals(40_000L, withNan[3], "argmin stops at the first NaN");
        assertEquals(40_000L, withNan[4]);
        Object[] numpy = (Object[]) Interpreter.run(p, NDArray.wrap(nans), NDArray.wrap(c));
        for (int k = 1; k < numpy.length; k++) assertEquals(numpy[k], withNan[k], "result " + k);
    }

    @Test
    void signedZerosKeepTheFirstOfEqualValuesAsASerialMinDoes() {
        Program p = typed(PAR, """
                def k(a):
                    return np.min(a), np.max(a)
                """, "float64[::1]");
        double[] z = new double[N];
        for (int i = 0; i < N; i++) z[i] = i % 2 == 0 ? 0.0 : -0.0;
        z[N - 1] = -0.0;
        Object[] r = (Object[]) agreeLowered(p, NDArray.wrap(z));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits((Double) r[0]));
        assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits((Double) r[1]));
    }

    @Test
    void integerBoolAndProductReductions() {
        Program p = typed(PAR, """
                def k(b, a):
                    return np.sum(b), np.max(b), np.argmax(b), np.any(a > 1e5), np.all(a > -1e9), np.prod(1.0 + a * 1e-9)
                """, "int64[::1]", "float64[::1]");
        long[] b = new long[N];
        java.util.Random r = new java.util.Random(8);
        for (int i = 0; i < N; i++) b[i] = r.nextLong() >>> r.nextInt(64);
        Object[] args = {NDArray.wrap(b), scattered(N, 9)};
        Object[] lowered = (Object[]) agreeLowered(p, args);
        Object[] numpy = (Object[]) Interpreter.run(p, copies(args));
        for (int k = 0; k < 5; k++) assertEquals(numpy[k], lowered[k], "result " + k);
        assertEquals((Double) numpy[5], (Double) lowered[5], 1e-12);
    }

    @Test
    void twoDimensionalExpressionsSplitTheirRowsAndAxisReductionsTheirOutput() {
        Program p = typed(PAR, """
                def k(m, out):
                    out[:, :] = m + 1.0
                    rows = np.sum(m, axis=1)
                    cols = np.sum(m, axis=0)
                    return np.sum(m * m), np.exp(m), rows, cols, np.max(m)
                """, "float64[:, ::1]", "float64[:, ::1]");
        NDArray flat = scattered(400 * 300, 10);
        NDArray m = new NDArray(DType.FLOAT64, flat.data(), 0, new int[] {400, 300}, new int[] {300, 1});
        Object[] args = {m, NDArray.zeros(DType.FLOAT64, 400, 300)};
        Object[] r = (Object[]) agreeLowered(p, args);
        Object[] numpy = (Object[]) Interpreter.run(p, copies(args));
        assertEquals((Double) numpy[0], (Double) r[0], Math.abs((Double) numpy[0]) * 1e-12);
        for (int k = 1; k < 5; k++) assertArrayOrValueEquals(numpy[k], r[k], "result " + k);
        // out[:, :] = ..., np.sum(m * m), np.exp(m), rows and np.max(m) split; the fold along axis 0 stays serial.
        assertEquals(5, parallelStatements(p));
    }

    private static void assertArrayOrValueEquals(Object expected, Object actual, String what) {
        if (expected instanceof NDArray e && actual instanceof NDArray a) {
            assertArrayEquals(e.shape(), a.shape(), what);
            double[] x = (double[]) e.data(), y = (double[]) a.data();
            for (int i = 0; i < x.length; i++) assertEquals(x[i], y[i], what + " element " + i);
        } else {
            assertEquals(expected, actual, what);
        }
    }

    @Test
    void reductionsFeedingExpressionsAndArrayStatementsInASerialLoop() {
        Program p = typed(PAR, """
                def k(x, a, b, iters):
                    for it in range(iters):
                        b[1:-1] = 0.5 * (a[:-2] + a[2:])
                        a[:] = b
                    e = np.exp(x - np.max(x))
                    return e / np.sum(e)
                """, "float64[::1]", "float64[::1]", "float64[::1]", "int64");
        NDArray x = scattered(N, 13), a = scattered(N, 14);
        Object[] args = {x, a, NDArray.zeros(DType.FLOAT64, N), 3L};
        NDArray softmax = (NDArray) agreeLowered(p, args);
        Object[] numpyArgs = copies(args);
        NDArray numpy = (NDArray) Interpreter.run(p, numpyArgs);
        for (int i = 0; i < N; i++) assertEquals(numpy.readDouble(i), softmax.readDouble(i), numpy.readDouble(i) * 1e-12);
        agree(typed(PAR, """
                def k(a, b, iters):
                    for it in range(iters):
                        b[1:-1] = 0.5 * (a[:-2] + a[2:])
                        a[:] = b
                """, "float64[::1]", "float64[::1]", "int64"), a, NDArray.zeros(DType.FLOAT64, N), 3L);
    }

    @Test
    void statisticsAndPreludeFunctionsInAParallelKernel() {
        Program p = typed(PAR, """
                def k(a, m):
                    return np.std(a), np.var(m, axis=1), np.cumsum(a), np.median(a), np.max(m, axis=0)
                """, "float64[::1]", "float64[:, ::1]");
        NDArray flat = scattered(300 * 250, 16);
        NDArray m = new NDArray(DType.FLOAT64, flat.data(), 0, new int[] {300, 250}, new int[] {250, 1});
        Object[] args = {scattered(N, 15), m};
        Object[] r = (Object[]) agreeLowered(p, args);
        Object[] numpy = (Object[]) Interpreter.run(p, copies(args));
        assertEquals((Double) numpy[0], (Double) r[0], Math.abs((Double) numpy[0]) * 1e-12);
        for (int k = 1; k < 5; k++) assertArrayOrValueEquals(numpy[k], r[k], "result " + k);  // rows: each in order
    }

    @Test
    void aSmallArrayRunsThePlainSerialLoopWithNumpysBits() {
        Program p = typed(PAR, """
                def k(a):
                    return np.sum(a * a)
                """, "float64[::1]");
        NDArray a = scattered(4000, 11);  // 20,000 work units: under the serial threshold
        double sequential = 0;
        for (int i = 0; i < 4000; i++) sequential += a.readDouble(i) * a.readDouble(i);
        assertEquals(sequential, (Double) agreeLowered(p, a));
        assertEquals(sequential, (Double) Interpreter.run(p, a));
    }

    @Test
    void onlyParallelTrueKernelsAndOnlyOutsidePrangeLoopsSplitWholeArrayLoops() {
        assertEquals(0, parallelStatements(typed("@njit", """
                def k(a):
                    return np.sum(a * a)
                """, "float64[::1]")));
        Program nested = typed(PAR, """
                def k(m, out):
                    for i in prange(m.shape[0]):
                        out[i] = np.sum(m[i] * 2.0)
                """, "float64[:, ::1]", "float64[::1]");
        assertEquals(1, parallelStatements(nested), "the prange is the parallel level; np.sum runs inside its chunks");
        NDArray flat = scattered(300 * 250, 12);
        NDArray m = new NDArray(DType.FLOAT64, flat.data(), 0, new int[] {300, 250}, new int[] {250, 1});
        agree(nested, m, NDArray.zeros(DType.FLOAT64, 300));
    }

    @Test
    void anErrorInAChunkOfAWholeArrayLoopIsTheOneASerialRunRaisesFirst() {
        Program p = typed(PAR, """
                def k(a, b):
                    return np.sum(a // b)
                """, "int64[::1]", "int64[::1]");
        long[] a = new long[N], b = new long[N];
        java.util.Arrays.fill(a, 7);
        java.util.Arrays.fill(b, 3);
        b[43_456] = 0;
        b[N - 2] = 0;
        agreeLowered(p, NDArray.wrap(a), NDArray.wrap(b));
        agree(p, NDArray.wrap(a), NDArray.wrap(b));
    }
}
