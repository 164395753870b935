package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.TypingError;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.ReduceOp;
import io.jumba.ir.Stmt;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jumba.typing.Kernels.infer;
import static io.jumba.typing.Kernels.parse;
import static org.junit.jupiter.api.Assertions.*;

class ArrayInferenceTest {
    private static final Type F1 = parse("float64[::1]");
    private static final Type F2 = parse("float64[:, ::1]");

    private static NDArray vector(double... values) {
        NDArray a = NDArray.empty(DType.FLOAT64, values.length);
        for (int i = 0; i < values.length; i++) a.setDouble(values[i], i);
        return a;
    }

    private static Expr returned(Program p) {
        return ((Stmt.Return) p.entry().body().getLast()).value();
    }

    @Test
    void elementLoadStoreAndAugmentedAssignment() {
        String src = """
                def f(a, x):
                    for i in range(len(a)):
                        a[i] += x * a[i - 1]
                    return a[0, ] if False else a[-1]
                """;
        Program p = infer(src, "f", F1, Type.FLOAT64);
        assertEquals(Type.FLOAT64, p.entry().returnType());
        NDArray a = vector(1, 2, 3);
        assertEquals(35.0, Interpreter.run(p, a, 2.0)); // a becomes [7, 16, 35]
    }

    @Test
    void forOverArrayLoadsElements() {
        Program p = infer("def f(a):\n    s = 0.0\n    for v in a:\n        s += v\n    return s\n", "f", F1);
        assertEquals(6.0, Interpreter.run(p, vector(1, 2, 3)));
    }

    @Test
    void rowsSlicesAndAttributes() {
        String src = """
                def f(m):
                    r = m[1]
                    c = m[:, 0]
                    s = m[1:, ::1]
                    return r, c, s, m.shape, m.shape[0], m.size, m.ndim, m.T
                """;
        Program p = infer(src, "f", F2);
        assertEquals("Tuple(float64[::1], float64[:], float64[:, :], Tuple(int64, int64), int64, int64, int64, float64[::1, :])",
                p.entry().returnType().toString());
        String ir = io.jumba.ir.IrPrinter.print(p);
        assertTrue(ir.contains("m.shape[0], m.size, 2, m.T"), ir);
        TypingError e = assertThrows(TypingError.class, () -> infer("def f(m):\n    return m[1, 2, 3]\n", "f", F2));
        assertTrue(e.detail().contains("too many indices"), e.detail());
    }

    @Test
    void sliceAssignmentIsAnArrayStore() {
        Program p = infer("def f(a, b):\n    a[1:3] = 0\n    a[:] = b\n", "f", F1, parse("int32[:]"));
        assertInstanceOf(Stmt.ArrayStore.class, p.entry().body().get(0));
        Stmt.ArrayStore second = (Stmt.ArrayStore) p.entry().body().get(1);
        assertEquals(Type.array(DType.FLOAT64, 1, Layout.C), second.value().type());
    }

    @Test
    void nestedArrayExpressionFusesIntoOneElementwise() {
        Program p = infer("def f(a, b, c):\n    return a + b * np.exp(c)\n", "f", F1, F1, F1);
        Expr.Elementwise w = assertInstanceOf(Expr.Elementwise.class, returned(p));
        assertEquals(3, w.inputs().size());
        assertEquals("(#0 + (#1 * exp(#2)))", io.jumba.ir.IrPrinter.expr(w.body()));
        NDArray r = (NDArray) Interpreter.run(p, vector(1, 2), vector(1, 1), vector(0, 0));
        assertEquals(2.0, r.getDouble(0));
        assertEquals(3.0, r.getDouble(1));
    }

    @Test
    void scalarsInArrayExpressionsAreInputsOrInlinedConstants() {
        Program p = infer("def f(a, s):\n    return (a * a + s) * 2.0\n", "f", F1, Type.FLOAT64);
        Expr.Elementwise w = assertInstanceOf(Expr.Elementwise.class, returned(p));
        assertEquals(2, w.inputs().size(), "a is read once, s is a 0-d input, 2.0 is inlined");
        assertEquals("(((#0 * #0) + #1) * 2.0)", io.jumba.ir.IrPrinter.expr(w.body()));
    }

    @Test
    void arrayResultTypesFollowNumbaUfuncRules() {
        // Checked with Numba 0.56.
        String add = "def f(a, b):\n    return a + b\n";
        assertEquals("float32[::1]", infer(add, "f", parse("float32[::1]"), Type.INT64).entry().returnType().toString());
        assertEquals("float64[::1]", infer(add, "f", parse("float32[::1]"), Type.FLOAT64).entry().returnType().toString());
        assertEquals("int32[::1]", infer(add, "f", parse("int8[:]"), parse("int32")).entry().returnType().toString());
        assertEquals("int64[::1]", infer(add, "f", parse("int32[:]"), Type.INT64).entry().returnType().toString());
        assertEquals("float32[::1]", infer(add, "f", parse("int32[:]"), parse("float32[:]")).entry().returnType().toString());
        assertEquals("float32[::1]", infer("def f(a):\n    return np.sqrt(a)\n", "f", parse("int8[:]")).entry().returnType().toString());
        assertEquals("float64[::1]", infer("def f(a):\n    return np.sqrt(a)\n", "f", parse("int32[:]")).entry().returnType().toString());
        assertEquals("bool[:, ::1]", infer("def f(a):\n    return a > 0\n", "f", F2).entry().returnType().toString());
    }

