package io.jumba.codegen;

import io.jumba.diag.KernelRuntimeError;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jumba.testing.Ir.*;
import static org.junit.jupiter.api.Assertions.*;

/** Loops, branches, calls, recursion and tuples through both backends. */
class ControlFlowDifferentialTest {

    /** s = Σ i for i in range(a, b, c); returns s * 1000 + i (i keeps its last value, or -99 if the loop never ran). */
    private static Program rangeSum(Expr step) {
        Var a = var("a", I64), b = var("b", I64), c = var("c", I64), i = var("i", I64), s = var("s", I64);
        return program(fn("f", List.of(a, b, c), I64,
                set(s, i64(0)), set(i, i64(-99)),
                loop(i, l(a), l(b), step == null ? l(c) : step, set(s, bin(BinOp.ADD, l(s), l(i)))),
                ret(bin(BinOp.ADD, bin(BinOp.MUL, l(s), i64(1000)), l(i)))));
    }

    @Test
    void rangeLoopsWithAnyStep() {
        Program dynamic = rangeSum(null);
        assertEquals(45L * 1000 + 9, Differential.run(dynamic, 0L, 10L, 1L));
        assertEquals((10L + 7 + 4 + 1) * 1000 + 1, Differential.run(dynamic, 10L, 0L, -3L));
        assertEquals(-99L, Differential.run(dynamic, 5L, 5L, 1L));
        assertEquals(-99L, Differential.run(dynamic, 0L, 5L, -1L));
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> Differential.run(dynamic, 0L, 5L, 0L));
        assertEquals("ValueError", e.pythonName());
        assertEquals("range() arg 3 must not be zero", e.detail());
        Program down = rangeSum(i64(-2));
        assertEquals((9L + 7 + 5 + 3 + 1) * 1000 + 1, Differential.run(down, 9L, 0L, 0L));
        assertThrows(KernelRuntimeError.class, () -> Differential.run(rangeSum(i64(0)), 0L, 5L, 0L));
    }

    @Test
    void whileWithBreakAndContinue() {
        // n = x; steps = 0; while True: if n == 1: break; steps += 1; if n % 2 == 0: n //= 2; continue; n = 3n + 1
        Var x = var("x", I64), n = var("n", I64), steps = var("steps", I64);
        Program collatz = program(fn("collatz", List.of(x), I64,
                set(n, l(x)), set(steps, i64(0)),
                whileLoop(bool(true),
                        when(cmp(CmpOp.EQ, l(n), i64(1)), List.of(new Stmt.Break()), List.of()),
                        set(steps, bin(BinOp.ADD, l(steps), i64(1))),
                        when(cmp(CmpOp.EQ, bin(BinOp.MOD, l(n), i64(2)), i64(0)),
                                List.of(set(n, bin(BinOp.FLOORDIV, l(n), i64(2))), new Stmt.Continue()), List.of()),
                        set(n, bin(BinOp.ADD, bin(BinOp.MUL, l(n), i64(3)), i64(1)))),
                ret(l(steps))));
        assertEquals(111L, Differential.run(collatz, 27L));
        assertEquals(0L, Differential.run(collatz, 1L));
    }

    @Test
    void nestedLoopsBreakOnlyTheInnerOne() {
        Var n = var("n", I64), i = var("i", I64), j = var("j", I64), c = var("c", I64);
        Program p = program(fn("f", List.of(n), I64,
                set(c, i64(0)),
                loop(i, i64(0), l(n), i64(1),
                        loop(j, i64(0), l(n), i64(1),
                                when(cmp(CmpOp.GT, l(j), l(i)), List.of(new Stmt.Break()), List.of()),
                                set(c, bin(BinOp.ADD, l(c), i64(1))))),
                ret(l(c))));
        assertEquals(15L, Differential.run(p, 5L));
    }

    @Test
    void returnsInsideBranchesAndDeadCodeAfterReturn() {
        Var x = var("x", I64);
        Program p = program(fn("sign", List.of(x), I64,
                when(cmp(CmpOp.LT, l(x), i64(0)), List.of(ret(i64(-1))), List.of(
                        when(cmp(CmpOp.EQ, l(x), i64(0)), List.of(ret(i64(0))), List.of(ret(i64(1)), set(x, i64(5))))))));
        assertEquals(-1L, Differential.run(p, -5L));
        assertEquals(0L, Differential.run(p, 0L));
        assertEquals(1L, Differential.run(p, 7L));
    }

    @Test
    void callsRecursionAndVoidFunctions() {
        Var n = var("n", I64);
        Program fib = program(fn("fib", List.of(n), I64,
                when(cmp(CmpOp.LT, l(n), i64(2)), List.of(ret(l(n))), List.of()),
                ret(bin(BinOp.ADD,
                        new Expr.Call("fib", List.of(bin(BinOp.SUB, l(n), i64(1))), I64, pos(3)),
                        new Expr.Call("fib", List.of(bin(BinOp.SUB, l(n), i64(2))), I64, pos(3))))));
        assertEquals(6765L, Differential.run(fib, 20L));

        Var a = var("a", arr(io.jumba.array.DType.INT64, 1)), v = var("v", I64);
        Program p = program(
                fn("outer", List.of(a), I64,
                        new Stmt.Eval(new Expr.Call("poke", List.of(l(a), i64(41)), Type.NONE, pos(2))),
                        ret(bin(BinOp.ADD, load(l(a), 3, i64(0)), new Expr.Call("twice", List.of(i64(1)), I64, pos(3))))),
                fn("poke", List.of(a, v), Type.NONE, store(l(a), l(v), 5, i64(0)), new Stmt.Return(null)),
                fn("twice", List.of(v), I64, ret(bin(BinOp.MUL, l(v), i64(2)))));
        assertEquals(43L, Differential.run(p, io.jumba.array.NDArray.zeros(io.jumba.array.DType.INT64, 2)));
    }

    @Test
    void tuplesInAndOut() {
        Type.Tuple pair = new Type.Tuple(List.of(I32, F64));
        Type.Tuple out = new Type.Tuple(List.of(F64, I32, BOOL, U8));
        Var t = var("t", pair), u = var("u", pair);
        Program p = program(fn("swap", List.of(t), out,
                set(u, l(t)),
                ret(new Expr.TupleNew(List.of(new Expr.TupleGet(l(u), 1, F64), new Expr.TupleGet(l(u), 0, I32),
                        bool(true), c(255, U8)), out))));
        assertArrayEquals(new Object[] {2.5, 7, true, (short) 255},
                (Object[]) Differential.run(p, (Object) new Object[] {7L, 2.5}));
    }

    @Test
    void evalOfANonCallExpressionStillRunsItsChecks() {
        Var a = var("a", I64), b = var("b", I64);
        Program p = program(fn("f", List.of(a, b), Type.NONE,
                new Stmt.Eval(bin(BinOp.FLOORDIV, l(a), l(b), 4)), new Stmt.Return(null)));
        assertNull(Differential.run(p, 1L, 1L));
        assertEquals(4, assertThrows(KernelRuntimeError.class, () -> Differential.run(p, 1L, 0L)).pos().line());
    }
}
