package io.jumba.bench.jmh;

import io.jumba.array.NDArray;
import io.jumba.bench.baseline.BlackScholes;
import io.jumba.bench.baseline.ClipWhere;
import io.jumba.bench.baseline.CumSum;
import io.jumba.bench.baseline.Dot;
import io.jumba.bench.baseline.ExpMap;
import io.jumba.bench.baseline.Histogram;
import io.jumba.bench.baseline.Horner;
import io.jumba.bench.baseline.Jacobi;
import io.jumba.bench.baseline.LogSinMap;
import io.jumba.bench.baseline.LogSumExp;
import io.jumba.bench.baseline.Mandelbrot;
import io.jumba.bench.baseline.Matmul;
import io.jumba.bench.baseline.MonteCarloPi;
import io.jumba.bench.baseline.NpHistogram;
import io.jumba.bench.baseline.PairwiseDist;
import io.jumba.bench.baseline.Softmax;
import io.jumba.bench.baseline.SortCopy;
import io.jumba.bench.baseline.Sum;
import io.jumba.bench.baseline.SumExp;
import io.jumba.bench.baseline.SumSq;
import io.jumba.bench.baseline.Triad;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.mult.VectorVectorMult_DDRM;

import java.lang.invoke.MethodHandle;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Binds each suite case's implementations to its arguments (as {@code BenchCase.inputs} builds them): the plain
 * Java loop, the hand-written Vector API code and EJML where they exist, and Jumba's typed call, written per case
 * so that {@code invokeExact} sees the exact parameter types and each benchmark body is monomorphic.
 */
public final class CaseBindings {
    /** A case's bound implementations; {@code vector} and {@code ejml} are null where the case has none. */
    public record Bound(Workload java, Workload vector, Workload ejml, Function<MethodHandle, Workload> jumba) {}

    private static final Set<Impl> JUMBA = EnumSet.of(Impl.JAVA, Impl.JUMBA, Impl.JUMBA_CALL);
    private static final Set<Impl> WITH_VECTOR = EnumSet.of(Impl.JAVA, Impl.VECTOR, Impl.JUMBA, Impl.JUMBA_CALL);
    private static final Set<Impl> WITH_ALL = EnumSet.allOf(Impl.class);
    private static final Set<Impl> WITH_EJML = EnumSet.of(Impl.JAVA, Impl.EJML, Impl.JUMBA, Impl.JUMBA_CALL);

    /** Which implementations each case has (the tests check it against {@link #bind}). */
    private static final Map<String, Set<Impl>> IMPLEMENTATIONS = Map.ofEntries(
            Map.entry("sum", WITH_ALL), Map.entry("dot", WITH_ALL), Map.entry("dot_f32", WITH_VECTOR),
            Map.entry("triad", WITH_ALL), Map.entry("sumsq_prange", JUMBA), Map.entry("sum_exp_prange", JUMBA),
            Map.entry("sum_exp_array", JUMBA),
            Map.entry("exp_map", WITH_ALL),
            Map.entry("exp_map_f32", WITH_VECTOR), Map.entry("log_sin_map", WITH_VECTOR),
            Map.entry("clip_where", WITH_VECTOR), Map.entry("horner", WITH_VECTOR),
            Map.entry("black_scholes", WITH_VECTOR), Map.entry("black_scholes_prange", JUMBA),
            Map.entry("mandelbrot", WITH_VECTOR),
            Map.entry("mandelbrot_prange", JUMBA), Map.entry("pairwise_dist", WITH_VECTOR),
            Map.entry("jacobi", WITH_VECTOR), Map.entry("matmul", WITH_EJML), Map.entry("histogram", JUMBA),
            Map.entry("softmax", JUMBA), Map.entry("logsumexp", JUMBA), Map.entry("monte_carlo_pi", JUMBA),
            Map.entry("cumsum", JUMBA), Map.entry("sort", JUMBA), Map.entry("np_histogram", JUMBA));

