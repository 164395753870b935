package io.jumba.codegen;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.ir.BinOp;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.jit.KernelCompiler;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jumba.testing.Ir.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * What a loop's range proves about its index ({@link LoopFacts#inBounds}): an access at the axis the loop runs over
 * needs no check, as long as nothing in the body rebinds the index or the array; an int counter where the range fits
 * an int; and a[i] op= v checks its position once. Every case also runs against the interpreter.
 */
class LoopIndexBoundsTest {
    private static final Var X = var("x", arr(DType.FLOAT64, 1)), Y = var("y", arr(DType.FLOAT64, 1)),
            I = var("i", I64), S = var("s", F64), N = var("n", I64), B = var("b", I64);

    private static NDArray ramp(int n) {
        NDArray a = NDArray.empty(DType.FLOAT64, n);
        for (int k = 0; k < n; k++) a.setDouble(k + 1.0, k);
        return a;
    }

    private static KernelRuntimeError indexError(Program p, Object... args) {
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> Differential.run(p, args));
        assertEquals("IndexError", e.pythonName());
        return e;
    }

    /** def f(x, y): s = 0.0; for i in range(x.shape[0]): <body>; return s */
    private static Program sumLoop(Stmt... body) {
        return program(fn("f", List.of(X, Y), F64, set(S, f64(0.0)), loop(I, i64(0), dim(X, 0), i64(1), body), ret(l(S))));
    }

    private static Stmt addX(int line) { return set(S, bin(BinOp.ADD, l(S), load(l(X), line, l(I)))); }

    @Test
    void theLoopsOwnAxisIsUncheckedAndOtherArraysStayChecked() {
        // s += x[i]; y[i] = s
        Program p = sumLoop(addX(2), store(l(Y), l(S), 3, l(I)));
        String java = KernelCompiler.compile(p).javaSource();
        assertTrue(java.contains("x_data[x_off + (int) i_]"), java);
        assertTrue(java.contains("y_data[y_off + Indexing.indexNonNegative(i_, y_n0, 0, P["), java);
        assertEquals(6.0, Differential.run(p, ramp(3), ramp(3)));
        KernelRuntimeError e = indexError(p, ramp(3), ramp(2));
        assertEquals("index 2 is out of bounds for axis 0 with size 2", e.detail());
        assertEquals(3, e.pos().line());
    }

    @Test
    void anIndexReboundInTheBodyIsChecked() {
        // i = i + 1; s += x[i]: the last iteration reads past the end
        Program p = sumLoop(set(I, bin(BinOp.ADD, l(I), i64(1))), addX(2));
        assertFalse(KernelCompiler.compile(p).javaSource().contains("(int) i_]"));
        assertEquals("index 3 is out of bounds for axis 0 with size 3", indexError(p, ramp(3), ramp(1)).detail());
    }

    @Test
    void anArrayReboundInTheBodyIsChecked() {
        // x = y; s += x[i]: y is shorter than the x the range was taken from
        Program p = sumLoop(set(X, l(Y)), addX(2));
        assertFalse(KernelCompiler.compile(p).javaSource().contains("(int) i_]"));
        assertEquals("index 2 is out of bounds for axis 0 with size 2", indexError(p, ramp(3), ramp(2)).detail());
    }

    @Test
    void anInnerLoopOverTheSameIndexIsChecked() {
        // for i in range(5): pass; s += x[i]: i is 4 after the inner loop
        Program p = sumLoop(loop(I, i64(0), i64(5), i64(1), set(N, l(I))), addX(2));
        assertEquals("index 4 is out of bounds for axis 0 with size 3", indexError(p, ramp(3), ramp(1)).detail());
    }

    @Test
    void theIndexAfterTheLoopIsChecked() {
        // i = 7; for i in range(x.shape[0]): pass; return x[i]: an empty x leaves i at 7
        Program p = program(fn("f", List.of(X), F64, set(I, i64(7)),
                loop(I, i64(0), dim(X, 0), i64(1), set(N, l(I))), ret(load(l(X), 3, l(I)))));
        assertEquals(3.0, Differential.run(p, ramp(3)));
        assertEquals("index 7 is out of bounds for axis 0 with size 0", indexError(p, ramp(0)).detail());
    }

    @Test
    void rangesOverAnAxisCountInInts() {
        Program overAxis = sumLoop(addX(2));
        assertTrue(KernelCompiler.compile(overAxis).javaSource().contains("for (int "));
        // range(n) with n an argument may pass 2^31: a long counter, and checked accesses
        Program overN = program(fn("f", List.of(X, N), F64, set(S, f64(0.0)),
                loop(I, i64(0), l(N), i64(1), addX(2)), ret(l(S))));
        String java = KernelCompiler.compile(overN).javaSource();
        assertFalse(java.contains("for (int "), java);
        assertTrue(java.contains("Indexing.indexNonNegative(i_, x_n0"), java);
        assertEquals(3.0, Differential.run(overN, ramp(3), 2L));
        assertEquals("index 3 is out of bounds for axis 0 with size 3", indexError(overN, ramp(3), 4L).detail());
    }

    @Test
    void anAugmentedStoreChecksItsPositionOnce() {
        // x[b] = x[b] + 1.0; return x[b]  (x[b] += 1.0)
        Program p = program(fn("f", List.of(X, B), F64,
                store(l(X), bin(BinOp.ADD, load(l(X), 2, l(B)), f64(1.0)), 2, l(B)), ret(load(l(X), 3, l(B)))));
        String java = KernelCompiler.compile(p).javaSource();
        assertEquals(1, java.split("Indexing.index\\(b_", -1).length - 2, java);   // the store's and the return's
        assertEquals(4.0, Differential.run(p, ramp(3), -1L));
        assertEquals(2.0, Differential.run(p, ramp(3), 0L));
        KernelRuntimeError e = indexError(p, ramp(3), 3L);
        assertEquals("index 3 is out of bounds for axis 0 with size 3", e.detail());
        assertEquals(2, e.pos().line());
        assertEquals("index -4 is out of bounds for axis 0 with size 3", indexError(p, ramp(3), -4L).detail());
    }

    @Test
    void aLocalHoldingTheLengthCountsAsTheLength() {
        // n = x.shape[0]; for i in range(n): s += x[i]
        Program p = program(fn("f", List.of(X), F64, set(N, dim(X, 0)), set(S, f64(0.0)),
                loop(I, i64(0), l(N), i64(1), addX(3)), ret(l(S))));
        String java = KernelCompiler.compile(p).javaSource();
        assertTrue(java.contains("x_data[x_off + (int) i_]") && java.contains("for (int "), java);
        assertEquals(10.0, Differential.run(p, ramp(4)));
        // n = x.shape[0]; n = n + 1: n is no longer the length
        Program longer = program(fn("f", List.of(X), F64, set(N, dim(X, 0)), set(N, bin(BinOp.ADD, l(N), i64(1))),
                set(S, f64(0.0)), loop(I, i64(0), l(N), i64(1), addX(3)), ret(l(S))));
        assertFalse(KernelCompiler.compile(longer).javaSource().contains("(int) i_]"));
        assertEquals("index 4 is out of bounds for axis 0 with size 4", indexError(longer, ramp(4)).detail());
    }
}
