package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.frontend.Parser;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.ir.Var;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loops calling helpers of several statements: after the pipeline's inlining the demo's Black-Scholes (its cnd with
 * locals and an if) vectorizes and matches the interpreter at every width; an escape-time helper with an early
 * return becomes a loop in its caller, run per lane of the loop around it; a call that stays a call makes the loop's verdict name the callee and why.
 */
class InlinedHelpersSimdTest {
    /** examples/black_scholes.py as the demo ships it. */
    private static final String DEMO = """
            import math

            from numba import njit


            @njit
            def cnd(d):
                \"\"\"Cumulative normal distribution (Abramowitz-Stegun polynomial, as in Numba's Black-Scholes example).\"\"\"
                k = 1.0 / (1.0 + 0.2316419 * abs(d))
                poly = k * (0.31938153 + k * (-0.356563782 + k * (1.781477937 + k * (-1.821255978 + k * 1.330274429))))
                ret = 0.3989422804014327 * math.exp(-0.5 * d * d) * poly
                if d > 0:
                    ret = 1.0 - ret
                return ret


            @njit
            def black_scholes(price, strike, years, rate, vol, out):
                \"\"\"European call option prices, one per element.\"\"\"
                for i in range(price.shape[0]):
                    s = price[i]
                    k = strike[i]
                    t = years[i]
                    sq = vol * math.sqrt(t)
                    d1 = (math.log(s / k) + (rate + 0.5 * vol * vol) * t) / sq
                    d2 = d1 - sq
                    out[i] = s * cnd(d1) - k * math.exp(-rate * t) * cnd(d2)
            """;

    private static final String HELPERS = """
            from numba import njit

            def escape_count(cr, ci, maxiter):
                zr = 0.0
                zi = 0.0
                for k in range(maxiter):
                    zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                    if zr * zr + zi * zi > 4.0:
                        return k
                return maxiter

            @njit
            def mandel(xs, ys, out):
                for i in range(ys.shape[0]):
                    for j in range(xs.shape[0]):
                        out[i, j] = escape_count(xs[j], ys[i], 40)

            def clipped(x, lo):
                if x < lo:
                    return lo
                y = x * x
                return y

            @njit
            def squares(a, res):
                for i in range(a.shape[0]):
                    res[i] = clipped(a[i], -0.5) + 1.0

            def fact(n):
                if n <= 1.0:
                    return 1.0
                return n * fact(n - 1.0)

            @njit
            def factorials(a, out):
                for i in range(a.shape[0]):
                    out[i] = fact(a[i])

            def first_pair(a, target):
                for i in range(a.shape[0]):
                    for j in range(i + 1, a.shape[0]):
                        if a[i] + a[j] == target:
                            return i * 1000 + j
                    if a[i] < 0:
                        return -1
                return -2

            def steps(n):
                count = 0
                while n != 1:
                    if n % 2 == 0:
                        n = n // 2
                    else:
                        n = 3 * n + 1
                    count += 1
                    if count > 1000:
                        return -1
                return count

            def small(x):
                y = x * 2
                return y + 1

            def fill(res, v):
                for i in range(res.shape[0]):
                    res[i] = v
                    if i > 5:
                        return

            @njit
            def shapes(a, res):
                total = 0
                k = 0
                while small(k) < a.shape[0]:
                    total += first_pair(a, k) if k % 3 == 0 else steps(a[k] % 50 + 51) + (steps(k + 1) if k > 1 and small(k) > 9 else 0)
                    k += 1
                fill(res, total * 1.0)
                fill(res[1:], 2.5)
                return total
            """;

    private static final Type F64 = Type.array(DType.FLOAT64, 1, Layout.C);

    private static Program lowered(String source, String function, Type... args) {
        return SimdPipeline.with(VectorOptions.DEFAULT).lower(TypeInference.specialize(Parser.parse(source, "k.py"),
                function, List.of(args)));
    }

