package io.jumba.typing;

import io.jumba.diag.TypingError;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import static io.jumba.typing.Kernels.infer;
import static org.junit.jupiter.api.Assertions.*;

class CallsAndConstantsTest {

    @Test
    void moduleConstantsAreFolded() {
        String src = """
                N = 10
                SCALE = 2.0 * math.pi
                HALF = N // 4
                def f(x):
                    return x * SCALE + N + HALF + np.inf * 0 + -N
                """;
        Program p = infer(src, "f", Type.FLOAT64);
        String ir = io.jumba.ir.IrPrinter.print(p);
        assertTrue(ir.contains(String.valueOf(2.0 * Math.PI)), ir);
        assertTrue(Double.isNaN((Double) Interpreter.run(p, 1.0)));
        Program q = infer("N = 10\nSCALE = 2.0 * math.pi\ndef g(x):\n    return x * SCALE + N + N // 4\n", "g", Type.FLOAT64);
        assertEquals(2.0 * Math.PI + 12, (Double) Interpreter.run(q, 1.0), 1e-12);
    }

    @Test
    void constantsMayCallMathFunctions() {
        Program p = infer("INV_SQRT2 = 1 / math.sqrt(2.0)\nT = (1, 2.5)\ndef f(x):\n    return x * INV_SQRT2 + T[1]\n",
                "f", Type.FLOAT64);
        assertEquals(1 / Math.sqrt(2.0) + 2.5, (Double) Interpreter.run(p, 1.0), 1e-15);
        TypingError e = assertThrows(TypingError.class,
                () -> infer("A = np.zeros(3)\ndef f(x):\n    return A\n", "f", Type.FLOAT64));
        assertTrue(e.detail().contains("must be a compile-time constant"), e.detail());
    }

    @Test
    void assigningAConstantIsAnError() {
        TypingError e = assertThrows(TypingError.class,
                () -> infer("N = 10\ndef f(x):\n    N = x\n    return N\n", "f", Type.INT64));
        assertTrue(e.detail().contains("cannot assign to module global 'N'"), e.detail());
    }

    @Test
    void callsSpecializePerArgumentTypes() {
        String src = """
                def f(x, y):
                    return helper(x) + helper(y) + helper(x, scale=3)
                def helper(v, scale=2):
                    return v * scale
                """;
        Program p = infer(src, "f", Type.INT64, Type.FLOAT64);
        assertEquals("f__int64_float64", p.entry().name());
        assertEquals(2, p.functions().size());
        assertNotNull(p.function("helper__int64_int64"));
        assertNotNull(p.function("helper__float64_int64"));
        assertEquals(2L * 2 + 1.5 * 2 + 2 * 3, (Double) Interpreter.run(p, 2L, 1.5), 1e-12);
    }

    @Test
    void onlyCalleesOfTheFinalTypesAreKept() {
        String src = """
                def f(n):
                    x = 0
                    for i in range(n):
                        x = g(x)
                        x = x + 0.5
                    return x
                def g(v):
                    return v * 2
                """;
        Program p = infer(src, "f", Type.INT64);
        assertEquals(1, p.functions().size());
        assertEquals("g__float64", p.functions().getFirst().name());
    }

    @Test
    void recursionUsesTheNonRecursiveReturnPath() {
        String src = """
                @njit
                def fib(n):
                    if n < 2:
                        return n
                    return fib(n - 1) + fib(n - 2)
                """;
        Program p = infer(src, "fib", Type.INT64);
        assertEquals(Type.INT64, p.entry().returnType());
        assertTrue(p.functions().isEmpty());
        Stmt.Return r = (Stmt.Return) p.entry().body().getLast();
        Expr.Binary sum = (Expr.Binary) r.value();
        assertEquals("fib__int64", ((Expr.Call) sum.left()).function());
        assertEquals(55L, Interpreter.run(p, 10L));
    }

    @Test
    void mutualRecursion() {
        String src = """
                def is_even(n):
                    if n == 0:
                        return True
                    return is_odd(n - 1)
                def is_odd(n):
                    if n == 0:
                        return False
                    return is_even(n - 1)
                """;
        Program p = infer(src, "is_even", Type.INT64);
        assertEquals(java.util.List.of("is_odd__int64"), p.functions().stream().map(io.jumba.ir.Function::name).toList());
        assertEquals(true, Interpreter.run(p, 10L));
        assertEquals(false, Interpreter.run(p, 7L));
    }

    @Test
    void recursionWithoutBaseCaseIsATypingError() {
        TypingError e = assertThrows(TypingError.class,
                () -> infer("def f(n):\n    return f(n - 1)\n", "f", Type.INT64));
        assertTrue(e.detail().contains("recursive function 'f'"), e.detail());
    }

    @Test
    void arityAndKeywordErrors() {
        String src = "def f(x):\n    return g(x, 1, 2)\ndef g(a, b):\n    return a\n";
        TypingError e = assertThrows(TypingError.class, () -> infer(src, "f", Type.INT64));
        assertTrue(e.detail().contains("g() takes 2 positional argument(s) but 3 were given"), e.detail());
        assertThrows(TypingError.class, () -> infer("def f(x):\n    return g(x, c=1)\ndef g(a, b):\n    return a\n", "f", Type.INT64));
        assertThrows(TypingError.class, () -> infer("def f(x):\n    return g(x)\ndef g(a, b):\n    return a\n", "f", Type.INT64));
    }

    @Test
    void decoratorOptionsReachTheFunction() {
        Program p = infer("@njit(parallel=True, error_model='numpy')\ndef f(x):\n    return x\n", "f", Type.INT64);
        assertTrue(p.entry().options().parallel());
        assertTrue(p.entry().options().numpyErrorModel());
    }
}
