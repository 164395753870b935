package io.jumba.lower;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jumba.testing.Ir.*;
import static io.jumba.testing.TestIr.*;
import static org.junit.jupiter.api.Assertions.*;

class ElementwiseLoweringTest {
    private final Var a = var("a", f64Array(1)), b = var("b", f64Array(1)), c = var("c", f64Array(1));

    /** {@code return a + b * c}. */
    private Program fma() {
        Expr body = add(el(0), mul(el(1), el(2)));
        return program(List.of(a, b, c), f64CArray(1), new Stmt.Return(ew(1, body, l(a), l(b), l(c))));
    }

    @Test
    void fusedExpressionBecomesOneAllocAndOneLoop() {
        Program lowered = ArrayLowering.apply(fma());
        List<Stmt> body = lowered.entry().body();
        assertTrue(isLoopLevel(body));
        assertEquals(1, count(body, Expr.Alloc.class));
        Stmt.ForRange loop = unbroadcastNest(body);
        assertEquals(1, count(List.of(loop), Stmt.ForRange.class));
        assertTrue(hasPlainIndices(loop));
        NDArray r = sameAsOriginal(fma(), () -> new Object[] {vector(1, 2, 3), vector(4, 5, 6), vector(7, 8, 9)}).array();
        assertArrayEquals(new double[] {29, 42, 57}, values(r));
        assertTrue(r.isCContiguous());
    }

    @Test
    void keepsPositionsOnGeneratedLoopsAndStores() {
        List<Stmt> body = ArrayLowering.apply(fma()).entry().body();
        assertTrue(stmts(body).stream().filter(s -> s instanceof Stmt.ForRange).allMatch(s -> ((Stmt.ForRange) s).pos() == POS));
        assertTrue(stmts(body).stream().filter(s -> s instanceof Stmt.Store).allMatch(s -> ((Stmt.Store) s).pos() == POS));
        assertTrue(exprs(body).stream().filter(e -> e instanceof Expr.Load).allMatch(e -> ((Expr.Load) e).pos() == POS));
    }

    @Test
    void generatedNamesAreFreshAndUnique() {
        List<Stmt> body = ArrayLowering.apply(fma()).entry().body();
        List<String> assigned = stmts(body).stream().<String>mapMulti((s, sink) -> {
            if (s instanceof Stmt.Assign as) sink.accept(as.target().name());
            if (s instanceof Stmt.ForRange f) sink.accept(f.index().name());
        }).distinct().toList();
        assertFalse(assigned.isEmpty());
        assertTrue(assigned.stream().allMatch(n -> n.startsWith("$")));
        long loopVars = stmts(body).stream().filter(s -> s instanceof Stmt.ForRange).map(s -> ((Stmt.ForRange) s).index()).distinct().count();
        assertEquals(count(body, Stmt.ForRange.class), loopVars);
    }

    @Test
    void emptyAndSingleElementInputs() {
        assertArrayEquals(new int[] {0}, sameAsOriginal(fma(), () -> new Object[] {vector(), vector(), vector()}).array().shape());
        assertArrayEquals(new double[] {14}, values(sameAsOriginal(fma(), () -> new Object[] {vector(2), vector(3), vector(4)}).array()));
        // size-1 inputs broadcast against longer ones, in any position
        NDArray mixed = sameAsOriginal(fma(), () -> new Object[] {vector(1), vector(1, 2, 3, 4, 5), vector(2)}).array();
        assertArrayEquals(new double[] {3, 5, 7, 9, 11}, values(mixed));
        assertEquals(0, sameAsOriginal(fma(), () -> new Object[] {vector(), vector(1), vector(2)}).array().size());
        assertArrayEquals(new double[] {4, 5, 6},
                values(sameAsOriginal(fma(), () -> new Object[] {vector(1, 1, 1), vector(1), vector(3, 4, 5)}).array()));
    }

    @Test
    void broadcastsColumnAgainstRow() {
        Var col = var("col", f64Array(2)), row = var("row", f64Array(2));
        Program p = program(List.of(col, row), f64CArray(2), new Stmt.Return(ew(2, add(el(0), el(1)), l(col), l(row))));
        NDArray r = sameAsOriginal(p, () -> new Object[] {array(new double[] {0, 10, 20}, 3, 1),
                array(new double[] {1, 2, 3, 4}, 1, 4)}).array();
        assertArrayEquals(new int[] {3, 4}, r.shape());
        assertArrayEquals(new double[] {1, 2, 3, 4, 11, 12, 13, 14, 21, 22, 23, 24}, values(r));
        assertArrayEquals(new int[] {0, 4}, sameAsOriginal(p, () -> new Object[] {array(new double[0], 0, 1),
                array(new double[] {1, 2, 3, 4}, 1, 4)}).array().shape());
    }

