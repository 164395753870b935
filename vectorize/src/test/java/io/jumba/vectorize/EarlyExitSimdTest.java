package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.frontend.Parser;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Early-exit loops in lanes: a loop over independent elements whose body holds a {@code for} loop with a
 * {@code break} (an inlined early {@code return}) or a {@code while} loop is vectorized over the elements, each lane
 * running its own inner iterations under a mask of the lanes still in the loop. At every species width and for
 * element counts around the lane counts, results equal the interpreter's exactly: which iteration each element left
 * at, the values left in its variables, and those the kernel returns after the loop.
 */
class EarlyExitSimdTest {
    private static final String SOURCE = """
            from numba import njit

            def escape_count(cr, ci, max_iter):
                zr = 0.0
                zi = 0.0
                for k in range(max_iter):
                    zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                    if zr * zr + zi * zi > 4.0:
                        return k
                return max_iter

            @njit
            def mandel_return(xs, ys, out):
                for r in range(ys.shape[0]):
                    for c in range(xs.shape[0]):
                        out[r, c] = escape_count(xs[c], ys[r], 60)

            def escape_while(cr, ci, max_iter):
                zr = 0.0
                zi = 0.0
                n = 0
                while n < max_iter and zr * zr + zi * zi <= 4.0:
                    zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                    n += 1
                return n

            @njit
            def mandel_while(xs, ys, out):
                for r in range(ys.shape[0]):
                    ci = ys[r]
                    for c in range(xs.shape[0]):
                        out[r, c] = escape_while(xs[c], ci, 60)

            @njit(error_model='numpy')
            def newton_sqrt(a, out, steps):
                x = 0.0
                it = 0
                for i in range(a.shape[0]):
                    v = a[i] * a[i] + 0.5
                    x = v
                    it = 0
                    for k in range(40):
                        nx = 0.5 * (x + v / x)
                        if abs(nx - x) <= 1e-12 * nx:
                            break
                        x = nx
                        it += 1
                    out[i] = x
                    steps[i] = it
                return x + it

            @njit
            def bisect(a, out):
                mid = 0.0
                for i in range(a.shape[0]):
                    target = a[i] * a[i] + 1.0
                    lo = 0.0
                    hi = target + 1.0
                    while hi - lo > 1e-9:
                        mid = 0.5 * (lo + hi)
                        if mid * mid > target:
                            hi = mid
                        else:
                            lo = mid
                    out[i] = lo
                return mid

            @njit
            def collatz(a, out):
                count = 0
                for i in range(a.shape[0]):
                    n = a[i]
                    count = 0
                    while n != 1:
                        if n & 1 == 0:
                            n = n >> 1
                        else:
                            n = 3 * n + 1
                        count += 1
                        if count >= 90:
                            break
                    out[i] = count
                return count

            @njit
            def first_above(a, out, limit):
                for i in range(a.shape[0]):
                    for k in range(limit):
                        if a[i] * k > 10.0:
                            r = k
                            break
                    out[i] = r
            """;

    private static final Type F1 = Type.array(DType.FLOAT64, 1, Layout.C);
    private static final Type I1 = Type.array(DType.INT64, 1, Layout.C);
    private static final Type I2 = Type.array(DType.INT64, 2, Layout.C);

    private static Program lowered(String function, Type... args) {
        return SimdPipeline.with(VectorOptions.DEFAULT).lower(TypeInference.specialize(Parser.parse(SOURCE, "k.py"),
                function, List.of(args)));
    }

    private static String explain(Program p) { return Explain.of(p, VectorOptions.DEFAULT.withWidth(SpeciesWidth.S256)); }

    @Test
    void anInlinedEarlyReturnRunsPerLaneAndEachPixelLeavesAtItsOwnIteration() {
        Program p = lowered("mandel_return", F1, F1, I2);
        assertTrue(explain(p).contains("outer-loop vectorized over c: int64/float64 x 4 lanes (species 256, 256 bits), unroll 1"
                + " (jammed), inner loop escape_count$k (line 6) runs per lane until its break (lanes leave one by one,"
                + " it ends when none is left)"), explain(p));
        for (SpeciesWidth w : SpeciesWidth.values()) {
            Differential.check(p, true, VectorOptions.DEFAULT.withWidth(w), "mandel_return @" + w,
                    (params, n) -> new Object[] {grid(-2.1, 0.7, n), grid(-1.3, 1.3, 3), NDArray.zeros(DType.INT64, 3, n)});
        }
    }

