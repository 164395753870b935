package io.jumba.passes;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.frontend.Parser;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.lower.ArrayLowering;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static io.jumba.testing.TestIr.count;
import static io.jumba.testing.TestIr.sameAsOriginal;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One-expression functions are inlined as expressions where that cannot change results or which error is raised
 * first; where it could, they are inlined as statements, their arguments computed first (GeneralInliningTest covers
 * callees of any shape).
 */
class InliningTest {
    private static final String SOURCE = """
            import math
            from numba import njit

            @njit
            def cnd(d):
                return 0.5 * (1.0 + math.erf(d / math.sqrt(2.0)))

            def twice(x):
                return x + x

            def first(a, k):
                return a[k]

            def fact(n):
                if n <= 1:
                    return 1
                return n * fact(n - 1)

            def scaled(x, k):
                return x[k] / 2.0 if k > 0 else x[0]

            def two_loads(a, b):
                return a + b

            @njit
            def prices(x, out):
                for i in range(x.shape[0]):
                    out[i] = cnd(x[i]) - cnd(-x[i])

            @njit
            def doubled(x, out):
                for i in range(x.shape[0]):
                    v = x[i]
                    out[i] = twice(v) + twice(v * 2.0)

            @njit
            def indexed(x, k):
                return first(x, k) + cnd(first(x, 0))

            @njit
            def recursive(n):
                return fact(n)

            @njit
            def conditional(x, k):
                return scaled(x, k) + scaled(x, k + 1)

            def late(a, b):
                return 1.0 / a + b

            @njit
            def divided(x, y, i):
                return late(y, x[i])

            @njit
            def faults(x, i, j):
                return two_loads(x[i], x[j])
            """;

    private static Program typed(String function, Type... args) {
        return TypeInference.specialize(Parser.parse(SOURCE, "k.py"), function, List.of(args));
    }

    private static Program passes(Program p) { return Inlining.apply(ArrayLowering.apply(p)); }

    private static Type f64() { return Type.array(DType.FLOAT64, 1, Layout.C); }

    private static long calls(Program p) { return count(p.entry().body(), Expr.Call.class); }

    private static long assignmentsTo(Program p, String name) {
        return Stmts.walk(p.entry().body()).filter(s -> s instanceof Stmt.Assign a && a.target().name().equals(name)).count();
    }

    private static Program checked(Program typed, Supplier<Object[]> args) {
        sameAsOriginal(typed, InliningTest::passes, args);
        return passes(typed);
    }

    @Test
    void blackScholesCumulativeNormalIsInlined() {
        Program p = checked(typed("prices", f64(), f64()),
                () -> new Object[] {NDArray.random(1, 17), NDArray.zeros(DType.FLOAT64, 17)});
        assertEquals(0, calls(p));
    }

    @Test
    void aParameterUsedTwiceTakesOnlyVariablesOrConstantsInPlace() {
        Program p = checked(typed("doubled", f64(), f64()),
                () -> new Object[] {NDArray.random(2, 9), NDArray.zeros(DType.FLOAT64, 9)});
        assertEquals(0, calls(p));
        assertEquals(1, assignmentsTo(p, "twice$x"), "v * 2.0 is computed once, into the parameter's variable; v is used in place");
    }

    @Test
    void indexingCalleesInlineAndKeepTheirIndexError() {
        Supplier<Object[]> inRange = () -> new Object[] {NDArray.random(3, 5), 4L};
        assertEquals(0, calls(checked(typed("indexed", f64(), Type.INT64), inRange)));
        checked(typed("indexed", f64(), Type.INT64), () -> new Object[] {NDArray.random(3, 5), 5L});
    }

    @Test
    void functionsWithStatementsStayCalls() {
        Program p = checked(typed("recursive", Type.INT64), () -> new Object[] {6L});
        assertEquals(1, calls(p));
    }

    @Test
    void conditionalExpressionsInlineWithVariableArguments() {
        Program p = checked(typed("conditional", f64(), Type.INT64), () -> new Object[] {NDArray.random(5, 4), 2L});
        assertEquals(0, calls(p));
        assertEquals(1, assignmentsTo(p, "scaled$k"), "scaled(x, k) inlines as an expression; k + 1 is computed once");
        checked(typed("conditional", f64(), Type.INT64), () -> new Object[] {NDArray.random(5, 4), 3L});
    }

    @Test
    void argumentsThatCanFaultInlineWhenReachedInOrder() {
        Program p = checked(typed("faults", f64(), Type.INT64, Type.INT64), () -> new Object[] {NDArray.random(4, 3), 7L, 9L});
        assertEquals(0, calls(p), "x[i] then x[j], both before the addition: the same IndexError comes first");
        checked(typed("faults", f64(), Type.INT64, Type.INT64), () -> new Object[] {NDArray.random(4, 3), 1L, 9L});
    }

    @Test
    void anArgumentThatWouldFaultAfterTheCalleeCouldIsComputedFirst() {
        Program p = checked(typed("divided", f64(), Type.FLOAT64, Type.INT64), () -> new Object[] {NDArray.random(6, 3), 0.0, 7L});
        assertEquals(0, calls(p));
        assertEquals(1, assignmentsTo(p, "$arg"), "x[i] is loaded first: Python raises IndexError for x[i] before 1.0 / 0.0 could raise ZeroDivisionError");
        checked(typed("divided", f64(), Type.FLOAT64, Type.INT64), () -> new Object[] {NDArray.random(6, 3), 0.0, 2L});
    }
}
