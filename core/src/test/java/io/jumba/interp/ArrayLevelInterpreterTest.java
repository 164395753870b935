package io.jumba.interp;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.ir.BinOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.ReduceOp;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jumba.testing.Ir.*;
import static org.junit.jupiter.api.Assertions.*;

/** The interpreter's whole-array nodes, against values NumPy 1.24 gives. */
class ArrayLevelInterpreterTest {

    private static NDArray vector(double... xs) {
        NDArray a = NDArray.empty(DType.FLOAT64, xs.length);
        for (int i = 0; i < xs.length; i++) a.setDouble(xs[i], i);
        return a;
    }

    private static NDArray arange(DType d, int rows, int cols) {
        NDArray a = NDArray.empty(d, rows, cols);
        for (int r = 0; r < rows; r++) for (int c = 0; c < cols; c++) a.setLong(r * cols + c, r, c);
        return a;
    }

    private static double[] flat(NDArray a) {
        int[] ps = io.jumba.runtime.ArrayOps.positions(a);
        double[] out = new double[ps.length];
        for (int i = 0; i < ps.length; i++) out[i] = a.readDouble(ps[i]);
        return out;
    }

    private static Expr.Element el(int k, Type.Scalar t) { return new Expr.Element(k, t); }

    @Test
    void elementwiseBroadcastsArraysAndScalars() {
        Var a = var("a", arr(DType.FLOAT64, 2)), b = var("b", arr(DType.FLOAT64, 1)), s = var("s", F64);
        Expr body = bin(BinOp.ADD, bin(BinOp.MUL, el(0, F64), el(1, F64)), el(2, F64));
        Program p = program(fn("f", List.of(a, b, s), arr(DType.FLOAT64, 2),
                ret(new Expr.Elementwise(List.of(l(a), l(b), l(s)), body, arr(DType.FLOAT64, 2), pos(2)))));
        NDArray out = (NDArray) Interpreter.run(p, arange(DType.FLOAT64, 2, 3), vector(1, 10, 100), 0.5);
        assertArrayEquals(new int[] {2, 3}, out.shape());
        assertArrayEquals(new double[] {0.5, 10.5, 200.5, 3.5, 40.5, 500.5}, flat(out));
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class,
                () -> Interpreter.run(p, arange(DType.FLOAT64, 2, 3), vector(1, 2, 3, 4), 0.0));
        assertEquals("ValueError", e.pythonName());
        assertEquals("operands could not be broadcast together with shapes (2,3) (4,) ", e.detail());
        assertEquals(2, e.pos().line());
    }

    @Test
    void astypeThroughElementwiseCast() {
        Var a = var("a", arr(DType.FLOAT64, 1));
        Program p = program(fn("f", List.of(a), arr(DType.INT8, 1),
                ret(new Expr.Elementwise(List.of(l(a)), cast(el(0, F64), I8), arr(DType.INT8, 1), pos(1)))));
        NDArray out = (NDArray) Interpreter.run(p, vector(-3.9, 300.2, 127));
        assertEquals(DType.INT8, out.dtype());
        assertArrayEquals(new double[] {-3, 44, 127}, flat(out));
    }

    private static Object reduce(ReduceOp op, Object array, Integer axis, Type result) {
        Type.Array t = ((NDArray) array).dtype() == DType.FLOAT64 ? arrA(DType.FLOAT64, ((NDArray) array).ndim())
                : arrA(((NDArray) array).dtype(), ((NDArray) array).ndim());
        Var a = var("a", t);
        return Interpreter.run(program(fn("f", List.of(a), result, ret(new Expr.Reduce(op, l(a), axis, result, pos(6))))), array);
    }

    @Test
    void reductionsFollowNumpy() {
        NDArray m = arange(DType.INT64, 2, 3);
        assertEquals(15L, reduce(ReduceOp.SUM, m, null, I64));
        assertEquals(0L, reduce(ReduceOp.PROD, m, null, I64));
        assertEquals(2.5, reduce(ReduceOp.MEAN, m, null, F64));
        assertEquals(5L, reduce(ReduceOp.ARGMAX, m, null, I64));
        assertArrayEquals(new double[] {3, 5, 7}, flat((NDArray) reduce(ReduceOp.SUM, m, 0, arr(DType.INT64, 1))));
        assertArrayEquals(new double[] {3, 12}, flat((NDArray) reduce(ReduceOp.SUM, m, 1, arr(DType.INT64, 1))));
        NDArray ties = NDArray.empty(DType.INT64, 2, 3);
        long[] vals = {1, 5, 2, 7, 0, 7};
        for (int i = 0; i < 6; i++) ties.setLong(vals[i], i / 3, i % 3);
        assertArrayEquals(new double[] {1, 0}, flat((NDArray) reduce(ReduceOp.ARGMAX, ties, 1, arr(DType.INT64, 1))));
        NDArray withNan = vector(1.0, Double.NaN, 3.0, Double.NaN);
        assertTrue(Double.isNaN((Double) reduce(ReduceOp.MAX, withNan, null, F64)));
        assertEquals(1L, reduce(ReduceOp.ARGMAX, withNan, null, I64));
        assertEquals(1L, reduce(ReduceOp.ARGMIN, withNan, null, I64));
        NDArray empty = vector();
        assertEquals(0.0, reduce(ReduceOp.SUM, empty, null, F64));
        assertEquals(1.0, reduce(ReduceOp.PROD, empty, null, F64));
        // Numba 0.56 divides by the size: the mean of nothing is ZeroDivisionError under error_model='python'.
        assertEquals("ZeroDivisionError",
                assertThrows(KernelRuntimeError.class, () -> reduce(ReduceOp.MEAN, empty, null, F64)).pythonName());
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> reduce(ReduceOp.MIN, empty, null, F64));
        assertEquals("zero-size array to reduction operation minimum which has no identity", e.detail());
        assertEquals(6, e.pos().line());
        assertEquals("attempt to get argmin of an empty sequence",
                assertThrows(KernelRuntimeError.class, () -> reduce(ReduceOp.ARGMIN, empty, null, I64)).detail());
        NDArray flags = NDArray.zeros(DType.BOOL, 3);
        assertEquals(false, reduce(ReduceOp.ANY, flags, null, BOOL));
        flags.setBoolean(true, 1);
        assertEquals(true, reduce(ReduceOp.ANY, flags, null, BOOL));
        assertEquals(false, reduce(ReduceOp.ALL, flags, null, BOOL));
        assertEquals(true, reduce(ReduceOp.ALL, NDArray.zeros(DType.BOOL, 0), null, BOOL));
    }

    @Test
    void dotProducts() {
        Var a = var("a", arr(DType.FLOAT64, 2)), b = var("b", arr(DType.FLOAT64, 2)), v = var("v", arr(DType.FLOAT64, 1));
        Program mm = program(fn("f", List.of(a, b), arr(DType.FLOAT64, 2),
                ret(new Expr.Dot(l(a), l(b), arr(DType.FLOAT64, 2), pos(1)))));
        // [[0,1,2],[3,4,5]] @ [[0,1],[2,3],[4,5]] = [[10,13],[28,40]]
        assertArrayEquals(new double[] {10, 13, 28, 40},
                flat((NDArray) Interpreter.run(mm, arange(DType.FLOAT64, 2, 3), arange(DType.FLOAT64, 3, 2))));
        Program mv = program(fn("f", List.of(a, v), arr(DType.FLOAT64, 1), ret(new Expr.Dot(l(a), l(v), arr(DType.FLOAT64, 1), pos(1)))));
        assertArrayEquals(new double[] {5, 14}, flat((NDArray) Interpreter.run(mv, arange(DType.FLOAT64, 2, 3), vector(0, 1, 2))));
        Var w = var("w", arr(DType.FLOAT64, 1));
        Program vv = program(fn("f", List.of(v, w), F64, ret(new Expr.Dot(l(v), l(w), F64, pos(1)))));
        assertEquals(32.0, Interpreter.run(vv, vector(1, 2, 3), vector(4, 5, 6)));
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class,
                () -> Interpreter.run(mv, arange(DType.FLOAT64, 2, 3), vector(1, 2, 3, 4)));
        assertEquals("shapes (2,3) and (4,) not aligned: 3 (dim 1) != 4 (dim 0)", e.detail());
    }

    @Test
    void arrayStoreBroadcastsFillsAndHandlesOverlap() {
        Var a = var("a", arr(DType.FLOAT64, 2)), row = var("row", arr(DType.FLOAT64, 1)), v = var("v", arr(DType.FLOAT64, 1));
        Type.Array any2 = arrA(DType.FLOAT64, 2), any1 = arrA(DType.FLOAT64, 1);
        // a[:, 1:] = row; a[0, :] = -1.0
        Program p = program(fn("f", List.of(a, row), Type.NONE,
                new Stmt.ArrayStore(new Expr.View(l(a), List.of(new Expr.IndexSpec.Range(null, null, null),
                        new Expr.IndexSpec.Range(i64(1), null, null)), any2, pos(1)), l(row), pos(2)),
                new Stmt.ArrayStore(new Expr.View(l(a), List.of(new Expr.IndexSpec.At(i64(0))), any1, pos(3)), f64(-1), pos(3)),
                new Stmt.Return(null)));
        NDArray m = arange(DType.FLOAT64, 2, 3);
        assertNull(Interpreter.run(p, m, vector(7, 8)));
        assertArrayEquals(new double[] {-1, -1, -1, 3, 7, 8}, flat(m));
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> Interpreter.run(p, m, vector(7, 8, 9)));
        assertEquals("could not broadcast input array from shape (3,) into shape (2,2)", e.detail());
        assertEquals(2, e.pos().line());

        // v[1:] = v[:-1] reads everything before writing, as NumPy does.
        Program shift = program(fn("g", List.of(v), Type.NONE,
                new Stmt.ArrayStore(new Expr.View(l(v), List.of(new Expr.IndexSpec.Range(i64(1), null, null)), any1, pos(1)),
                        new Expr.View(l(v), List.of(new Expr.IndexSpec.Range(null, i64(-1), null)), any1, pos(1)), pos(1)),
                new Stmt.Return(null)));
        NDArray x = vector(1, 2, 3, 4);
        Interpreter.run(shift, x);
        assertArrayEquals(new double[] {1, 1, 2, 3}, flat(x));
    }
}
