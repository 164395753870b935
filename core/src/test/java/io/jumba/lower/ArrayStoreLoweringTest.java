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
import java.util.function.Supplier;

import static io.jumba.testing.Ir.*;
import static io.jumba.testing.TestIr.*;
import static org.junit.jupiter.api.Assertions.*;

class ArrayStoreLoweringTest {
    private final Var out = var("out", f64Array(1)), a = var("a", f64Array(1)), b = var("b", f64Array(1)), c = var("c", f64Array(1));

    private static Stmt store(Expr target, Expr value) { return new Stmt.ArrayStore(target, value, POS); }

    /** The first argument (the target) after running p's lowering, checked against running p itself. */
    private static NDArray run(Program p, Supplier<Object[]> args) {
        Run r = sameAsOriginal(p, args);
        assertNull(r.error(), () -> r.error().getMessage());
        return (NDArray) r.args()[0];
    }

    @Test
    void fusedStoreIsOneLoopNestWithoutTemporary() {
        // out[:] = a + b * np.exp(c)
        Program p = program(List.of(out, a, b, c), Type.NONE,
                store(all(l(out)), ew(1, add(el(0), mul(el(1), exp(el(2)))), l(a), l(b), l(c))));
        List<Stmt> body = ArrayLowering.apply(p).entry().body();
        assertTrue(isLoopLevel(body));
        assertEquals(0, count(body, Expr.Alloc.class));
        Stmt.ForRange loop = unbroadcastNest(body);
        assertEquals(1, count(List.of(loop), Stmt.ForRange.class));
        assertTrue(hasPlainIndices(loop));
        NDArray r = run(p, () -> new Object[] {vector(0, 0), vector(1, 2), vector(3, 4), vector(0, 0)});
        assertArrayEquals(new double[] {4, 6}, values(r));
        run(p, () -> new Object[] {vector(0, 0, 0), vector(1), vector(3, 4, 5), vector(0.5)});
        run(p, () -> new Object[] {vector(), vector(), vector(1), vector()});
    }

    @Test
    void broadcastsValueIntoTargetShape() {
        Var m = var("m", f64Array(2)), row = var("row", f64Array(2));
        Program p = program(List.of(m, row), Type.NONE, store(l(m), ew(2, mul(el(0), f64(2)), l(row))));
        NDArray r = run(p, () -> new Object[] {array(new double[6], 2, 3), array(new double[] {1, 2, 3}, 1, 3)});
        assertArrayEquals(new double[] {2, 4, 6, 2, 4, 6}, values(r));
        run(p, () -> new Object[] {array(new double[6], 3, 2), array(new double[] {1, 2, 3}, 3, 1)});
        Var v = var("v", f64Array(1));
        Program q = program(List.of(m, v), Type.NONE, store(l(m), l(v)));
        run(q, () -> new Object[] {array(new double[6], 2, 3), vector(7, 8, 9)});
    }