    @Test
    void creationFunctions() {
        String src = """
                def f(n, a):
                    x = np.zeros((n, 3), dtype=np.float32)
                    y = np.full(n, 7)
                    z = np.empty_like(a)
                    w = np.ones(n, 'int32')
                    r = np.arange(0, n, 2)
                    l = np.linspace(0, 1, 5)
                    return x, y, z, w, r, l, a.copy(), a.astype(np.int64), np.copy(a)
                """;
        Program p = infer(src, "f", Type.INT64, F1);
        assertEquals("Tuple(float32[:, ::1], int64[::1], float64[::1], int32[::1], int64[::1], float64[::1], "
                + "float64[::1], int64[::1], float64[::1])", p.entry().returnType().toString());
        TypingError e = assertThrows(TypingError.class, () -> infer("def f(x):\n    return np.zeros(x)\n", "f", Type.FLOAT64));
        assertEquals("np.zeros() expects a shape (int or tuple of ints), got float64", e.detail());
    }

    @Test
    void reductionsAndTheirTypes() {
        String src = """
                def f(a, b, m):
                    return np.sum(a), b.sum(), np.mean(b), np.argmax(a), a.max(), np.any(a > 0), m.sum(axis=0), np.sum(a * a)
                """;
        Program p = infer(src, "f", F1, parse("int32[:]"), F2);
        assertEquals("Tuple(float64, int64, float64, int64, float64, bool, float64[::1], float64)",
                p.entry().returnType().toString());
        Expr.TupleNew t = (Expr.TupleNew) returned(p);
        Expr.Reduce last = assertInstanceOf(Expr.Reduce.class, t.elements().getLast());
        assertEquals(ReduceOp.SUM, last.op());
        assertInstanceOf(Expr.Elementwise.class, last.array());
        assertEquals(14.0, Interpreter.run(infer("def f(a):\n    return np.sum(a * a)\n", "f", F1), vector(1, 2, 3)));
    }

    @Test
    void dotWhereAndMatmul() {
        Program p = infer("def f(m, v):\n    return np.dot(v, v), m @ v, m @ m, np.where(v > 0, v, 0.0)\n", "f", F2, F1);
        assertEquals("Tuple(float64, float64[::1], float64[:, ::1], float64[::1])", p.entry().returnType().toString());
        assertThrows(TypingError.class, () -> infer("def f(v):\n    return np.dot(v, 2.0)\n", "f", F1));
    }

    @Test
    void arraysUnifyLayouts() {
        String src = """
                def f(a, b, flag):
                    x = a
                    if flag:
                        x = b
                    return x
                """;
        assertEquals(Type.array(DType.FLOAT64, 1, Layout.A),
                infer(src, "f", F1, parse("float64[:]"), Type.BOOL).entry().returnType());
        assertThrows(TypingError.class, () -> infer(src, "f", F1, F2, Type.BOOL));
    }

    @Test
    void oneIntegerOrBooleanArrayIndexGivesANewArray() {
        assertEquals("float64[::1]", infer("def f(a, b):\n    return a[b]\n", "f", F1, parse("int64[:]"))
                .entry().returnType().toString());
        assertEquals("float64[::1]", infer("def f(a):\n    return a[a > 0]\n", "f", parse("float64[:, :]"))
                .entry().returnType().toString());
        assertEquals(2, ((Type.Array) infer("def f(m, b):\n    return m[1:, b]\n", "f", parse("float64[:, :]"),
                parse("int32[:]")).entry().returnType()).ndim());
    }

    @Test
    void advancedIndexingOutsideNumbasSubsetIsRefused() {
        assertThrows(TypingError.class, () -> infer("def f(a, b):\n    return a[b]\n", "f", F1, F1));
        assertThrows(io.jumba.diag.UnsupportedError.class, () -> infer("def f(m, b):\n    return m[b, b]\n", "f",
                parse("float64[:, :]"), parse("int64[:]")));
        assertThrows(io.jumba.diag.UnsupportedError.class, () -> infer("def f(a, b):\n    return a[b]\n", "f", F1,
                parse("int64[:, :]")));
        assertThrows(io.jumba.diag.UnsupportedError.class, () -> infer("def f(t, b):\n    return t[0, :, b]\n", "f",
                parse("float64[:, :, :]"), parse("int64[:]")));
    }

    @Test
    void tuplesIndexWithConstants() {
        Program p = infer("def f(t):\n    return t[-1], t[0]\n", "f", new Type.Tuple(List.of(Type.INT64, Type.FLOAT64)));
        assertEquals("Tuple(float64, int64)", p.entry().returnType().toString());
        assertThrows(TypingError.class, () -> infer("def f(t, i):\n    return t[i]\n", "f",
                new Type.Tuple(List.of(Type.INT64, Type.FLOAT64)), Type.INT64));
    }
}
