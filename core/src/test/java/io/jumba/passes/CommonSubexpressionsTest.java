package io.jumba.passes;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.frontend.Parser;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.Var;
import io.jumba.lower.ArrayLowering;
import io.jumba.testing.TestIr;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.List;
import java.util.function.Supplier;

import static io.jumba.testing.TestIr.count;
import static io.jumba.testing.TestIr.sameAsOriginal;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Repeated math expressions are computed once where that cannot change results or errors. */
class CommonSubexpressionsTest {
    private static final String SOURCE = """
            import math
            from numba import njit

            def cnd(d):
                return 0.5 * (1.0 + math.erf(d / math.sqrt(2.0)))

            @njit
            def prices(s, k, out_call, out_put):
                for i in range(s.shape[0]):
                    d1 = math.log(s[i] / k[i])
                    d2 = d1 - 0.3
                    out_call[i] = s[i] * cnd(d1) - k[i] * cnd(d2)
                    out_put[i] = k[i] * cnd(-d2) - s[i] * cnd(-d1)

            @njit
            def reassigned(x, out):
                for i in range(x.shape[0]):
                    v = x[i]
                    a = math.exp(v * 2.0)
                    v = v + 1.0
                    out[i] = a + math.exp(v * 2.0)

            @njit
            def conditional(x, out):
                for i in range(x.shape[0]):
                    v = x[i]
                    out[i] = math.exp(v) if v > 0.0 else math.exp(v) + 1.0

            @njit
            def divided(x, y, out):
                for i in range(x.shape[0]):
                    v = x[i]
                    out[i] = math.exp(v / y) + math.exp(v / y) + math.exp(v * 2.0) * math.exp(v * 2.0)
            """;

    private static Program typed(String function, Type... args) {
        return TypeInference.specialize(Parser.parse(SOURCE, "k.py"), function, List.of(args));
    }

    private static Program passes(Program p) {
        return CommonSubexpressions.apply(SmallLoopUnrolling.apply(Inlining.apply(ArrayLowering.apply(p))));
    }

    private static Type f64() { return Type.array(DType.FLOAT64, 1, Layout.C); }

    private static long intrinsics(Program p, io.jumba.runtime.MathFn fn) {
        return TestIr.exprs(p.entry().body()).stream().filter(e -> e instanceof Expr.Intrinsic in && in.fn() == fn).count();
    }

    private static Program checked(Program typed, Supplier<Object[]> args) {
        sameAsOriginal(typed, CommonSubexpressionsTest::passes, args);
        return passes(typed);
    }

    @Test
    void blackScholesEvaluatesErfTwice() {
        Supplier<Object[]> args = () -> new Object[] {NDArray.random(1, 37), NDArray.random(2, 37),
                NDArray.zeros(DType.FLOAT64, 37), NDArray.zeros(DType.FLOAT64, 37)};
        Program p = checked(typed("prices", f64(), f64(), f64(), f64()), args);
        assertEquals(2, intrinsics(p, io.jumba.runtime.MathFn.ERF), "erf(-x) is -erf(x), shared with erf(x)");
        assertEquals(0, intrinsics(p, io.jumba.runtime.MathFn.SQRT), "sqrt(2.0) folded");
    }

    @Test
    void aVariableAssignedBetweenTheUsesKeepsBoth() {
        Program p = checked(typed("reassigned", f64(), f64()), () -> new Object[] {NDArray.random(3, 9), NDArray.zeros(DType.FLOAT64, 9)});
        assertEquals(2, intrinsics(p, io.jumba.runtime.MathFn.EXP));
    }

    @Test
    void conditionalUsesAreNotShared() {
        Program p = checked(typed("conditional", f64(), f64()), () -> new Object[] {NDArray.random(4, 9), NDArray.zeros(DType.FLOAT64, 9)});
        assertEquals(2, intrinsics(p, io.jumba.runtime.MathFn.EXP));
    }

    @Test
    void onlyFaultFreeExpressionsAreShared() {
        Program p = checked(typed("divided", f64(), Type.FLOAT64, f64()),
                () -> new Object[] {NDArray.random(5, 9), 0.5, NDArray.zeros(DType.FLOAT64, 9)});
        assertEquals(3, intrinsics(p, io.jumba.runtime.MathFn.EXP), () -> "exp(v / y) twice (y may be 0), exp(v * 2.0) once:\n"
                + io.jumba.ir.IrPrinter.print(p));
        checked(typed("divided", f64(), Type.FLOAT64, f64()), () -> new Object[] {NDArray.random(5, 9), 0.0, NDArray.zeros(DType.FLOAT64, 9)});
    }

    @Test
    @Timeout(60)
    void aLongChainCostsLinearTime() {
        // 3,000 terms sin(x) + sin(x) + ...: asking each node afresh whether it is shareable, and for its key, took
        // minutes (quadratic); each node's facts are now computed once. The pass recurses as deep as the chain, so it
        // runs on the compiler's deep stack as in a real compile.
        Var x = io.jumba.testing.Ir.var("x", Type.FLOAT64);
        Expr sin = io.jumba.testing.Ir.math(io.jumba.runtime.MathFn.SIN, io.jumba.testing.Ir.l(x));
        Expr chain = sin;
        for (int i = 1; i < 3000; i++) chain = io.jumba.testing.Ir.bin(io.jumba.ir.BinOp.ADD, chain, sin);
        Program p = io.jumba.testing.Ir.program("f", List.of(x), Type.FLOAT64, io.jumba.testing.Ir.ret(chain));
        Program shared = io.jumba.frontend.DeepStack.call(() -> CommonSubexpressions.apply(p));
        assertEquals(1, intrinsics(shared, io.jumba.runtime.MathFn.SIN), "sin(x) computed once");
    }
}
