package io.jumba.interp;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
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

class InterpreterTest {

    @Test
    void sumOfRangeWithBreakAndContinue() {
        Var n = var("n", I64), i = var("i", I64), s = var("s", I64);
        Program p = program(fn("f", List.of(n), I64,
                set(s, i64(0)),
                loop(i, i64(0), l(n), i64(1),
                        when(cmp(CmpOp.EQ, bin(BinOp.MOD, l(i), i64(3)), i64(0)), List.of(new Stmt.Continue()), List.of()),
                        when(cmp(CmpOp.GT, l(i), i64(10)), List.of(new Stmt.Break()), List.of()),
                        set(s, bin(BinOp.ADD, l(s), l(i)))),
                ret(bin(BinOp.ADD, l(s), bin(BinOp.MUL, l(i), i64(1000))))));
        // 1+2+4+5+7+8+10 = 37, and i is 11 after the break.
        assertEquals(37L + 11000, Interpreter.run(p, 100L));
    }

    @Test
    void int32ResultIsBoxedAsIntegerAndWraps() {
        Var a = var("a", I32);
        Program p = program(fn("f", List.of(a), I32, ret(bin(BinOp.MUL, l(a), c(2, I32)))));
        assertEquals(Integer.valueOf(-2), Interpreter.run(p, 2147483647L));
    }

    @Test
    void zeroDivisionPointsAtTheNode() {
        Var a = var("a", I64), b = var("b", I64);
        Program p = program(fn("f", List.of(a, b), I64, ret(bin(BinOp.FLOORDIV, l(a), l(b), 7))));
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> Interpreter.run(p, 1L, 0L));
        assertEquals("ZeroDivisionError", e.pythonName());
        assertEquals(7, e.pos().line());
        assertEquals("integer division by zero", e.detail());
    }

    @Test
    void negativeIndexWrapsAndOutOfRangeRaisesIndexError() {
        Var a = var("a", arr(DType.FLOAT64, 1)), i = var("i", I64);
        Program p = program(fn("f", List.of(a, i), F64, ret(load(l(a), 4, l(i)))));
        NDArray arr = NDArray.empty(DType.FLOAT64, 3);
        arr.setDouble(7.5, 2);
        assertEquals(7.5, Interpreter.run(p, arr, -1L));
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> Interpreter.run(p, arr, 5L));
        assertEquals("index 5 is out of bounds for axis 0 with size 3", e.detail());
        assertEquals(4, e.pos().line());
    }

    @Test
    void elementwiseBroadcastsAndReduces() {
        Var a = var("a", arr(DType.FLOAT64, 2)), b = var("b", arr(DType.FLOAT64, 1));
        Expr.Elementwise w = new Expr.Elementwise(List.of(l(a), l(b)),
                bin(BinOp.MUL, new Expr.Element(0, F64), new Expr.Element(1, F64)), arr(DType.FLOAT64, 2), pos(2));
        Program p = program(fn("f", List.of(a, b), F64,
                ret(new Expr.Reduce(io.jumba.ir.ReduceOp.SUM, w, null, F64, pos(3)))));
        NDArray x = NDArray.empty(DType.FLOAT64, 2, 3), y = NDArray.empty(DType.FLOAT64, 3);
        for (int r = 0; r < 2; r++) for (int k = 0; k < 3; k++) x.setDouble(r * 3 + k, r, k);
        for (int k = 0; k < 3; k++) y.setDouble(k + 1, k);
        // row0: 0*1+1*2+2*3 = 8, row1: 3*1+4*2+5*3 = 26
        assertEquals(34.0, Interpreter.run(p, x, y));
    }

    @Test
    void recursionThroughCalls() {
        Var n = var("n", I64);
        Program p = program(fn("fib", List.of(n), I64,
                when(cmp(CmpOp.LT, l(n), i64(2)), List.of(ret(l(n))), List.of()),
                ret(bin(BinOp.ADD,
                        new Expr.Call("fib", List.of(bin(BinOp.SUB, l(n), i64(1))), I64, pos(3)),
                        new Expr.Call("fib", List.of(bin(BinOp.SUB, l(n), i64(2))), I64, pos(3))))));
        assertEquals(55L, Interpreter.run(p, 10L));
    }

    @Test
    void tuplesAreBoxedPerConvention() {
        Var a = var("a", F32);
        Type.Tuple t = new Type.Tuple(List.of(F32, U8));
        Program p = program(fn("f", List.of(a), t,
                ret(new Expr.TupleNew(List.of(l(a), c(200, U8)), t))));
        assertArrayEquals(new Object[] {1.5f, (short) 200}, (Object[]) Interpreter.run(p, 1.5f));
    }
}
