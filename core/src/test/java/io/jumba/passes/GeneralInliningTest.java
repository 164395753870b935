package io.jumba.passes;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.frontend.Parser;
import io.jumba.ir.Expr;
import io.jumba.ir.IrVerifier;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.lower.ArrayLowering;
import io.jumba.testing.TestIr;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static io.jumba.testing.TestIr.count;
import static io.jumba.testing.TestIr.sameAsOriginal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Callees of any shape are inlined as statements (locals renamed, early returns made structured, arguments computed
 * once in order) and the program computes what it computed before, raises the same error at the same position, and
 * leaves the same values in its arrays: each kernel runs in the interpreter before and after the pass.
 */
class GeneralInliningTest {
    private static final String SOURCE = """
            import math
            from numba import njit

            def cnd(d):
                k = 1.0 / (1.0 + 0.2316419 * abs(d))
                poly = k * (0.31938153 + k * (-0.356563782 + k * (1.781477937 + k * (-1.821255978 + k * 1.330274429))))
                ret = 0.3989422804014327 * math.exp(-0.5 * d * d) * poly
                if d > 0:
                    ret = 1.0 - ret
                return ret

            @njit
            def prices(price, strike, out):
                for i in range(price.shape[0]):
                    s = price[i]
                    k = strike[i]
                    out[i] = s * cnd(s - k) - k * math.exp(-0.1) * cnd(k - s)

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
                        out[i, j] = escape_count(xs[j], ys[i], 30)

            def first_pair(a, target):
                for i in range(a.shape[0]):
                    for j in range(i + 1, a.shape[0]):
                        if a[i] + a[j] == target:
                            return i * 1000 + j
                    if a[i] < 0:
                        return -1
                return -2

            @njit
            def pairs(a, out):
                for t in range(out.shape[0]):
                    out[t] = first_pair(a, t)

            def sign(x):
                if x > 0:
                    return 1
                elif x < 0:
                    return -1
                return 0

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

            @njit
            def collatz(a, out):
                for i in range(a.shape[0]):
                    n = a[i]
                    out[i] = steps(n) * sign(n) + sign(n - 3)
                    n = n + 1

            def ratio(a, i, d):
                x = a[i]
                return x / d

            @njit
            def faults(a, i, j, d):
                return a[j] + ratio(a, i, d)

            def bump(a, i):
                a[i] += 1.0
                return a[i]

            @njit
            def effects(a, i):
                return a[i] + bump(a, i) * a[i]

            def small(x):
                y = x * 2
                return y + 1

            @njit
            def positions(n):
                total = 0
                k = 0
                while small(k) < n:
                    total += small(k) if k % 3 == 0 else small(-k)
                    if k > 2 and small(k) > 9:
                        total += 100
                    k += 1
                for m in range(small(1), small(n)):
                    total += m
                return total

            def fill(out, v):
                for i in range(out.shape[0]):
                    out[i] = v
                    if i > 5:
                        return

            @njit
            def filled(out, v):
                fill(out, v)
                fill(out[1:], v + 1.0)

            def fact(n):
                if n <= 1:
                    return 1
                return n * fact(n - 1)

            def even(n):
                if n == 0:
                    return True
                return odd(n - 1)

            def odd(n):
                if n == 0:
                    return False
                return even(n - 1)

            @njit
            def recursive(n):
                return fact(n) + (1 if even(n) else 0)

            def big(x):
                s = 0.0
                s += x * 1.0 + x * 2.0 + x * 3.0 + x * 4.0 + x * 5.0 + x * 6.0 + x * 7.0 + x * 8.0 + x * 9.0 + x * 10.0
                s += x * 1.0 + x * 2.0 + x * 3.0 + x * 4.0 + x * 5.0 + x * 6.0 + x * 7.0 + x * 8.0 + x * 9.0 + x * 10.0
                s += x * 1.0 + x * 2.0 + x * 3.0 + x * 4.0 + x * 5.0 + x * 6.0 + x * 7.0 + x * 8.0 + x * 9.0 + x * 10.0
                s += x * 1.0 + x * 2.0 + x * 3.0 + x * 4.0 + x * 5.0 + x * 6.0 + x * 7.0 + x * 8.0 + x * 9.0 + x * 10.0
                s += x * 1.0 + x * 2.0 + x * 3.0 + x * 4.0 + x * 5.0 + x * 6.0 + x * 7.0 + x * 8.0 + x * 9.0 + x * 10.0
                s += x * 1.0 + x * 2.0 + x * 3.0 + x * 4.0 + x * 5.0 + x * 6.0 + x * 7.0 + x * 8.0 + x * 9.0 + x * 10.0
                return s

            @njit
            def over_budget(x):
                return big(x)

            def outer_helper(x):
                t = small(x)
                return sign(t - 5) * t

            @njit
            def nested(n):
                return outer_helper(n) + outer_helper(n + 4)
            """;

    private static Program typed(String function, Type... args) {
        return TypeInference.specialize(Parser.parse(SOURCE, "k.py"), function, List.of(args));
    }

    private static Program passes(Program p) {
        Program inlined = Inlining.apply(ArrayLowering.apply(p));
        IrVerifier.verify(inlined, true, "after inlining");
        return inlined;
    }

    private static Type f64() { return Type.array(DType.FLOAT64, 1, Layout.C); }

    private static Type i64(int ndim) { return Type.array(DType.INT64, ndim, Layout.C); }

    private static long calls(Program p) { return count(p.entry().body(), Expr.Call.class); }

    /** The program after the passes, having checked it against the original on args. */
    private static Program checked(Program typed, Supplier<Object[]> args) {
        sameAsOriginal(typed, GeneralInliningTest::passes, args);
        return passes(typed);
    }

