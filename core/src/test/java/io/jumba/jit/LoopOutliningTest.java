package io.jumba.jit;

import io.jumba.codegen.LoopEmitter;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.interp.Interpreter;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.plan.OutlinedNest;
import io.jumba.plan.PlannedProgram;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.jumba.testing.Ir.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Top-level loop nests the outlining step moves into methods of their own (without the vectorizer): the same results
 * and faults as the interpreter, with variables passed in and the ones read afterwards handed back, and returning
 * nests kept in place.
 */
class LoopOutliningTest {

    private static CompiledKernel outlined(Program p) {
        PlannedProgram planned = PlannedProgram.of(p, LoopEmitter.NONE.planner());
        return KernelCompiler.compile(LoopOutlining.apply(planned, Set.of(p.entry().name())), LoopEmitter.NONE);
    }

    private static void agrees(Program p, CompiledKernel k, Object... args) {
        Object expected, actual;
        try {
            expected = Interpreter.run(p, args);
        } catch (KernelRuntimeError e) {
            KernelRuntimeError c = assertThrows(KernelRuntimeError.class, () -> k.invoke(args), k.javaSource());
            assertEquals(e.getMessage(), c.getMessage());
            return;
        }
        actual = k.invoke(args);
        assertEquals(expected, actual, k.javaSource());
    }

    @Test
    void twoLiveOutsOneOfThemTheLoopIndexKeptWhenTheRangeIsEmpty() {
        // s = 0; i = -99; for i in range(a, b, c): s += i; for j in range(2): s += j;  return s * 1000 + i
        Var a = var("a", I64), b = var("b", I64), c = var("c", I64), i = var("i", I64), j = var("j", I64),
                s = var("s", I64);
        Program p = program(fn("f", List.of(a, b, c), I64,
                set(s, i64(0)), set(i, i64(-99)),
                loop(i, l(a), l(b), l(c), set(s, bin(BinOp.ADD, l(s), l(i)))),
                loop(j, i64(0), i64(2), i64(1), set(s, bin(BinOp.ADD, l(s), l(j)))),
                ret(bin(BinOp.ADD, bin(BinOp.MUL, l(s), i64(1000)), l(i)))));
        assertEquals(List.of(new OutlinedNest(2, 1, List.of(a, b, c, s, i), List.of(s, i)),
                new OutlinedNest(3, 1, List.of(s, j), List.of(s))), LoopOutlining.nests(p.entry()));
        CompiledKernel k = outlined(p);
        assertEquals(3, k.methodCount("f"), k.javaSource());
        assertTrue(k.javaSource().contains("private static Object[] f_$0(long a_, long b_, long c_, long s_, long i_)"),
                k.javaSource());
        assertTrue(k.javaSource().contains("private static long f_$1(long s_, long j_)"), k.javaSource());
        assertEquals(List.of("f", "f$0", "f$1"), List.copyOf(k.methodSizes().keySet()));
        agrees(p, k, 0L, 10L, 1L);
        agrees(p, k, 10L, 0L, -3L);
        agrees(p, k, 5L, 5L, 1L);
        agrees(p, k, 0L, 5L, 0L); // ValueError raised in the outlined method, at the same kernel position
        assertEquals(45L * 1000 + 1000 + 9, k.invoke(0L, 10L, 1L));
    }

    @Test
    void whileNestWithBreakAndContinue() {
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
        CompiledKernel k = outlined(collatz);
        assertEquals(2, k.methodCount("collatz"));
        assertEquals(111L, k.invoke(27L));
        agrees(collatz, k, 1L);
    }

    @Test
    void aNestThatReturnsStaysInTheFunction() {
        Var n = var("n", I64), x = var("x", I64), i = var("i", I64);
        Program p = program(fn("find", List.of(n, x), I64,
                loop(i, i64(0), l(n), i64(1),
                        when(cmp(CmpOp.EQ, l(i), l(x)), List.of(ret(bin(BinOp.MUL, l(i), i64(2)))), List.of())),
                ret(i64(-1))));
        assertFalse(LoopOutlining.outlinable(p.entry().body().getFirst()));
        assertEquals(List.of(pos(1)), LoopOutlining.returningNests(p.entry()));
        CompiledKernel k = outlined(p);
        assertEquals(1, k.methodCount("find"));
        assertEquals(8L, k.invoke(10L, 4L));
        assertEquals(-1L, k.invoke(3L, 4L));
    }
}