    private CaseBindings() {}

    /** The implementations of case {@code name}, in {@link Impl} order; throws for a case without bindings. */
    public static List<Impl> implementations(String name) {
        Set<Impl> impls = IMPLEMENTATIONS.get(name);
        if (impls == null) throw unknown(name);
        return List.copyOf(impls);
    }

    /** The names of the cases this class binds. */
    public static Set<String> cases() {
        return IMPLEMENTATIONS.keySet();
    }

    /** Case {@code name}'s implementations bound to {@code args}. */
    public static Bound bind(String name, Object[] args) {
        return switch (name) {
            case "sum" -> {
                NDArray aArr = arr(args, 0);
                double[] a = doubles(aArr);
                DMatrixRMaj am = column(a);
                yield new Bound(() -> Sum.plain(a), () -> Sum.vector(a), () -> CommonOps_DDRM.elementSum(am),
                        h -> () -> (double) h.invokeExact(aArr));
            }
            case "dot" -> {
                NDArray aArr = arr(args, 0), bArr = arr(args, 1);
                double[] a = doubles(aArr), b = doubles(bArr);
                DMatrixRMaj am = column(a), bm = column(b);
                yield new Bound(() -> Dot.plain(a, b), () -> Dot.vector(a, b), () -> VectorVectorMult_DDRM.innerProd(am, bm),
                        h -> () -> (double) h.invokeExact(aArr, bArr));
            }
            case "dot_f32" -> {
                NDArray aArr = arr(args, 0), bArr = arr(args, 1);
                float[] a = floats(aArr), b = floats(bArr);
                yield new Bound(() -> Dot.plain(a, b), () -> Dot.vector(a, b), null,
                        h -> () -> (double) h.invokeExact(aArr, bArr));
            }
            case "triad" -> {
                NDArray aArr = arr(args, 0), bArr = arr(args, 1), outArr = arr(args, 3);
                double[] a = doubles(aArr), b = doubles(bArr), out = doubles(outArr);
                double s = (Double) args[2];
                DMatrixRMaj am = column(a), bm = column(b), outm = column(out);
                yield new Bound(() -> { Triad.plain(a, b, s, out); return 0; }, () -> { Triad.vector(a, b, s, out); return 0; },
                        () -> { CommonOps_DDRM.add(am, s, bm, outm); return 0; },
                        h -> () -> { h.invokeExact(aArr, bArr, s, outArr); return 0; });
            }
            case "sumsq_prange" -> {
                NDArray aArr = arr(args, 0);
                double[] a = doubles(aArr);
                yield new Bound(() -> SumSq.plain(a), null, null, h -> () -> (double) h.invokeExact(aArr));
            }
            case "sum_exp_prange", "sum_exp_array" -> {
                NDArray aArr = arr(args, 0);
                double[] a = doubles(aArr);
                yield new Bound(() -> SumExp.plain(a), null, null, h -> () -> (double) h.invokeExact(aArr));
            }
            case "exp_map" -> {
                NDArray xArr = arr(args, 0), outArr = arr(args, 1);
                double[] x = doubles(xArr), out = doubles(outArr);
                DMatrixRMaj xm = column(x), outm = column(out);
                yield new Bound(() -> { ExpMap.plain(x, out); return 0; }, () -> { ExpMap.vector(x, out); return 0; },
                        () -> { CommonOps_DDRM.elementExp(xm, outm); return 0; },
                        h -> () -> { h.invokeExact(xArr, outArr); return 0; });
            }
            case "exp_map_f32" -> {
                NDArray xArr = arr(args, 0), outArr = arr(args, 1);
                float[] x = floats(xArr), out = floats(outArr);
                yield new Bound(() -> { ExpMap.plain(x, out); return 0; }, () -> { ExpMap.vector(x, out); return 0; }, null,
                        h -> () -> { h.invokeExact(xArr, outArr); return 0; });
            }
            case "log_sin_map" -> {
                NDArray xArr = arr(args, 0), outArr = arr(args, 1);
                double[] x = doubles(xArr), out = doubles(outArr);
                yield new Bound(() -> { LogSinMap.plain(x, out); return 0; }, () -> { LogSinMap.vector(x, out); return 0; },
                        null, h -> () -> { h.invokeExact(xArr, outArr); return 0; });
            }
            case "clip_where" -> {
                NDArray xArr = arr(args, 0), outArr = arr(args, 3);
                double[] x = doubles(xArr), out = doubles(outArr);
                double lo = (Double) args[1], hi = (Double) args[2];
                yield new Bound(() -> { ClipWhere.plain(x, lo, hi, out); return 0; },
                        () -> { ClipWhere.vector(x, lo, hi, out); return 0; }, null,
                        h -> () -> { h.invokeExact(xArr, lo, hi, outArr); return 0; });
            }
            case "horner" -> {
                NDArray xArr = arr(args, 0), outArr = arr(args, 1);
                double[] x = doubles(xArr), out = doubles(outArr);
                yield new Bound(() -> { Horner.plain(x, out); return 0; }, () -> { Horner.vector(x, out); return 0; }, null,
                        h -> () -> { h.invokeExact(xArr, outArr); return 0; });
            }
            case "black_scholes" -> {
                NDArray pArr = arr(args, 0), sArr = arr(args, 1), yArr = arr(args, 2), cArr = arr(args, 3), qArr = arr(args, 4);
                double[] p = doubles(pArr), s = doubles(sArr), y = doubles(yArr), c = doubles(cArr), q = doubles(qArr);
                yield new Bound(() -> { BlackScholes.plain(p, s, y, c, q); return 0; },
                        () -> { BlackScholes.vector(p, s, y, c, q); return 0; }, null,
                        h -> () -> { h.invokeExact(pArr, sArr, yArr, cArr, qArr); return 0; });
            }
            case "black_scholes_prange" -> {
                NDArray pArr = arr(args, 0), sArr = arr(args, 1), yArr = arr(args, 2), cArr = arr(args, 3), qArr = arr(args, 4);
                double[] p = doubles(pArr), s = doubles(sArr), y = doubles(yArr), c = doubles(cArr), q = doubles(qArr);
                yield new Bound(() -> { BlackScholes.parallel(p, s, y, c, q); return 0; }, null, null,
                        h -> () -> { h.invokeExact(pArr, sArr, yArr, cArr, qArr); return 0; });
            }
            case "mandelbrot", "mandelbrot_prange" -> {
                double xmin = (Double) args[0], xmax = (Double) args[1], ymin = (Double) args[2], ymax = (Double) args[3];
                long maxIter = (Long) args[4];
                NDArray outArr = arr(args, 5);
                int[] out = (int[]) outArr.data();
                int rows = outArr.shape(0), cols = outArr.shape(1);
                Function<MethodHandle, Workload> jumba = h -> () -> { h.invokeExact(xmin, xmax, ymin, ymax, maxIter, outArr); return 0; };
                yield name.equals("mandelbrot")
                        ? new Bound(() -> { Mandelbrot.plain(xmin, xmax, ymin, ymax, maxIter, out, rows, cols); return 0; },
                                () -> { Mandelbrot.vector(xmin, xmax, ymin, ymax, maxIter, out, rows, cols); return 0; }, null, jumba)
                        : new Bound(() -> { Mandelbrot.plainParallel(xmin, xmax, ymin, ymax, maxIter, out, rows, cols); return 0; },
                                null, null, jumba);
            }
            case "pairwise_dist" -> {
                NDArray xArr = arr(args, 0), outArr = arr(args, 1);
                double[] x = doubles(xArr), out = doubles(outArr);
                int n = xArr.shape(0), d = xArr.shape(1);
                yield new Bound(() -> { PairwiseDist.plain(x, out, n, d); return 0; },
                        () -> { PairwiseDist.vector(x, out, n, d); return 0; }, null,
                        h -> () -> { h.invokeExact(xArr, outArr); return 0; });
            }
            case "jacobi" -> {
                NDArray uArr = arr(args, 0), outArr = arr(args, 1);
                double[] u = doubles(uArr), out = doubles(outArr);
                int n = uArr.shape(0), m = uArr.shape(1);
                yield new Bound(() -> { Jacobi.plain(u, out, n, m); return 0; }, () -> { Jacobi.vector(u, out, n, m); return 0; },
                        null, h -> () -> { h.invokeExact(uArr, outArr); return 0; });
            }
            case "matmul" -> {
                NDArray aArr = arr(args, 0), bArr = arr(args, 1), cArr = arr(args, 2);
                double[] a = doubles(aArr), b = doubles(bArr), c = doubles(cArr);
                int n = aArr.shape(0), m = aArr.shape(1), p = bArr.shape(1);
                DMatrixRMaj am = DMatrixRMaj.wrap(n, m, a), bm = DMatrixRMaj.wrap(m, p, b), cm = DMatrixRMaj.wrap(n, p, c);
                yield new Bound(() -> { Matmul.plain(a, b, c, n, m, p); return 0; }, null,
                        () -> { CommonOps_DDRM.mult(am, bm, cm); return 0; },
                        h -> () -> { h.invokeExact(aArr, bArr, cArr); return 0; });
            }
            case "histogram", "np_histogram" -> {
                NDArray xArr = arr(args, 0), countsArr = arr(args, 3);
                double[] x = doubles(xArr);
                long[] counts = (long[]) countsArr.data();
                double lo = (Double) args[1], hi = (Double) args[2];
                Workload java = name.equals("histogram") ? () -> { Histogram.plain(x, lo, hi, counts); return 0; }
                        : () -> { NpHistogram.plain(x, lo, hi, counts); return 0; };
                yield new Bound(java, null, null, h -> () -> { h.invokeExact(xArr, lo, hi, countsArr); return 0; });
            }
            case "cumsum", "sort" -> {
                NDArray aArr = arr(args, 0), outArr = arr(args, 1);
                double[] a = doubles(aArr), out = doubles(outArr);
                Workload java = name.equals("cumsum") ? () -> { CumSum.plain(a, out); return 0; }
                        : () -> { SortCopy.plain(a, out); return 0; };
                yield new Bound(java, null, null, h -> () -> { h.invokeExact(aArr, outArr); return 0; });
            }
            case "monte_carlo_pi" -> {
                long seed = (Long) args[0];
                NDArray hitsArr = arr(args, 1);
                long[] hits = (long[]) hitsArr.data();
                yield new Bound(() -> MonteCarloPi.plain(seed, hits), null, null,
                        h -> () -> (double) h.invokeExact(seed, hitsArr));
            }
            case "softmax", "logsumexp" -> {
                NDArray xArr = arr(args, 0), outArr = arr(args, 1);
                double[] x = doubles(xArr), out = doubles(outArr);
                int rows = xArr.shape(0), cols = xArr.shape(1);
                Workload java = name.equals("softmax") ? () -> { Softmax.plain(x, out, rows, cols); return 0; }
                        : () -> { LogSumExp.plain(x, out, rows, cols); return 0; };
                yield new Bound(java, null, null, h -> () -> { h.invokeExact(xArr, outArr); return 0; });
            }
            default -> throw unknown(name);
        };
    }

    private static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("case '" + name + "' has no Java implementations in CaseBindings");
    }

    private static NDArray arr(Object[] args, int i) {
        return (NDArray) args[i];
    }

    private static double[] doubles(NDArray a) {
        return (double[]) a.data();
    }

    private static float[] floats(NDArray a) {
        return (float[]) a.data();
    }

    /** A 1-D array as an n x 1 EJML matrix over the same storage. */
    private static DMatrixRMaj column(double[] a) {
        return DMatrixRMaj.wrap(a.length, 1, a);
    }
}