    private static Program demo() { return lowered(DEMO, "black_scholes", F64, F64, F64, Type.FLOAT64, Type.FLOAT64, F64); }

    @Test
    void theDemosBlackScholesVectorizesAtEveryWidth() {
        String text = Explain.of(demo(), VectorOptions.DEFAULT.withWidth(SpeciesWidth.S256));
        assertTrue(text.contains("line 20: vectorized: float64 x 4 lanes (species 256, 256 bits)"), text);
        for (SpeciesWidth w : SpeciesWidth.values()) {
            // out has one element per option (Differential's "out" would be one per row of a 2-d input)
            Differential.check(demo(), true, VectorOptions.DEFAULT.withWidth(w), "demo black_scholes @" + w,
                    (params, n) -> Differential.arguments(params.stream().map(v -> new Var(v.name() + "_", v.type())).toList(), n));
        }
    }

    @Test
    void anEarlyReturnInsideTheHelpersLoopIsInlinedAndRunsPerLane() {
        Program p = lowered(HELPERS, "mandel", F64, F64, Type.array(DType.INT64, 2, Layout.C));
        String text = Explain.of(p, VectorOptions.DEFAULT.withWidth(SpeciesWidth.S256));
        assertTrue(text.contains("line 15: outer-loop vectorized over j: int64/float64 x 4 lanes (species 256, 256 bits),"
                + " unroll 1 (jammed), inner loop escape_count$k (line 6) runs per lane until its break"), text);
        assertTrue(text.contains("line 6: not vectorized: loop-carried scalar escape_count$zr"), text);
        for (SpeciesWidth w : SpeciesWidth.values()) {
            Differential.check(p, true, VectorOptions.DEFAULT.withWidth(w), "mandel @" + w,
                    (params, n) -> new Object[] {grid(-2.0, 0.6, n), grid(-1.2, 1.2, 3), NDArray.zeros(DType.INT64, 3, n)});
        }
    }

    @Test
    void aReturnUnderAnIfBecomesASelectAndVectorizes() {
        Program p = lowered(HELPERS, "squares", F64, F64);
        for (SpeciesWidth w : SpeciesWidth.values()) {
            Differential.check(p, true, VectorOptions.DEFAULT.withWidth(w), "squares @" + w);
        }
    }

    /** Helpers with nested loops, while loops, several returns, no value, in conditions: compiled as interpreted. */
    @Test
    void helpersOfEveryShapeCompileToWhatTheInterpreterComputes() {
        Program p = lowered(HELPERS, "shapes", Type.array(DType.INT64, 1, Layout.C), F64);
        assertTrue(!Explain.of(p, VectorOptions.DEFAULT).contains("call of"), Explain.of(p, VectorOptions.DEFAULT));
        for (SpeciesWidth w : SpeciesWidth.values()) {
            CompiledKernel k = GuardedVectorizer.compile(p, VectorOptions.DEFAULT.withWidth(w));
            for (int n : new int[] {0, 3, 9, 20}) {
                Differential.compare(p, k, () -> new Object[] {longs(n), NDArray.zeros(DType.FLOAT64, 11)}, "shapes n=" + n + " @" + w, true);
            }
        }
    }

    private static NDArray longs(int n) {
        long[] v = new long[n];
        for (int q = 0; q < n; q++) v[q] = (q * 37L) % 23 - (q == 7 ? 30 : 0);
        return NDArray.of(v);
    }

    @Test
    void aRecursiveHelperKeepsItsLoopScalarAndExplainSaysWhy() {
        Program p = lowered(HELPERS, "factorials", F64, F64);
        String text = Explain.of(p, VectorOptions.DEFAULT.withWidth(SpeciesWidth.S256));
        assertTrue(text.contains("line 36: not vectorized: call of fact in the body (not inlined: fact is recursive)"), text);
    }

    private static NDArray grid(double lo, double hi, int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) v[k] = lo + (hi - lo) * k / Math.max(1, n - 1);
        return NDArray.of(v);
    }
}