    @Test
    void leadingSizeOneDimensionsBeyondTheTargetAreDropped() {
        Var v = var("v", f64Array(2));
        Program q = program(List.of(a, v), Type.NONE, store(l(a), l(v)));
        // the reference interpreter rejects this (NumPy accepts it), so it is checked by value only
        Program lowered = ArrayLowering.apply(q);
        NDArray target = vector(0, 0);
        Interpreter.run(lowered, target, array(new double[] {7, 8}, 1, 2));
        assertArrayEquals(new double[] {7, 8}, values(target));
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class,
                () -> Interpreter.run(lowered, vector(0, 0), array(new double[] {7, 8, 7, 8}, 2, 2)));
        assertEquals("could not broadcast input array from shape (2,2) into shape (2,)", e.detail());
    }

    @Test
    void scalarValueFills() {
        Program p = program(List.of(out), Type.NONE, store(slice(l(out), 1L, null, null), f64(5)));
        assertArrayEquals(new double[] {0, 5, 5}, values(run(p, () -> new Object[] {vector(0, 0, 0)})));
        run(p, () -> new Object[] {vector()});
    }

    @Test
    void mismatchedShapesRaiseValueError() {
        Program p = program(List.of(out, a), Type.NONE, store(all(l(out)), l(a)));
        Run r = sameAsOriginal(p, () -> new Object[] {vector(0, 0, 0), vector(1, 2, 3, 4)});
        assertEquals("ValueError", r.error().pythonName());
        assertEquals("could not broadcast input array from shape (4,) into shape (3,)", r.error().detail());
        Program q = program(List.of(out, a, b), Type.NONE, store(all(l(out)), ew(1, add(el(0), el(1)), l(a), l(b))));
        Run r2 = sameAsOriginal(q, () -> new Object[] {vector(0, 0, 0), vector(1, 2, 3), vector(1, 2)});
        assertEquals("operands could not be broadcast together with shapes (3,) (2,) ", r2.error().detail());
        sameAsOriginal(q, () -> new Object[] {vector(0, 0, 0), vector(1, 2), vector(1, 2)});
    }

    @Test
    void overlappingShiftedSelfAssignmentUsesTemporary() {
        // a[1:] = a[:-1] and a[:-1] = a[1:]
        Program p = program(List.of(a), Type.NONE, store(slice(l(a), 1L, null, null), slice(l(a), null, -1L, null)));
        assertEquals(1, count(ArrayLowering.apply(p).entry().body(), Expr.Alloc.class));
        assertArrayEquals(new double[] {1, 1, 2, 3}, values(run(p, () -> new Object[] {vector(1, 2, 3, 4)})));
        Program q = program(List.of(a), Type.NONE, store(slice(l(a), null, -1L, null), slice(l(a), 1L, null, null)));
        assertArrayEquals(new double[] {2, 3, 4, 4}, values(run(q, () -> new Object[] {vector(1, 2, 3, 4)})));
    }

    @Test
    void overlapThroughAViewVariableUsesTemporary() {
        // r = a[::-1]; a[:] = r + 0
        Var r = var("r", f64Array(1));
        Program p = program(List.of(a), Type.NONE, new Stmt.Assign(r, slice(l(a), null, null, -1L)),
                store(all(l(a)), ew(1, add(el(0), f64(0)), l(r))));
        assertEquals(1, count(ArrayLowering.apply(p).entry().body(), Expr.Alloc.class));
        assertArrayEquals(new double[] {3, 2, 1}, values(run(p, () -> new Object[] {vector(1, 2, 3)})));
    }

    @Test
    void inPlaceUpdateOfTheSameElementsNeedsNoTemporary() {
        // a[:] = a * 2 + b
        Program p = program(List.of(a, b), Type.NONE, store(all(l(a)), ew(1, add(mul(el(0), f64(2)), el(1)), l(a), l(b))));
        assertEquals(0, count(ArrayLowering.apply(p).entry().body(), Expr.Alloc.class));
        assertArrayEquals(new double[] {3, 5, 7}, values(run(p, () -> new Object[] {vector(1, 2, 3), vector(1, 1, 1)})));
    }

    @Test
    void bodyReadingTheTargetUsesTemporary() {
        // out[:] = a + out[0], with out[0] a Load inside the body: it reads the target while the loop writes it
        Expr first = new Expr.Load(l(out), List.of(i64(0)), POS);
        Program p = program(List.of(out, a), Type.NONE, store(all(l(out)), ew(1, add(el(0), first), l(a))));
        assertEquals(1, count(ArrayLowering.apply(p).entry().body(), Expr.Alloc.class));
        assertArrayEquals(new double[] {11, 12}, values(run(p, () -> new Object[] {vector(10, 0), vector(1, 2)})));
    }

    @Test
    void writesThroughStridedAndReversedTargets() {
        Program p = program(List.of(out, a), Type.NONE, store(l(out), l(a)));
        NDArray everyOther = run(p, () -> new Object[] {
                new NDArray(DType.FLOAT64, new double[6], 0, new int[] {3}, new int[] {2}), vector(1, 2, 3)});
        assertArrayEquals(new double[] {1, 0, 2, 0, 3, 0}, (double[]) everyOther.data());
        Program rev = program(List.of(out, a), Type.NONE, store(slice(l(out), null, null, -1L), l(a)));
        assertArrayEquals(new double[] {3, 2, 1}, values(run(rev, () -> new Object[] {vector(0, 0, 0), vector(1, 2, 3)})));
    }

    @Test
    void emptyTargetWritesNothing() {
        Program p = program(List.of(out, a), Type.NONE, store(l(out), l(a)));
        assertEquals(0, run(p, () -> new Object[] {vector(), vector()}).size());
        assertEquals(0, run(p, () -> new Object[] {vector(), vector(9)}).size());
    }

    @Test
    void overlapInsideANestedFusedInputUsesTemporary() {
        // a[1:] = (a[:-1] * 2) + 1
        Expr shifted = ew(1, mul(el(0), f64(2)), slice(l(a), null, -1L, null));
        Program p = program(List.of(a), Type.NONE, store(slice(l(a), 1L, null, null), ew(1, add(el(0), f64(1)), shifted)));
        assertEquals(1, count(ArrayLowering.apply(p).entry().body(), Expr.Alloc.class));
        assertArrayEquals(new double[] {1, 3, 5, 7}, values(run(p, () -> new Object[] {vector(1, 2, 3, 4)})));
    }
}
