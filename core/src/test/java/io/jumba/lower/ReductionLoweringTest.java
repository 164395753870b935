package io.jumba.lower;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.ReduceOp;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static io.jumba.testing.Ir.*;
import static io.jumba.testing.TestIr.*;
import static org.junit.jupiter.api.Assertions.*;

class ReductionLoweringTest {
    private static final double NAN = Double.NaN, INF = Double.POSITIVE_INFINITY;
    private final Var a = var("a", f64Array(1)), b = var("b", f64Array(1));

    private static Program returning(List<Var> params, Expr value) {
        return program(params, value.type(), new Stmt.Return(value));
    }

    @Test
    void sumOfProductIsOneLoopWithoutTemporary() {
        Program p = returning(List.of(a, b), reduce(ReduceOp.SUM, ew(1, mul(el(0), el(1)), l(a), l(b)), null));
        List<Stmt> body = ArrayLowering.apply(p).entry().body();
        assertTrue(isLoopLevel(body));
        assertEquals(0, count(body, Expr.Alloc.class));
        Stmt.ForRange loop = unbroadcastNest(body);
        assertEquals(1, count(List.of(loop), Stmt.ForRange.class));
        assertTrue(hasPlainIndices(loop));
        assertEquals(32.0, sameAsOriginal(p, () -> new Object[] {vector(1, 2, 3), vector(4, 5, 6)}).result());
        assertEquals(0.0, sameAsOriginal(p, () -> new Object[] {vector(), vector()}).result());
        assertEquals(12.0, sameAsOriginal(p, () -> new Object[] {vector(2), vector(1, 2, 3)}).result());
        sameAsOriginal(p, () -> new Object[] {vector(1, 2), vector(1, 2, 3)});
    }

    @Test
    void everyOperationOnFloatsFollowsNumPy() {
        double[][] inputs = {{3, 1, 2}, {}, {7}, {3, NAN, 1, NAN}, {NAN, 1}, {INF, INF}, {-INF, -INF}, {2, 1, 1, 2}, {0, -0.0}};
        for (ReduceOp op : ReduceOp.values()) {
            Program p = returning(List.of(a), reduce(op, l(a), null));
            for (double[] in : inputs) sameAsOriginal(p, () -> new Object[] {vector(in)});
        }
        Program argmax = returning(List.of(a), reduce(ReduceOp.ARGMAX, l(a), null));
        assertEquals(1L, sameAsOriginal(argmax, () -> new Object[] {vector(3, NAN, 1, NAN)}).result());
        Program min = returning(List.of(a), reduce(ReduceOp.MIN, l(a), null));
        assertEquals("zero-size array to reduction operation minimum which has no identity",
                sameAsOriginal(min, () -> new Object[] {vector()}).error().detail());
        Program mean = returning(List.of(a), reduce(ReduceOp.MEAN, l(a), null));
        // Numba's mean divides by the size: ZeroDivisionError on an empty array (python error model).
        var emptyMean = sameAsOriginal(mean, () -> new Object[] {vector()}).error();
        assertEquals("ZeroDivisionError", emptyMean.pythonName());
        assertEquals("division by zero", emptyMean.detail());
    }

