package io.jumba.codegen;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.ir.BinOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.Var;
import io.jumba.jit.KernelCompiler;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.jumba.testing.Ir.*;
import static org.junit.jupiter.api.Assertions.*;

/** Element access, allocation, views and slices through both backends. */
class ArrayDifferentialTest {

    private static NDArray matrix(DType d, int rows, int cols) {
        NDArray m = NDArray.empty(d, rows, cols);
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) m.setLong(r * 10L + c, r, c);
        return m;
    }

    @Test
    void loadsAndStoresWithNegativeIndicesOnEveryDtype() {
        for (DType d : DType.values()) {
            if (d.isBool()) continue;
            Type.Scalar t = Type.scalar(d);
            Var a = var("a", arr(d, 2)), i = var("i", I64), j = var("j", I64);
            // a[i, j] = a[-1, -1] + a[i, j]; return a[i, j]
            Program p = program(fn("f", List.of(a, i, j), t,
                    store(l(a), bin(BinOp.ADD, load(l(a), 2, i64(-1), i64(-1)), load(l(a), 2, l(i), l(j))), 3, l(i), l(j)),
                    ret(load(l(a), 4, l(i), l(j)))));
            for (long[] ij : new long[][] {{0, 0}, {-2, 1}, {1, -3}}) Differential.run(p, matrix(d, 2, 3), ij[0], ij[1]);
            KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> Differential.run(p, matrix(d, 2, 3), 0L, 3L));
            assertEquals("IndexError", e.pythonName());
            assertEquals("index 3 is out of bounds for axis 1 with size 3", e.detail());
            assertEquals(2, e.pos().line());
            e = assertThrows(KernelRuntimeError.class, () -> Differential.run(p, matrix(d, 2, 3), -3L, 0L));
            assertEquals("index -3 is out of bounds for axis 0 with size 2", e.detail());
        }
        Var a = var("a", arr(DType.UINT8, 1));
        Program u8 = program(fn("f", List.of(a), U8, store(l(a), c(250, U8), 1, i64(0)), ret(load(l(a), 2, i64(0)))));
        assertEquals((short) 250, Differential.run(u8, NDArray.zeros(DType.UINT8, 1)));
    }

    @Test
    void boolArraysAndLoopIndexedAccess() {
        Var a = var("a", arr(DType.BOOL, 1)), i = var("i", I64), n = var("n", I64);
        Program p = program(fn("f", List.of(a), I64,
                set(n, i64(0)),
                loop(i, i64(0), new Expr.Dim(l(a), 0), i64(1),
                        store(l(a), new Expr.Unary(io.jumba.ir.UnOp.NOT, load(l(a), 2, l(i)), BOOL), 3, l(i)),
                        when(load(l(a), 4, l(i)), List.of(set(n, bin(BinOp.ADD, l(n), i64(1)))), List.of())),
                ret(l(n))));
        NDArray b = NDArray.zeros(DType.BOOL, 5);
        b.setBoolean(true, 1);
        assertEquals(4L, Differential.run(p, b));
    }

    @Test
    void loopIndexPastTheEndStillRaises() {
        Var a = var("a", arr(DType.FLOAT64, 1)), i = var("i", I64), s = var("s", F64);
        Program p = program(fn("f", List.of(a), F64,
                set(s, f64(0)),
                loop(i, i64(0), bin(BinOp.ADD, new Expr.Dim(l(a), 0), i64(1)), i64(1),
                        set(s, bin(BinOp.ADD, l(s), load(l(a), 7, l(i))))),
                ret(l(s))));
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> Differential.run(p, NDArray.zeros(DType.FLOAT64, 3)));
        assertEquals("index 3 is out of bounds for axis 0 with size 3", e.detail());
        assertEquals(7, e.pos().line());
    }

    @Test
    void nonContiguousArgumentsAndFortranLayout() {
        Var a = var("a", arrA(DType.INT64, 2)), s = var("s", I64), i = var("i", I64), j = var("j", I64);
        Program p = program(fn("f", List.of(a), I64,
                set(s, i64(0)),
                loop(i, i64(0), new Expr.Dim(l(a), 0), i64(1),
                        loop(j, i64(0), new Expr.Dim(l(a), 1), i64(1),
                                set(s, bin(BinOp.ADD, bin(BinOp.MUL, l(s), i64(3)), load(l(a), 1, l(i), l(j)))))),
                ret(l(s))));
        NDArray m = matrix(DType.INT64, 3, 4);
        Object expected = Differential.run(p, m);
        assertNotEquals(expected, Differential.run(p, m.transpose()));
        Var f = var("f", Type.array(DType.INT64, 2, Layout.F));
        Program pf = program(fn("g", List.of(f), I64, ret(load(l(f), 1, i64(2), i64(1)))));
        assertEquals(12L, Differential.run(pf, m.transpose()));
        assertThrows(IllegalArgumentException.class, () -> KernelCompiler.compile(pf).invoke(m));
    }

    private static Expr.IndexSpec.Range slice(Expr lo, Expr hi, Expr step) { return new Expr.IndexSpec.Range(lo, hi, step); }

    @Test
    void viewsSlicesAndTranspose() {
        Var a = var("a", arr(DType.FLOAT64, 2)), v = var("v", arrA(DType.FLOAT64, 1)), w = var("w", arrA(DType.FLOAT64, 2));
        Var k = var("k", I64), s = var("s", F64), i = var("i", I64);
        // v = a[k, ::-2]; s = sum(v); w = a.T[1:, :]; w[0, 0] = s; return s + w.shape[0] * 100 + w.size * 1000
        List<Expr.IndexSpec> spec = List.of(new Expr.IndexSpec.At(l(k)), slice(null, null, i64(-2)));
        Program p = program(fn("f", List.of(a, k), F64,
                set(v, new Expr.View(l(a), spec, arrA(DType.FLOAT64, 1), pos(2))),
                set(s, f64(0)),
                loop(i, i64(0), new Expr.Dim(l(v), 0), i64(1), set(s, bin(BinOp.ADD, l(s), load(l(v), 3, l(i))))),
                set(w, new Expr.View(new Expr.Transpose(l(a), arrA(DType.FLOAT64, 2)), List.of(slice(i64(1), null, null)),
                        arrA(DType.FLOAT64, 2), pos(4))),
                store(l(w), l(s), 5, i64(0), i64(0)),
                ret(bin(BinOp.ADD, l(s), bin(BinOp.ADD,
                        cast(bin(BinOp.MUL, new Expr.Dim(l(w), 0), i64(100)), F64),
                        cast(bin(BinOp.MUL, new Expr.Size(l(w)), i64(1000)), F64))))));
        NDArray m = matrix(DType.FLOAT64, 3, 5);
        // row 1 reversed by 2: 14, 12, 10 → 36; a.T[1:] has 4 rows of 3 → 400 + 12000
        assertEquals(36.0 + 400 + 12000, Differential.run(p, m, 1L));
        assertEquals(36.0 + 400 + 12000, Differential.run(p, m, -2L));
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> Differential.run(p, m, 3L));
        assertEquals("index 3 is out of bounds for axis 0 with size 3", e.detail());
        assertEquals(2, e.pos().line());
    }

    @Test
    void allocationArangeAndLinspace() {
        Var n = var("n", I64), a = var("a", arr(DType.INT32, 2)), r = var("r", arr(DType.INT64, 1)),
                x = var("x", arr(DType.FLOAT64, 1)), f = var("f", arr(DType.FLOAT32, 1));
        Type.Tuple out = new Type.Tuple(List.of(arr(DType.INT32, 2), arr(DType.INT64, 1), arr(DType.FLOAT64, 1),
                arr(DType.FLOAT32, 1)));
        Program p = program(fn("f", List.of(n), out,
                set(a, new Expr.Alloc(List.of(l(n), i64(2)), Expr.Fill.FULL, c(-7, I32), arr(DType.INT32, 2), pos(2))),
                set(r, new Expr.Arange(l(n), i64(-3), i64(-2), arr(DType.INT64, 1), pos(3))),
                set(x, new Expr.Linspace(f64(0), f64(1), l(n), arr(DType.FLOAT64, 1), pos(4))),
                set(f, new Expr.Alloc(List.of(l(n)), Expr.Fill.ONES, null, arr(DType.FLOAT32, 1), pos(5))),
                ret(new Expr.TupleNew(List.of(l(a), l(r), l(x), l(f)), out))));
        Object[] res = (Object[]) Differential.run(p, 4L);
        assertEquals(-7L, ((NDArray) res[0]).getLong(3, 1));
        assertArrayEquals(new int[] {4}, ((NDArray) res[1]).shape());
        assertEquals(-2L, ((NDArray) res[1]).getLong(3));
        assertEquals(1.0 / 3, ((NDArray) res[2]).getDouble(1));
        assertEquals(1.0, ((NDArray) res[3]).getDouble(2));
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> Differential.run(p, -1L));
        assertEquals("ValueError", e.pythonName());
        assertEquals(2, e.pos().line());
    }

    @Test
    void arrayLevelNodesMustBeLoweredFirst() {
        Var a = var("a", arr(DType.FLOAT64, 1));
        Program p = program(fn("f", List.of(a), F64,
                ret(new Expr.Reduce(io.jumba.ir.ReduceOp.SUM, l(a), null, F64, pos(1)))));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> JavaSourceGenerator.generate(p, "K"));
        assertEquals("run ArrayLowering first", e.getMessage());
        List<Object> unused = new ArrayList<>();
        assertTrue(unused.isEmpty());
    }
}
