package io.jumba.typing;

import io.jumba.diag.TypingError;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import static io.jumba.typing.Kernels.infer;
import static io.jumba.typing.Kernels.parse;
import static org.junit.jupiter.api.Assertions.*;

class ScalarInferenceTest {

    private static Type ret(String src, String fn, Type... args) { return infer(src, fn, args).entry().returnType(); }

    @Test
    void literalAndArithmeticTypes() {
        assertEquals(Type.INT64, ret("def f(a, b):\n    return a + b\n", "f", Type.INT64, Type.INT64));
        assertEquals(Type.FLOAT64, ret("def f(a, b):\n    return a + b\n", "f", Type.INT64, Type.FLOAT64));
        assertEquals(Type.FLOAT64, ret("def f(a, b):\n    return a / b\n", "f", Type.INT64, Type.INT64));
        assertEquals(Type.INT64, ret("def f(a, b):\n    return a // b\n", "f", Type.INT64, Type.INT64));
        assertEquals(Type.INT64, ret("def f(a, b):\n    return a ** b\n", "f", Type.INT64, Type.INT64));
        assertEquals(Type.BOOL, ret("def f(a, b):\n    return a < b\n", "f", Type.INT64, Type.FLOAT64));
        assertEquals(Type.NONE, ret("def f(a):\n    a + 1\n", "f", Type.INT64));
        assertEquals(new Type.Tuple(java.util.List.of(Type.INT64, Type.FLOAT64)),
                ret("def f(a):\n    return a, 1.5\n", "f", Type.INT64));
    }

    @Test
    void promotionMatchesNumba() {
        // Values checked with Numba 0.56: a + b for scalar a, b of these types.
        String add = "def f(a, b):\n    return a + b\n";
        assertEquals(parse("int64"), ret(add, "f", parse("int32"), parse("int32")));
        assertEquals(parse("int64"), ret(add, "f", parse("bool"), parse("bool")));
        assertEquals(parse("int64"), ret(add, "f", parse("uint8"), parse("int64")));
        assertEquals(parse("float64"), ret(add, "f", parse("float32"), parse("int64")));
        assertEquals(parse("float32"), ret(add, "f", parse("float32"), parse("float32")));
        assertEquals(parse("float32"), ret(add, "f", parse("float32"), parse("uint8")));
        assertEquals(parse("float32"), ret(add, "f", parse("bool"), parse("float32")));
        assertEquals(parse("float32"), ret("def f(a, b):\n    return a / b\n", "f", parse("float32"), parse("bool")));
        assertEquals(parse("float32"), ret("def f(a, b):\n    return a ** b\n", "f", parse("float32"), parse("int64")));
        assertEquals(parse("float64"), ret("def f(a, b):\n    return a ** b\n", "f", parse("int32"), parse("float32")));
        assertEquals(parse("int64"), ret("def f(a):\n    return -a\n", "f", parse("int8")));
        assertEquals(parse("float32"), ret("def f(a):\n    return -a\n", "f", parse("float32")));
        assertEquals(parse("bool"), ret("def f(a, b):\n    return a & b\n", "f", parse("bool"), parse("bool")));
        assertEquals(parse("int64"), ret("def f(a, b):\n    return a & b\n", "f", parse("int32"), parse("int32")));
        assertEquals(parse("int32"), ret("def f(a):\n    return abs(a)\n", "f", parse("int32")));
        assertEquals(parse("int32"), ret("def f(a):\n    return max(a, a)\n", "f", parse("int32")));
        assertEquals(parse("float64"), ret("def f(a, b):\n    return min(a, b)\n", "f", parse("int32"), parse("float32")));
        assertEquals(parse("int64"), ret("def f(a):\n    return math.floor(a)\n", "f", parse("float32")));
        assertEquals(parse("bool"), ret("def f(a):\n    return ~a\n", "f", parse("bool")));
    }

    @Test
    void binaryOperandsAreCastExplicitly() {
        Program p = infer("def f(a, b):\n    return a * b\n", "f", Type.INT64, Type.FLOAT64);
        Stmt.Return r = (Stmt.Return) p.entry().body().getFirst();
        Expr.Binary b = (Expr.Binary) r.value();
        assertEquals(Type.FLOAT64, b.left().type());
        assertInstanceOf(Expr.Cast.class, b.left());
        assertEquals(Type.FLOAT64, b.right().type());
    }

    @Test
    void variablesUnifyAcrossBranchesAndLoops() {
        String src = """
                def f(n):
                    x = 0
                    for i in range(n):
                        x = x + 0.5
                    return x
                """;
        Program p = infer(src, "f", Type.INT64);
        assertEquals(Type.FLOAT64, p.entry().returnType());
        Stmt.Assign first = (Stmt.Assign) p.entry().body().getFirst();
        assertEquals(Type.FLOAT64, first.target().type());
        assertEquals(new Expr.Const(0.0, Type.FLOAT64), first.value());
        assertEquals(2.5, Interpreter.run(p, 5L));
    }

    @Test
    void irreconcilableAssignmentsNameBothPlaces() {
        String src = """
                def f(a, n):
                    x = a
                    if n > 0:
                        x = 3
                    return n
                """;
        TypingError e = assertThrows(TypingError.class, () -> infer(src, "f", parse("float64[::1]"), Type.INT64));
        assertTrue(e.getMessage().contains("cannot unify float64[::1] and int64 for 'x'"), e.getMessage());
        assertTrue(e.getMessage().contains("k.py:5:5") && e.getMessage().contains("k.py:7:9"), e.getMessage());
    }