    @Test
    void everyOperationOnIntsAndBools() {
        Var ints = var("ints", Type.array(DType.INT64, 1, Layout.A));
        Var small = var("small", Type.array(DType.INT32, 1, Layout.A));
        Var bools = var("bools", Type.array(DType.BOOL, 1, Layout.A));
        for (ReduceOp op : ReduceOp.values()) {
            Program p = returning(List.of(ints), reduce(op, l(ints), null));
            for (long[] in : new long[][] {{5, -2, 7, -2}, {}, {Long.MAX_VALUE, 1}, {Long.MIN_VALUE}, {0, 0}}) {
                sameAsOriginal(p, () -> new Object[] {NDArray.of(in)});
            }
            Program q = returning(List.of(small), reduce(op, l(small), null));
            sameAsOriginal(q, () -> new Object[] {NDArray.of(new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, -3})});
            Program r = returning(List.of(bools), reduce(op, l(bools), null));
            for (boolean[] in : new boolean[][] {{false, true, true}, {true, true}, {false}, {}}) {
                sameAsOriginal(r, () -> new Object[] {NDArray.of(in)});
            }
        }
    }

    @Test
    void visitsTwoDimensionalAndStridedInputsInCOrder() {
        Var m = var("m", f64Array(2));
        Supplier<Object[]> transposed = () -> new Object[] {NDArray.of(new double[] {1, 9, 3, 4, 9, 0}, 2, 3).transpose()};
        Supplier<Object[]> reversed = () -> new Object[] {
                new NDArray(DType.FLOAT64, new double[] {1, 9, 3, 4, 9, 0}, 5, new int[] {2, 3}, new int[] {-3, -1})};
        for (ReduceOp op : ReduceOp.values()) {
            Program p = returning(List.of(m), reduce(op, l(m), null));
            sameAsOriginal(p, transposed);
            sameAsOriginal(p, reversed);
            sameAsOriginal(p, () -> new Object[] {NDArray.of(new double[0], 0, 3)});
            sameAsOriginal(p, () -> new Object[] {NDArray.of(new double[0], 3, 0)});
        }
        Program argmax = returning(List.of(m), reduce(ReduceOp.ARGMAX, l(m), null));
        assertEquals(2L, sameAsOriginal(argmax, transposed).result()); // C order of the transpose: 1,4,9,9,3,0
    }

    @Test
    void axisReductionsGiveTheReducedArray() {
        Var m = var("m", f64Array(2));
        List<Supplier<Object[]>> inputs = List.of(
                () -> new Object[] {NDArray.of(new double[] {1, 9, 3, 4, NAN, 0}, 2, 3)},
                () -> new Object[] {NDArray.of(new double[] {1, 9, 3, 4, 5, 0}, 2, 3).transpose()},
                () -> new Object[] {NDArray.of(new double[0], 0, 3)},
                () -> new Object[] {NDArray.of(new double[0], 3, 0)},
                () -> new Object[] {NDArray.of(new double[] {2, 5}, 1, 2)});
        for (ReduceOp op : ReduceOp.values()) {
            for (int axis = 0; axis < 2; axis++) {
                Program p = returning(List.of(m), reduce(op, l(m), axis));
                assertTrue(isLoopLevel(ArrayLowering.apply(p).entry().body()));
                for (Supplier<Object[]> in : inputs) sameAsOriginal(p, in);
            }
        }
        Program sum0 = returning(List.of(m), reduce(ReduceOp.SUM, l(m), 0));
        assertArrayEquals(new double[] {5, 14, 3},
                values(sameAsOriginal(sum0, () -> new Object[] {NDArray.of(new double[] {1, 9, 3, 4, 5, 0}, 2, 3)}).array()));
        Program min0 = returning(List.of(m), reduce(ReduceOp.MIN, l(m), 0));
        assertEquals("ValueError", sameAsOriginal(min0, () -> new Object[] {NDArray.of(new double[0], 0, 3)}).error().pythonName());
        assertEquals(0, sameAsOriginal(min0, () -> new Object[] {NDArray.of(new double[0], 3, 0)}).array().size());
    }

    @Test
    void axisReductionOfAFusedExpression() {
        Var m = var("m", f64Array(2)), row = var("row", f64Array(1));
        Program p = returning(List.of(m, row), reduce(ReduceOp.SUM, ew(2, mul(el(0), el(1)), l(m), l(row)), 1));
        assertEquals(1, count(ArrayLowering.apply(p).entry().body(), Expr.Alloc.class));
        NDArray r = sameAsOriginal(p, () -> new Object[] {NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3), vector(1, 0, 2)}).array();
        assertArrayEquals(new double[] {7, 16}, values(r));
    }

    @Test
    void reductionInsideAScalarExpression() {
        // return np.sum(a) / np.max(a)  — evaluation order: sum first, then max (whose ValueError wins only after)
        Expr ratio = new Expr.Binary(io.jumba.ir.BinOp.DIV, reduce(ReduceOp.SUM, l(a), null),
                reduce(ReduceOp.MAX, l(a), null), Type.FLOAT64, POS);
        Program p = returning(List.of(a), ratio);
        assertEquals(2.0, sameAsOriginal(p, () -> new Object[] {vector(1, 2, 3)}).result());
        assertEquals("ValueError", sameAsOriginal(p, () -> new Object[] {vector()}).error().pythonName());
    }

    @Test
    void float32SumAccumulatesInFloat32() {
        Var f = var("f", Type.array(DType.FLOAT32, 1, Layout.A));
        for (ReduceOp op : ReduceOp.values()) {
            Program p = returning(List.of(f), reduce(op, l(f), null));
            sameAsOriginal(p, () -> new Object[] {NDArray.of(new float[] {1e8f, 1, 1, 1, -1e8f, 0.1f})});
        }
    }

    @Test
    void reductionOfNestedFusedExpressionsNeedsNoTemporary() {
        // np.sum((a - b) * (a - b))
        Expr diff = ew(1, new Expr.Binary(io.jumba.ir.BinOp.SUB, el(0), el(1), Type.FLOAT64, POS), l(a), l(b));
        Program p = returning(List.of(a, b), reduce(ReduceOp.SUM, ew(1, mul(el(0), el(1)), diff, diff), null));
        List<Stmt> body = ArrayLowering.apply(p).entry().body();
        assertEquals(0, count(body, Expr.Alloc.class));
        Stmt.ForRange loop = unbroadcastNest(body);
        assertEquals(1, count(List.of(loop), Stmt.ForRange.class));
        assertTrue(hasPlainIndices(loop));
        assertEquals(25.0, sameAsOriginal(p, () -> new Object[] {vector(4, 0), vector(1, 4)}).result());
    }

    @Test
    void foldAlongALeadingAxisReadsRowsContiguously() {
        Var m = var("m", f64Array(2));
        Program p = returning(List.of(m), reduce(ReduceOp.SUM, l(m), 0));
        List<Stmt> body = ArrayLowering.apply(p).entry().body();
        Stmt.ForRange rows = outerLoops(body).getFirst();
        Stmt.ForRange columns = (Stmt.ForRange) rows.body().getFirst();
        Stmt.Store store = (Stmt.Store) columns.body().getFirst();
        assertEquals(List.of(l(columns.index())), store.indices(), "the innermost loop walks the kept last axis");
    }

    @Test
    void axisReductionsOfIntsBoolsAndThreeDimensions() {
        Var ints = var("ints", Type.array(DType.INT32, 2, Layout.A));
        Var bools = var("bools", Type.array(DType.BOOL, 2, Layout.A));
        Var cube = var("cube", f64Array(3));
        for (ReduceOp op : ReduceOp.values()) {
            for (int axis = 0; axis < 2; axis++) {
                sameAsOriginal(returning(List.of(ints), reduce(op, l(ints), axis)),
                        () -> new Object[] {NDArray.of(new int[] {Integer.MAX_VALUE, -4, 5, Integer.MAX_VALUE, 0, 7}, 2, 3)});
                sameAsOriginal(returning(List.of(bools), reduce(op, l(bools), axis)),
                        () -> new Object[] {NDArray.of(new boolean[] {true, false, false, true, true, false}, 3, 2)});
            }
            for (int axis = 0; axis < 3; axis++) {
                sameAsOriginal(returning(List.of(cube), reduce(op, l(cube), axis)), () -> new Object[] {NDArray.random(3, 2, 3, 4)});
            }
        }
    }
}
