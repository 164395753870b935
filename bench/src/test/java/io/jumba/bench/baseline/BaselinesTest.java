package io.jumba.bench.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jumba.array.NDArray;
import io.jumba.bench.BenchCase;
import io.jumba.bench.ResultCheck;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

/** Every Vector API baseline against the plain loop on the small inputs, within the case's rtol. */
class BaselinesTest {

    private static Object[] small(String caseName) {
        return BenchCase.load(caseName).inputs("small");
    }

    private static double rtol(String caseName) {
        return BenchCase.load(caseName).rtol();
    }

    private static double[] d(Object a) { return (double[]) ((NDArray) a).data(); }
    private static float[] f(Object a) { return (float[]) ((NDArray) a).data(); }

    private static double[] widen(float[] a) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = a[i];
        return out;
    }

    private static void assertClose(String caseName, double[] ref, double[] got) {
        double err = ResultCheck.relErr(ref, got);
        assertTrue(err <= rtol(caseName), caseName + ": relative error " + err + " > rtol " + rtol(caseName));
    }

    @Test
    void sum() {
        double[] a = d(small("sum")[0]);
        double ref = Sum.plain(a);
        assertEquals(Arrays.stream(a).sum(), ref, 1e-9 * ref);
        assertClose("sum", new double[] {ref}, new double[] {Sum.vector(a)});
        double[] odd = Arrays.copyOf(a, 1001);
        assertClose("sum", new double[] {Sum.plain(odd)}, new double[] {Sum.vector(odd)});
    }

    @Test
    void dotFloat64AndFloat32() {
        Object[] in = small("dot");
        assertClose("dot", new double[] {Dot.plain(d(in[0]), d(in[1]))}, new double[] {Dot.vector(d(in[0]), d(in[1]))});
        Object[] f32 = small("dot_f32");
        assertClose("dot_f32", new double[] {Dot.plain(f(f32[0]), f(f32[1]))}, new double[] {Dot.vector(f(f32[0]), f(f32[1]))});
        float[] a = Arrays.copyOf(f(f32[0]), 1003), b = Arrays.copyOf(f(f32[1]), 1003);
        assertClose("dot_f32", new double[] {Dot.plain(a, b)}, new double[] {Dot.vector(a, b)});
    }

    @Test
    void triadAndCopy() {
        Object[] in = small("triad");
        double[] a = d(in[0]), b = d(in[1]);
        double s = (Double) in[2];
        double[] ref = new double[a.length], got = new double[a.length], copy = new double[a.length];
        Triad.plain(a, b, s, ref);
        Triad.vector(a, b, s, got);
        assertClose("triad", ref, got);
        assertEquals(a[7] + 3.0 * b[7], ref[7]);
        Triad.copy(a, b, copy);
        assertArrayEquals(a, copy);
    }

    @Test
    void expMapFloat64AndFloat32() {
        double[] x = d(small("exp_map")[0]), ref = new double[x.length], got = new double[x.length];
        ExpMap.plain(x, ref);
        ExpMap.vector(x, got);
        assertClose("exp_map", ref, got);
        float[] xf = f(small("exp_map_f32")[0]), reff = new float[xf.length], gotf = new float[xf.length];
        ExpMap.plain(xf, reff);
        ExpMap.vector(xf, gotf);
        assertClose("exp_map_f32", widen(reff), widen(gotf));
    }

    @Test
    void logSinMap() {
        double[] x = d(small("log_sin_map")[0]), ref = new double[x.length], got = new double[x.length];
        LogSinMap.plain(x, ref);
        LogSinMap.vector(x, got);
        assertClose("log_sin_map", ref, got);
    }

    @Test
    void clipWhereIsExact() {
        Object[] in = small("clip_where");
        double[] x = d(in[0]), ref = new double[x.length], got = new double[x.length];
        ClipWhere.plain(x, -1.0, 1.0, ref);
        ClipWhere.vector(x, -1.0, 1.0, got);
        assertArrayEquals(ref, got);
        assertTrue(Arrays.stream(ref).allMatch(v -> v >= -1 && v <= 1));
    }

    @Test
    void hornerApproximatesExp() {
        double[] x = d(small("horner")[0]), ref = new double[x.length], got = new double[x.length];
        Horner.plain(x, ref);
        Horner.vector(x, got);
        assertClose("horner", ref, got);
        assertEquals(Math.exp(x[0]), ref[0], 1e-5);
    }

    @Test
    void vectorErfMatchesCommonsMath() {
        double worst = 0;
        for (double z = -8; z <= 8; z += 0.0007) {
            double[] lanes = new double[jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED.length()];
            Arrays.fill(lanes, z);
            double got = io.jumba.runtime.VectorMathFunctions.erf(jdk.incubator.vector.DoubleVector.fromArray(
                    jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED, lanes, 0)).lane(0);
            worst = Math.max(worst, Math.abs(got - org.apache.commons.math3.special.Erf.erf(z)));
        }
        assertTrue(worst < 1e-15, "max |erf error| " + worst);
    }

    @Test
    void blackScholes() {
        Object[] in = small("black_scholes");
        int n = d(in[0]).length;
        double[] call = new double[n], put = new double[n], callV = new double[n], putV = new double[n];
        BlackScholes.plain(d(in[0]), d(in[1]), d(in[2]), call, put);
        BlackScholes.vector(d(in[0]), d(in[1]), d(in[2]), callV, putV);
        assertClose("black_scholes", call, callV);
        assertClose("black_scholes", put, putV);
        // put-call parity: C - P = S - K e^(-rT)
        double[] s = d(in[0]), k = d(in[1]), t = d(in[2]);
        assertEquals(s[5] - k[5] * Math.exp(-0.02 * t[5]), call[5] - put[5], 1e-9 * Math.max(s[5], k[5]));
    }

    @Test
    void mandelbrotSerialParallelAndVectorAgreeExactly() {
        int h = 128, w = 128;
        int[] ref = new int[h * w], par = new int[h * w], vec = new int[h * w];
        Mandelbrot.plain(-2.0, 1.0, -1.5, 1.5, 100, ref, h, w);
        Mandelbrot.plainParallel(-2.0, 1.0, -1.5, 1.5, 100, par, h, w);
        Mandelbrot.vector(-2.0, 1.0, -1.5, 1.5, 100, vec, h, w);
        assertArrayEquals(ref, par);
        assertArrayEquals(ref, vec);
        assertEquals(100, ref[64 * w + 85], "a point of the main cardioid (x = -0.0078, y = 0) never escapes");
        assertEquals(1, ref[0], "the corner escapes at once");
    }

    @Test
    void pairwiseDist() {
        Object[] in = small("pairwise_dist");
        double[] x = d(in[0]);
        int n = 256, dims = 3;
        double[] ref = new double[n * n], got = new double[n * n];
        PairwiseDist.plain(x, ref, n, dims);
        PairwiseDist.vector(x, got, n, dims);
        assertClose("pairwise_dist", ref, got);
        assertEquals(0.0, ref[17 * n + 17]);
        assertEquals(ref[3 * n + 9], ref[9 * n + 3]);
    }

    @Test
    void jacobiIsBitIdenticalAndLeavesTheBorder() {
        Object[] in = small("jacobi");
        double[] u = d(in[0]);
        int n = 128, m = 128;
        double[] ref = new double[n * m], got = new double[n * m];
        Jacobi.plain(u, ref, n, m);
        Jacobi.vector(u, got, n, m);
        assertArrayEquals(ref, got);
        assertEquals(0.0, ref[5 * m]);
        assertEquals(0.25 * (u[m + 1 - m] + u[2 * m + 1] + u[m] + u[m + 2]), ref[m + 1]);
    }

    @Test
    void matmulMatchesEjml() {
        Object[] in = small("matmul");
        int n = 256;
        double[] a = d(in[0]), b = d(in[1]), c = new double[n * n];
        Matmul.plain(a, b, c, n, n, n);
        DMatrixRMaj expected = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(DMatrixRMaj.wrap(n, n, a), DMatrixRMaj.wrap(n, n, b), expected);
        assertClose("matmul", expected.getData(), c);
    }

    @Test
    void histogramCountsInRangeSamples() {
        Object[] in = small("histogram");
        double[] x = d(in[0]);
        long[] counts = new long[256];
        counts[3] = 99;
        Histogram.plain(x, -3.0, 3.0, counts);
        long inRange = Arrays.stream(x).filter(v -> v >= -3.0 && v < 3.0).count();
        assertEquals(inRange, Arrays.stream(counts).sum());
        assertTrue(counts[128] > counts[0], "the normal peak is in the middle");
    }

    @Test
    void npHistogramCountsTheClosedRangeAndAgreesInsideBins() {
        double[] x = d(small("np_histogram")[0]);
        long[] counts = new long[256], loop = new long[256];
        counts[3] = 99;
        NpHistogram.plain(x, -3.0, 3.0, counts);
        Histogram.plain(x, -3.0, 3.0, loop);
        long inRange = Arrays.stream(x).filter(v -> v >= -3.0 && v <= 3.0).count();
        assertEquals(inRange, Arrays.stream(counts).sum());
        assertEquals(Arrays.stream(loop).sum(), Arrays.stream(counts).sum(), 2.0, "only samples on an edge may move");
    }

    @Test
    void cumSumAndSortCopy() {
        double[] a = d(small("cumsum")[0]), out = new double[a.length], sorted = new double[a.length];
        CumSum.plain(a, out);
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i];
            assertEquals(s, out[i], 0.0);
        }
        SortCopy.plain(a, sorted);
        for (int i = 1; i < a.length; i++) assertTrue(sorted[i - 1] <= sorted[i], "sorted at " + i);
        assertEquals(Arrays.stream(a).sum(), Arrays.stream(sorted).sum(), 1e-9);
    }

    @Test
    void softmaxRowsSumToOneAndLogSumExpBoundsTheMax() {
        int rows = 64, cols = 128;
        double[] x = d(small("softmax")[0]), out = new double[rows * cols], lse = new double[rows];
        Softmax.plain(x, out, rows, cols);
        LogSumExp.plain(x, lse, rows, cols);
        for (int i = 0; i < rows; i++) {
            double s = 0, mx = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < cols; j++) { s += out[i * cols + j]; mx = Math.max(mx, x[i * cols + j]); }
            assertEquals(1.0, s, 1e-12);
            assertTrue(lse[i] >= mx && lse[i] <= mx + Math.log(cols));
            assertEquals(Math.log(Math.exp(x[i * cols]) / out[i * cols]), lse[i], 1e-12, "softmax = exp(x - lse)");
        }
    }

    @Test
    void sumSqParallelMatchesSerial() {
        double[] a = d(small("sumsq_prange")[0]);
        double serial = 0;
        for (double v : a) serial += v * v;
        assertClose("sumsq_prange", new double[] {serial}, new double[] {SumSq.plain(a)});
    }
}