    @Test
    void fewerDimensionsAlignRight() {
        Var m = var("m", f64Array(2)), v = var("v", f64Array(1));
        Program p = program(List.of(m, v), f64CArray(2), new Stmt.Return(ew(2, mul(el(0), el(1)), l(m), l(v))));
        NDArray r = sameAsOriginal(p, () -> new Object[] {array(new double[] {1, 2, 3, 4, 5, 6}, 2, 3), vector(1, 10, 100)}).array();
        assertArrayEquals(new double[] {1, 20, 300, 4, 50, 600}, values(r));
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> Interpreter.run(ArrayLowering.apply(p),
                array(new double[] {1, 2, 3, 4, 5, 6}, 3, 2), vector(1, 10, 100)));
        assertEquals("operands could not be broadcast together with shapes (3,2) (3,) ", e.detail());
    }

    @Test
    void incompatibleShapesRaiseValueError() {
        Run r = sameAsOriginal(fma(), () -> new Object[] {vector(1, 2, 3), vector(1, 2, 3, 4), vector(1)});
        assertEquals("ValueError", r.error().pythonName());
        assertEquals("operands could not be broadcast together with shapes (3,) (4,) (1,) ", r.error().detail());
        assertEquals(POS, r.error().pos());
        // NumPy spells 2-d shapes without spaces: (2,3)
        Var m = var("m", f64Array(2)), n = var("n", f64Array(2));
        Program p = program(List.of(m, n), f64CArray(2), new Stmt.Return(ew(2, add(el(0), el(1)), l(m), l(n))));
        KernelRuntimeError e2 = assertThrows(KernelRuntimeError.class, () -> Interpreter.run(ArrayLowering.apply(p),
                array(new double[6], 2, 3), array(new double[4], 4, 1)));
        assertEquals("operands could not be broadcast together with shapes (2,3) (4,1) ", e2.detail());
    }

    @Test
    void scalarInputIsEvaluatedOnceBeforeTheLoop() {
        Var x = var("x", Type.FLOAT64);
        Expr scalar = mul(l(x), f64(2));
        Program p = program(List.of(a, x), f64CArray(1), new Stmt.Return(ew(1, add(el(0), el(1)), l(a), scalar)));
        List<Stmt> body = ArrayLowering.apply(p).entry().body();
        assertEquals(1, exprs(body).stream().filter(scalar::equals).count());
        assertTrue(body.stream().anyMatch(s -> s instanceof Stmt.Assign as && as.value().equals(scalar)));
        assertArrayEquals(new double[] {4, 5}, values(sameAsOriginal(p, () -> new Object[] {vector(1, 2), 1.5}).array()));
    }

    @Test
    void zeroDimensionalInputsAndResult() {
        Var x = var("x", Type.FLOAT64), z = var("z", f64Array(0));
        Program p = program(List.of(x, z), f64CArray(0), new Stmt.Return(ew(0, add(el(0), el(1)), l(x), l(z))));
        NDArray r = sameAsOriginal(p, () -> new Object[] {1.0, array(new double[] {4})}).array();
        assertEquals(0, r.ndim());
        assertEquals(5.0, r.getDouble());
        Program q = program(List.of(a, z), f64CArray(1), new Stmt.Return(ew(1, mul(el(0), el(1)), l(a), l(z))));
        assertArrayEquals(new double[] {2, 4}, values(sameAsOriginal(q, () -> new Object[] {vector(1, 2), array(new double[] {2})}).array()));
    }

    @Test
    void readsStridedAndReversedViews() {
        NDArray r = sameAsOriginal(fma(), () -> {
            double[] data = {0, 1, 2, 3, 4, 5, 6, 7};
            NDArray everyOther = new NDArray(DType.FLOAT64, data, 1, new int[] {4}, new int[] {2});
            NDArray reversed = new NDArray(DType.FLOAT64, data, 7, new int[] {4}, new int[] {-1});
            return new Object[] {everyOther, reversed, vector(1, 1, 1, 1)};
        }).array();
        assertArrayEquals(new double[] {8, 9, 10, 11}, values(r));
        Var t = var("t", f64Array(2));
        Program p = program(List.of(t), f64CArray(2), new Stmt.Return(ew(2, el(0), l(t))));
        NDArray copy = sameAsOriginal(p, () -> new Object[] {
                new NDArray(DType.FLOAT64, new double[] {0, 1, 2, 3, 4, 5, 6, 7}, 0, new int[] {4, 2}, new int[] {2, 1}).transpose()}).array();
        assertArrayEquals(new double[] {0, 2, 4, 6, 1, 3, 5, 7}, values(copy));
    }

    @Test
    void nanFlowsThrough() {
        NDArray r = sameAsOriginal(fma(), () -> new Object[] {vector(Double.NaN, 1), vector(1, Double.NaN), vector(1, 2)}).array();
        assertTrue(Double.isNaN(r.getDouble(0)) && Double.isNaN(r.getDouble(1)));
    }

    @Test
    void nestedElementwiseInputsAreFusedWithoutTemporary() {
        // return (a + b) * c, with a + b its own Elementwise
        Program p = program(List.of(a, b, c), f64CArray(1),
                new Stmt.Return(ew(1, mul(el(0), el(1)), ew(1, add(el(0), el(1)), l(a), l(b)), l(c))));
        List<Stmt> body = ArrayLowering.apply(p).entry().body();
        assertEquals(1, count(body, Expr.Alloc.class));
        Stmt.ForRange loop = unbroadcastNest(body);
        assertEquals(1, count(List.of(loop), Stmt.ForRange.class));
        assertTrue(hasPlainIndices(loop));
        assertArrayEquals(new double[] {10, 21}, values(sameAsOriginal(p, () -> new Object[] {vector(1, 2), vector(1, 1), vector(5, 7)}).array()));
        sameAsOriginal(p, () -> new Object[] {vector(1), vector(1), vector(5, 7, 9)});
        sameAsOriginal(p, () -> new Object[] {vector(1, 2, 3), vector(1), vector(5)});
        // errors name the operands of the failing operation, as NumPy evaluates inner expressions first
        Run inner = sameAsOriginal(p, () -> new Object[] {vector(1, 2, 3), vector(1, 2), vector(1, 2, 3)});
        assertEquals("operands could not be broadcast together with shapes (3,) (2,) ", inner.error().detail());
        Run outer = sameAsOriginal(p, () -> new Object[] {vector(1, 2, 3), vector(1), vector(1, 2)});
        assertEquals("operands could not be broadcast together with shapes (3,) (2,) ", outer.error().detail());
    }
}
