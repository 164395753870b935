package io.jumba.lower;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.diag.UnsupportedError;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jumba.testing.Ir.*;
import static io.jumba.testing.TestIr.*;
import static org.junit.jupiter.api.Assertions.*;

class DotLoweringTest {
    private final Var u = var("u", f64Array(1)), v = var("v", f64Array(1)), m = var("m", f64Array(2)), n = var("n", f64Array(2));

    private static Program dot(Var left, Var right, Type type) {
        return program(List.of(left, right), type, new Stmt.Return(new Expr.Dot(l(left), l(right), type, POS)));
    }

    @Test
    void vectorDotVector() {
        Program p = dot(u, v, Type.FLOAT64);
        assertTrue(isLoopLevel(ArrayLowering.apply(p).entry().body()));
        assertEquals(32.0, sameAsOriginal(p, () -> new Object[] {vector(1, 2, 3), vector(4, 5, 6)}).result());
        assertEquals(0.0, sameAsOriginal(p, () -> new Object[] {vector(), vector()}).result());
        sameAsOriginal(p, () -> new Object[] {vector(1, Double.NaN), vector(4, 5)});
        Run r = sameAsOriginal(p, () -> new Object[] {vector(1, 2, 3), vector(1, 2, 3, 4)});
        assertEquals("shapes (3,) and (4,) not aligned: 3 (dim 0) != 4 (dim 0)", r.error().detail());
    }

    @Test
    void matrixDotVector() {
        Program p = dot(m, v, f64CArray(1));
        NDArray r = sameAsOriginal(p, () -> new Object[] {NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3), vector(1, 0, 2)}).array();
        assertArrayEquals(new double[] {7, 16}, values(r));
        sameAsOriginal(p, () -> new Object[] {NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 3, 2).transpose(), vector(1, 0, 2)});
        sameAsOriginal(p, () -> new Object[] {NDArray.of(new double[0], 0, 3), vector(1, 0, 2)});
        sameAsOriginal(p, () -> new Object[] {NDArray.of(new double[0], 2, 0), vector()});
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> Interpreter.run(ArrayLowering.apply(p),
                NDArray.of(new double[6], 2, 3), vector(1, 2, 3, 4)));
        assertEquals("shapes (2,3) and (4,) not aligned: 3 (dim 1) != 4 (dim 0)", e.detail());
    }

    @Test
    void matrixDotMatrixRunsInIkjOrder() {
        Program p = dot(m, n, f64CArray(2));
        List<Stmt> body = ArrayLowering.apply(p).entry().body();
        assertEquals(3, count(body, Stmt.ForRange.class));
        Stmt.ForRange i = outerLoops(body).getFirst();
        Stmt.ForRange k = (Stmt.ForRange) i.body().getFirst();
        Stmt.ForRange j = (Stmt.ForRange) k.body().getLast();
        assertEquals(new Expr.Dim(((Expr.Dim) k.stop()).array(), 1), k.stop(), "k runs along the columns of the left operand");
        Stmt.Store store = (Stmt.Store) j.body().getFirst();
        assertEquals(List.of(l(i.index()), l(j.index())), store.indices());
        NDArray r = sameAsOriginal(p, () -> new Object[] {NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3),
                NDArray.of(new double[] {1, 0, 0, 1, 1, 1}, 3, 2)}).array();
        assertArrayEquals(new double[] {4, 5, 10, 11}, values(r));
        sameAsOriginal(p, () -> new Object[] {NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 3, 2).transpose(),
                NDArray.of(new double[] {1, -1, 0.5, 1, 2, 1}, 3, 2)});
        sameAsOriginal(p, () -> new Object[] {NDArray.of(new double[0], 2, 0), NDArray.of(new double[0], 0, 3)});
        sameAsOriginal(p, () -> new Object[] {NDArray.of(new double[] {Double.NaN, 1}, 1, 2), NDArray.of(new double[] {1, 2}, 2, 1)});
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> Interpreter.run(ArrayLowering.apply(p),
                NDArray.of(new double[6], 2, 3), NDArray.of(new double[20], 4, 5)));
        assertEquals("shapes (2,3) and (4,5) not aligned: 3 (dim 1) != 4 (dim 0)", e.detail());
    }

    @Test
    void vectorDotMatrix() {
        Program p = dot(v, m, f64CArray(1));
        NDArray r = (NDArray) Interpreter.run(ArrayLowering.apply(p), vector(1, 2), NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3));
        assertArrayEquals(new double[] {9, 12, 15}, values(r));
    }

    @Test
    void integerDotWrapsInItsDtype() {
        Var x = var("x", Type.array(DType.INT64, 1, Layout.A)), y = var("y", Type.array(DType.INT64, 1, Layout.A));
        Program p = dot(x, y, Type.INT64);
        assertEquals(-2L, sameAsOriginal(p, () -> new Object[] {NDArray.of(new long[] {Long.MAX_VALUE, 1}),
                NDArray.of(new long[] {2, 0})}).result());
    }

    @Test
    void fusedOperandIsMaterializedOnce() {
        // np.dot(u * 2, v)
        Program p = program(List.of(u, v), Type.FLOAT64,
                new Stmt.Return(new Expr.Dot(ew(1, mul(el(0), f64(2)), l(u)), l(v), Type.FLOAT64, POS)));
        assertEquals(1, count(ArrayLowering.apply(p).entry().body(), Expr.Alloc.class));
        assertEquals(64.0, sameAsOriginal(p, () -> new Object[] {vector(1, 2, 3), vector(4, 5, 6)}).result());
    }

    @Test
    void threeDimensionalOperandIsUnsupported() {
        Var t = var("t", f64Array(3));
        UnsupportedError e = assertThrows(UnsupportedError.class, () -> ArrayLowering.apply(dot(t, v, f64CArray(2))));
        assertEquals(POS, e.pos());
    }
}