    @Test
    void aWhileLoopWhoseConditionDependsOnTheLaneRunsUntilNoLaneIsLeft() {
        Program p = lowered("mandel_while", F1, F1, I2);
        assertTrue(explain(p).contains("while loop (line 22) runs per lane until its condition fails (it ends when no lane"
                + " is left)"), explain(p));
        for (SpeciesWidth w : SpeciesWidth.values()) {
            Differential.check(p, true, VectorOptions.DEFAULT.withWidth(w), "mandel_while @" + w,
                    (params, n) -> new Object[] {grid(-2.1, 0.7, n), grid(-1.3, 1.3, 3), NDArray.zeros(DType.INT64, 3, n)});
        }
    }

    @Test
    void newtonIterationsPerElementStopWhereTheScalarLoopStopsAndLeaveItsValues() {
        Program p = lowered("newton_sqrt", F1, F1, I1);
        for (SpeciesWidth w : SpeciesWidth.values()) {
            Differential.check(p, true, VectorOptions.DEFAULT.withWidth(w), "newton_sqrt @" + w,
                    (params, n) -> new Object[] {values(n), NDArray.zeros(DType.FLOAT64, n), NDArray.zeros(DType.INT64, n)});
        }
    }

    @Test
    void bisectionAssignsUnderItsConditionInEveryLane() {
        Program p = lowered("bisect", F1, F1);
        for (SpeciesWidth w : SpeciesWidth.values()) {
            Differential.check(p, true, VectorOptions.DEFAULT.withWidth(w), "bisect @" + w,
                    (params, n) -> new Object[] {values(n), NDArray.zeros(DType.FLOAT64, n)});
        }
    }

    @Test
    void collatzCountersWithABreakInsideTheWhileLoop() {
        Program p = lowered("collatz", I1, I1);
        for (SpeciesWidth w : SpeciesWidth.values()) {
            Differential.check(p, true, VectorOptions.DEFAULT.withWidth(w), "collatz @" + w, (params, n) -> {
                long[] v = new long[n];
                for (int q = 0; q < n; q++) v[q] = 1 + (q * 7919L) % 300;
                return new Object[] {NDArray.of(v), NDArray.zeros(DType.INT64, n)};
            });
        }
    }

    /** r keeps the value of an earlier element wherever no k breaks: a loop-carried scalar, so the loop stays scalar. */
    @Test
    void aVariableAssignedOnlyOnTheBreakPathIsLoopCarriedAndStaysScalar() {
        Program p = lowered("first_above", F1, I1, Type.INT64);
        assertTrue(explain(p).contains("not outer-loop vectorized: loop-carried scalar r"), explain(p));
        CompiledKernel k = GuardedVectorizer.compile(p, VectorOptions.DEFAULT);
        assertFalse(k.javaSource().contains("VectorSpecies"), k.javaSource());
        for (int n : new int[] {0, 5, 19}) {
            Differential.compare(p, k, () -> new Object[] {values(n), NDArray.zeros(DType.INT64, n), 30L}, "first_above n=" + n, true);
        }
    }

    private static NDArray grid(double lo, double hi, int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) v[k] = lo + (hi - lo) * k / Math.max(1, n - 1);
        return NDArray.of(v);
    }

    /** Values in [-3, 3), first 1.0 so the first element of first_above breaks (r is assigned before it is carried). */
    private static NDArray values(int n) {
        Random rnd = new Random(7 + n);
        double[] v = new double[n];
        for (int q = 0; q < n; q++) v[q] = q == 0 ? 1.0 : rnd.nextDouble() * 6 - 3;
        return NDArray.of(v);
    }
}