    @Test
    void returnTypesUnify() {
        String src = """
                def f(n):
                    if n > 0:
                        return 1
                    return 2.5
                """;
        assertEquals(Type.FLOAT64, ret(src, "f", Type.INT64));
        // A value on one path and None on another: Numba's OptionalType.
        assertEquals(new Type.Optional(Type.INT64),
                ret("def f(n):\n    if n > 0:\n        return 1\n    return\n", "f", Type.INT64));
        TypingError e = assertThrows(TypingError.class,
                () -> infer("def f(a, n):\n    if n > 0:\n        return a\n    return 2.5\n", "f",
                        Type.array(io.jumba.array.DType.FLOAT64, 1, io.jumba.types.Layout.C), Type.INT64));
        assertTrue(e.detail().contains("cannot unify return types"), e.getMessage());
    }

    @Test
    void fallingOffTheEndOfAValuedFunctionReturnsAnOptional() {
        String src = """
                def f(n):
                    for i in range(n):
                        if i * i > n:
                            return i
                """;
        assertEquals(new Type.Optional(Type.INT64), ret(src, "f", Type.INT64));
        assertEquals(Type.INT64, ret("def f(n):\n    while True:\n        if n > 3:\n            return n\n        n += 1\n", "f", Type.INT64));
    }

    @Test
    void loopsBreakContinueWhile() {
        String src = """
                def f(n):
                    total = 0
                    i = 0
                    while True:
                        i += 1
                        if i % 2 == 0:
                            continue
                        if i > n:
                            break
                        total += i
                    for j in range(n, 0, -2):
                        total -= j
                    return total
                """;
        Program p = infer(src, "f", Type.INT64);
        assertEquals(Type.INT64, p.entry().returnType());
        // odd i <= 7: 1+3+5+7 = 16; minus 7+5+3+1 = 16
        assertEquals(0L, Interpreter.run(p, 7L));
    }

    @Test
    void chainedComparisonEvaluatesOperandsOnce() {
        String src = "def f(a, b, c):\n    return a < b * 2 < c\n";
        Program p = infer(src, "f", Type.INT64, Type.INT64, Type.FLOAT64);
        assertInstanceOf(Stmt.Assign.class, p.entry().body().getFirst());
        assertEquals(true, Interpreter.run(p, 1L, 2L, 5.0));
        assertEquals(false, Interpreter.run(p, 1L, 3L, 5.0));
    }

    @Test
    void lazyOperandsStayLazyEvenWhenTheyNeedStatements() {
        String src = """
                def f(a, i):
                    ok = i < len(a) and 0 < a[i] < 10
                    v = a[i] if i < len(a) and 0.0 < a[i] < 10.0 else -1.0
                    return ok, v
                """;
        Program p = infer(src, "f", parse("float64[::1]"), Type.INT64);
        io.jumba.array.NDArray a = io.jumba.array.NDArray.zeros(io.jumba.array.DType.FLOAT64, 2);
        a.setDouble(5.0, 1);
        assertArrayEquals(new Object[] {false, -1.0}, (Object[]) Interpreter.run(p, a, 7L));
        assertArrayEquals(new Object[] {true, 5.0}, (Object[]) Interpreter.run(p, a, 1L));
        assertArrayEquals(new Object[] {false, -1.0}, (Object[]) Interpreter.run(p, a, 0L));
    }

    @Test
    void tupleSwapEvaluatesRightSideFirst() {
        String src = """
                def f(a, b):
                    a, b = b, a
                    return a - b
                """;
        assertEquals(1L, Interpreter.run(infer(src, "f", Type.INT64, Type.INT64), 1L, 2L));
    }

    @Test
    void truthinessAndBoolOps() {
        String src = """
                def f(x, y):
                    if x and not y:
                        return 1
                    return 2 if x or y else 3
                """;
        Program p = infer(src, "f", Type.INT64, Type.FLOAT64);
        assertEquals(1L, Interpreter.run(p, 4L, 0.0));
        assertEquals(2L, Interpreter.run(p, 0L, 1.5));
        assertEquals(3L, Interpreter.run(p, 0L, 0.0));
    }

    @Test
    void builtinsAndMath() {
        String src = """
                def f(x, n):
                    a = math.floor(x) + round(x) + int(x) + abs(-n) + max(n, 2, 1) + min(1, n)
                    b = math.sqrt(n) + np.exp(0.0) + float(n) + math.pi
                    return a, b, bool(n), np.float32(x)
                """;
        Program p = infer(src, "f", Type.FLOAT64, Type.INT64);
        assertEquals("Tuple(int64, float64, bool, float32)", p.entry().returnType().toString());
        Object[] r = (Object[]) Interpreter.run(p, 2.5, 4L);
        assertEquals(2L + 2L + 2L + 4L + 4L + 1L, r[0]);
        assertEquals(2.0 + 1.0 + 4.0 + Math.PI, (Double) r[1], 1e-12);
        assertEquals(true, r[2]);
        assertEquals(2.5f, r[3]);
    }

    @Test
    void undefinedNamesAndBadCalls() {
        TypingError e = assertThrows(TypingError.class, () -> infer("def f(n):\n    return m\n", "f", Type.INT64));
        assertEquals("name 'm' is not defined", e.detail());
        assertEquals(5, e.pos().line());
        e = assertThrows(TypingError.class, () -> infer("def f(n):\n    return math.sqrt(n, n)\n", "f", Type.INT64));
        assertTrue(e.detail().contains("takes 1"), e.detail());
        assertThrows(io.jumba.diag.UnsupportedError.class,
                () -> infer("def f(n):\n    return np.foo(n)\n", "f", Type.INT64));
    }
}