    @Test
    void aHelperWithLocalsAndAnEarlyReturnBecomesStraightCode() {
        Program p = checked(typed("prices", f64(), f64(), f64()), () -> new Object[] {
                NDArray.randomNormal(1, 33), NDArray.randomNormal(2, 33), NDArray.zeros(DType.FLOAT64, 33)});
        assertEquals(0, calls(p));
        assertEquals(0, count(p.entry().body(), Stmt.If.class), "cnd's if becomes a select, as does its return");
        assertTrue(Stmts.assigned(p.entry().body()).stream().anyMatch(v -> v.name().equals("cnd$k")),
                "cnd's k gets a name of its own, apart from the caller's k");
    }

    @Test
    void aReturnInsideALoopBecomesABreakWithAFlag() {
        Program p = checked(typed("mandel", f64(), f64(), i64(2)), () -> new Object[] {
                grid(-2.0, 0.6, 23), grid(-1.2, 1.2, 17), NDArray.zeros(DType.INT64, 17, 23)});
        assertEquals(0, calls(p));
        assertEquals(1, count(p.entry().body(), Stmt.Break.class));
        assertTrue(Stmts.assigned(p.entry().body()).stream().anyMatch(v -> v.name().equals("escape_count$done")));
    }

    @Test
    void aReturnInANestedLoopLeavesEveryLoopOfTheCallee() {
        Supplier<Object[]> args = () -> new Object[] {NDArray.of(new long[] {3, 1, 4, 1, 5, -9, 2, 6}),
                NDArray.zeros(DType.INT64, 14)};
        Program p = checked(typed("pairs", i64(1), i64(1)), args);
        assertEquals(0, calls(p));
        checked(typed("pairs", i64(1), i64(1)), () -> new Object[] {NDArray.of(new long[] {5, 7, 2}),
                NDArray.zeros(DType.INT64, 14)});
    }

    @Test
    void whileLoopsBranchesAndSeveralReturnsKeepTheCallersVariables() {
        Program p = checked(typed("collatz", i64(1), i64(1)), () -> new Object[] {
                NDArray.of(new long[] {1, 2, 3, 6, 7, 27, -4, 0, 97}), NDArray.zeros(DType.INT64, 9)});
        assertEquals(0, calls(p));
    }

    @Test
    void faultsInsideTheCalleeKeepTheirOrderAndPosition() {
        Type[] sig = {f64(), Type.INT64, Type.INT64, Type.FLOAT64};
        Supplier<Object[]> ok = () -> new Object[] {NDArray.random(3, 6), 2L, 3L, 4.0};
        assertEquals(0, calls(checked(typed("faults", sig), ok)));
        // a[j] out of range first; then a[i] inside ratio (its line); then the division inside ratio.
        checked(typed("faults", sig), () -> new Object[] {NDArray.random(3, 6), 9L, 8L, 0.0});
        checked(typed("faults", sig), () -> new Object[] {NDArray.random(3, 6), 9L, 1L, 0.0});
        TestIr.Run run = sameAsOriginal(typed("faults", sig), GeneralInliningTest::passes,
                () -> new Object[] {NDArray.random(3, 6), 1L, 1L, 0.0});
        assertNotNull(run.error());
        assertEquals("ZeroDivisionError", run.error().pythonName());
        assertEquals(76, run.error().pos().line(), "the division in ratio, not the call in faults");
    }

    @Test
    void whatTheCallerEvaluatedBeforeTheCallKeepsItsValue() {
        Program p = checked(typed("effects", f64(), Type.INT64), () -> new Object[] {NDArray.random(4, 5), 2L});
        assertEquals(0, calls(p));
    }

    @Test
    void callsInWhileConditionsConditionalExpressionsAndLoopBounds() {
        for (long n : new long[] {0, 3, 12, 40}) {
            Program p = checked(typed("positions", Type.INT64), () -> new Object[] {n});
            assertEquals(0, calls(p));
        }
    }

    @Test
    void helpersReturningNoneAndCalledOnViews() {
        Program p = checked(typed("filled", f64(), Type.FLOAT64), () -> new Object[] {NDArray.zeros(DType.FLOAT64, 11), 2.5});
        assertEquals(0, calls(p));
    }

    @Test
    void recursiveHelpersStayCalls() {
        Program p = checked(typed("recursive", Type.INT64), () -> new Object[] {7L});
        assertEquals(2, calls(p), "fact and even are on cycles of calls");
        assertEquals("fact is recursive", Inlining.notInlined(p, callee(p, "fact")));
        assertEquals("even is recursive", Inlining.notInlined(p, callee(p, "even")));
    }

    @Test
    void helpersOverTheBudgetStayCalls() {
        Program p = checked(typed("over_budget", Type.FLOAT64), () -> new Object[] {1.5});
        assertEquals(1, calls(p));
        String reason = Inlining.notInlined(p, callee(p, "big"));
        assertTrue(reason.startsWith("big has ") && reason.endsWith(" IR nodes, over the inlining budget of "
                + Inlining.MAX_CALLEE_NODES), reason);
    }

    @Test
    void helpersCallingHelpersInlineAllTheWay() {
        for (long n : new long[] {-3, 1, 2, 9}) assertEquals(0, calls(checked(typed("nested", Type.INT64), () -> new Object[] {n})));
    }

    private static String callee(Program p, String pythonName) {
        return p.functions().stream().filter(f -> f.pythonName().equals(pythonName)).findFirst().orElseThrow().name();
    }

    private static NDArray grid(double lo, double hi, int n) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) v[k] = lo + (hi - lo) * k / (n - 1);
        return NDArray.of(v);
    }
}
