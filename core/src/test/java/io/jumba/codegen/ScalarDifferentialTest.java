package io.jumba.codegen;

import io.jumba.array.Complex;
import io.jumba.array.DType;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.interp.Interpreter;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Program;
import io.jumba.ir.UnOp;
import io.jumba.ir.Var;
import io.jumba.runtime.MathFn;
import io.jumba.runtime.MathTyping;
import io.jumba.runtime.ScalarImplementation;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jumba.testing.Ir.*;
import static org.junit.jupiter.api.Assertions.*;

/** Scalar semantics: every dtype and operator through both backends, plus known values. */
class ScalarDifferentialTest {
    private static final DType[] INTS = {DType.INT8, DType.UINT8, DType.INT16, DType.INT32, DType.INT64};
    private static final long[] INT_SAMPLES = {0, 1, -1, 2, -7, 7, 3, 100, -128, 127, 255, 32767, -32768,
        Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE};
    private static final double[] FLOAT_SAMPLES = {0.0, -0.0, 1.0, -1.5, 2.5, 7.25, -7.5, 1e300, -1e-300, 3.4e38,
        Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    private static Program binaryProgram(BinOp op, Type.Scalar t) {
        Var a = var("a", t), b = var("b", t);
        return program(fn("f", List.of(a, b), t, ret(bin(op, l(a), l(b), 3))));
    }

    /** Runs both backends; a ZeroDivisionError must then be raised identically by both. */
    private static Object runAllowingZeroDivision(Program p, Object... args) {
        try {
            return Differential.run(p, args);
        } catch (KernelRuntimeError e) {
            assertEquals("ZeroDivisionError", e.pythonName());
            assertEquals(3, e.pos().line());
            return e;
        }
    }

    @Test
    void integerArithmeticAgreesOnEveryDtype() {
        BinOp[] ops = {BinOp.ADD, BinOp.SUB, BinOp.MUL, BinOp.FLOORDIV, BinOp.MOD, BinOp.BITAND, BinOp.BITOR,
            BinOp.BITXOR, BinOp.SHL, BinOp.SHR, BinOp.POW};
        for (DType d : INTS) {
            for (BinOp op : ops) {
                Program p = binaryProgram(op, Type.scalar(d));
                for (long x : INT_SAMPLES) {
                    for (long y : new long[] {0, 1, -1, 2, -7, 3, 63, 100, Long.MIN_VALUE}) {
                        runAllowingZeroDivision(p, x, y);
                    }
                }
            }
        }
    }

    @Test
    void integerKnownValuesIncludingWraparound() {
        assertEquals((byte) -56, Differential.run(binaryProgram(BinOp.ADD, I8), 100L, 100L));
        assertEquals((short) 44, Differential.run(binaryProgram(BinOp.ADD, U8), 200L, 100L));
        assertEquals((short) 32767, Differential.run(binaryProgram(BinOp.SUB, I16), -32768L, 1L));
        assertEquals(Long.MIN_VALUE, Differential.run(binaryProgram(BinOp.ADD, I64), Long.MAX_VALUE, 1L));
        assertEquals(-4L, Differential.run(binaryProgram(BinOp.FLOORDIV, I64), -7L, 2L));
        assertEquals(1L, Differential.run(binaryProgram(BinOp.MOD, I64), -7L, 2L));
        assertEquals(-1L, Differential.run(binaryProgram(BinOp.MOD, I64), 7L, -2L));
        assertEquals(-4, Differential.run(binaryProgram(BinOp.FLOORDIV, I32), 7L, -2L));
        assertEquals(0L, Differential.run(binaryProgram(BinOp.POW, I64), 2L, -1L));
        assertEquals(1024L, Differential.run(binaryProgram(BinOp.POW, I64), 2L, 10L));
        assertEquals((short) 0, Differential.run(binaryProgram(BinOp.POW, U8), 2L, 8L));
    }

    @Test
    void floatArithmeticAgreesOnBothFloatDtypes() {
        BinOp[] ops = {BinOp.ADD, BinOp.SUB, BinOp.MUL, BinOp.DIV, BinOp.FLOORDIV, BinOp.MOD, BinOp.POW};
        for (Type.Scalar t : new Type.Scalar[] {F32, F64}) {
            for (BinOp op : ops) {
                Program p = binaryProgram(op, t);
                for (double x : FLOAT_SAMPLES) for (double y : FLOAT_SAMPLES) runAllowingZeroDivision(p, x, y);
            }
        }
        assertEquals(-4.0, Differential.run(binaryProgram(BinOp.FLOORDIV, F64), -7.5, 2.0));
        assertEquals(0.5, Differential.run(binaryProgram(BinOp.MOD, F64), -7.5, 2.0));
        assertEquals(1.1f * 3.3f, Differential.run(binaryProgram(BinOp.MUL, F32), 1.1f, 3.3f));
        assertEquals(0.1f + 0.2f, Differential.run(binaryProgram(BinOp.ADD, F32), 0.1f, 0.2f));
    }

    @Test
    void zeroDivisionFollowsTheErrorModel() {
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class,
                () -> Differential.run(binaryProgram(BinOp.DIV, F64), 1.0, 0.0));
        assertEquals("ZeroDivisionError", e.pythonName());
        assertEquals("division by zero", e.detail());
        assertEquals(3, e.pos().line());
        assertTrue(e.getMessage().startsWith("kernel.py:3:5: ZeroDivisionError: division by zero"), e.getMessage());

        Var a = var("a", I64), b = var("b", I64);
        Program ints = program(fn("f", NUMPY_ERRORS, List.of(a, b), I64, ret(bin(BinOp.FLOORDIV, l(a), l(b)))));
        assertEquals(0L, Differential.run(ints, 5L, 0L));
        Var x = var("x", F64), y = var("y", F64);
        Program floats = program(fn("f", NUMPY_ERRORS, List.of(x, y), F64, ret(bin(BinOp.DIV, l(x), l(y)))));
        assertEquals(Double.NEGATIVE_INFINITY, Differential.run(floats, -1.0, 0.0));
        Program mod = program(fn("f", NUMPY_ERRORS, List.of(x, y), F64, ret(bin(BinOp.MOD, l(x), l(y)))));
        assertTrue(Double.isNaN((Double) Differential.run(mod, 1.0, 0.0)));
    }

    @Test
    void unaryAndComparisonsAndLogic() {
        for (DType d : INTS) {
            Type.Scalar t = Type.scalar(d);
            Var a = var("a", t), b = var("b", t);
            Program neg = program(fn("f", List.of(a), t, ret(new Expr.Unary(UnOp.NEG, l(a), t))));
            Program inv = program(fn("f", List.of(a), t, ret(new Expr.Unary(UnOp.INVERT, l(a), t))));
            for (long x : INT_SAMPLES) {
                Differential.run(neg, x);
                Differential.run(inv, x);
            }
            for (CmpOp op : CmpOp.values()) {
                Program cmp = program(fn("f", List.of(a, b), BOOL, ret(cmp(op, l(a), l(b)))));
                for (long x : new long[] {-1, 0, 5, 255}) for (long y : new long[] {0, 5}) Differential.run(cmp, x, y);
            }
        }
        Var x = var("x", F64), y = var("y", F64);
        for (CmpOp op : CmpOp.values()) {
            Program cmp = program(fn("f", List.of(x, y), BOOL, ret(cmp(op, l(x), l(y)))));
            for (double u : FLOAT_SAMPLES) for (double v : new double[] {0.0, Double.NaN, 2.5}) Differential.run(cmp, u, v);
        }
        assertEquals(true, Differential.run(program(fn("f", List.of(x, y), BOOL, ret(cmp(CmpOp.NE, l(x), l(y))))),
                Double.NaN, Double.NaN));
        Var p = var("p", BOOL), q = var("q", BOOL);
        Program logic = program(fn("f", List.of(p, q), BOOL,
                ret(new Expr.Logical(false, new Expr.Logical(true, l(p), new Expr.Unary(UnOp.NOT, l(q), BOOL)),
                        bin(BinOp.BITXOR, l(p), l(q))))));
        for (boolean u : new boolean[] {false, true}) {
            for (boolean v : new boolean[] {false, true}) assertEquals(u ^ v || (u && !v), Differential.run(logic, u, v));
        }
        Program lt = program(fn("f", List.of(p, q), BOOL, ret(cmp(CmpOp.LT, l(p), l(q)))));
        assertEquals(true, Differential.run(lt, false, true));
    }

    @Test
    void castsBetweenEveryPairOfDtypes() {
        DType[] all = DType.values();
        for (DType from : all) {
            for (DType to : all) {
                Var a = var("a", Type.scalar(from));
                Program p = program(fn("f", List.of(a), Type.scalar(to), ret(cast(l(a), Type.scalar(to)))));
                if (from.isBool()) {
                    Differential.run(p, true);
                    Differential.run(p, false);
                } else if (from.isFloat()) {
                    for (double x : FLOAT_SAMPLES) Differential.run(p, x);
                    for (double x : new double[] {-3.9, 3.9, 300.7, -129.5, 1e10}) Differential.run(p, x);
                } else {
                    for (long x : INT_SAMPLES) Differential.run(p, x);
                    Differential.run(p, 16777217L);
                }
            }
        }
        Var a = var("a", F64);
        assertEquals((byte) 44, Differential.run(program(fn("f", List.of(a), I8, ret(cast(l(a), I8)))), 300.7));
        assertEquals(-3L, Differential.run(program(fn("f", List.of(a), I64, ret(cast(l(a), I64)))), -3.9));
        assertEquals(true, Differential.run(program(fn("f", List.of(a), BOOL, ret(cast(l(a), BOOL)))), Double.NaN));
        Var i = var("i", I64);
        assertEquals(16777216f, Differential.run(program(fn("f", List.of(i), F32, ret(cast(l(i), F32)))), 16777217L));
    }

    @Test
    void mathFunctionsAgreeOnBothFloatDtypes() {
        double[] samples = {0.0, -0.0, 0.5, -0.5, 1.0, 2.5, -2.5, 3.5, 10.0, -4.2, 1e-8, 700.0, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (MathFn fn : MathFn.values()) {
            if (fn.typing() == MathTyping.COMPLEX) continue; // complexFunctionsAgreeOnBothPrecisions
            for (Type.Scalar t : new Type.Scalar[] {F32, F64}) {
                Var a = var("a", t), b = var("b", t);
                boolean predicate = fn.typing() == MathTyping.PREDICATE;
                Type.Scalar result = predicate ? BOOL : t;
                Expr call = fn.arity == 1 ? call(fn, result, l(a)) : fn.arity == 2 ? call(fn, result, l(a), l(b))
                        : call(fn, result, l(a), l(b), l(a));
                Program p = program(fn("f", List.of(a, b), result, ret(call)));
                for (double x : samples) for (double y : new double[] {2.0, -0.5, Double.NaN}) Differential.run(p, x, y);
            }
        }
        Var a = var("a", F64);
        assertEquals(2.0, Differential.run(program(fn("f", List.of(a), F64, ret(call(MathFn.ROUND, F64, l(a))))), 2.5));
        assertEquals(0.3286267594591274,
                (Double) Differential.run(program(fn("f", List.of(a), F64, ret(call(MathFn.ERF, F64, l(a))))), 0.3), 1e-16);
    }

    @Test
    void complexFunctionsAgreeOnBothPrecisions() {
        double[] parts = {0.0, -0.0, 0.5, -2.5, 1e-8, 700.0, Double.NaN, Double.POSITIVE_INFINITY};
        for (MathFn fn : MathFn.values()) {
            if (!(fn.scalar() instanceof ScalarImplementation.OnComplex c)) continue;
            for (DType d : new DType[] {DType.COMPLEX64, DType.COMPLEX128}) {
                Type.Scalar in = Type.scalar(c.realArguments() ? DType.FLOAT64 : d);
                Type.Scalar result = Type.scalar(switch (c.result()) {
                    case COMPLEX -> c.realArguments() ? DType.COMPLEX128 : d;
                    case REAL -> d.part();
                    case BOOL -> DType.BOOL;
                });
                Var a = var("a", in), b = var("b", in);
                Expr call = fn.arity == 1 ? call(fn, result, l(a)) : call(fn, result, l(a), l(b));
                Program p = program(fn("f", List.of(a, b), result, ret(call)));
                for (double x : parts) {
                    for (double y : parts) {
                        Object first = c.realArguments() ? (Object) x : new Complex(x, y);
                        Object second = c.realArguments() ? (Object) y : new Complex(y, -x);
                        Differential.run(p, first, second);
                    }
                }
            }
        }
        Var z = var("z", Type.scalar(DType.COMPLEX128));
        assertEquals(new Complex(0.0, 0.7),
                Differential.run(program(fn("f", List.of(z), Type.scalar(DType.COMPLEX128),
                        ret(call(MathFn.C_CONJ, Type.scalar(DType.COMPLEX128), l(z))))), new Complex(0.0, -0.7)));
    }

    @Test
    void integerMathFunctions() {
        for (DType d : INTS) {
            Type.Scalar t = Type.scalar(d);
            Var a = var("a", t), b = var("b", t);
            for (MathFn fn : new MathFn[] {MathFn.ABS, MathFn.SIGN, MathFn.MIN, MathFn.MAX}) {
                Expr call = fn.arity == 1 ? call(fn, t, l(a)) : call(fn, t, l(a), l(b));
                Program p = program(fn("f", List.of(a, b), t, ret(call)));
                for (long x : INT_SAMPLES) Differential.run(p, x, 3L);
            }
        }
        Var a = var("a", I8);
        assertEquals((byte) -128, Differential.run(program(fn("f", List.of(a), I8, ret(call(MathFn.ABS, I8, l(a))))), -128L));
    }

    @Test
    void extremeConstantsSurviveAsJavaLiterals() {
        Object[][] cases = {
            {Long.MIN_VALUE, I64, Long.MIN_VALUE}, {Long.MAX_VALUE, I64, Long.MAX_VALUE},
            {(long) Integer.MIN_VALUE, I32, Integer.MIN_VALUE}, {-128L, I8, (byte) -128}, {255L, U8, (short) 255},
            {-32768L, I16, (short) -32768}, {Double.NaN, F64, Double.NaN}, {-0.0, F64, -0.0},
            {Double.NEGATIVE_INFINITY, F32, Float.NEGATIVE_INFINITY}, {4.9e-324, F64, 4.9e-324},
            {(double) Float.MAX_VALUE, F32, Float.MAX_VALUE}, {1e-45, F32, Float.MIN_VALUE},
        };
        for (Object[] c : cases) {
            Type.Scalar t = (Type.Scalar) c[1];
            Object value = c[0] instanceof Double d && t == F32 ? (Object) (double) (float) (double) d : c[0];
            Program p = program(fn("f", List.of(), t, ret(new Expr.Const(value, t))));
            assertEquals(c[2], Differential.run(p));
        }
    }

    @Test
    void selectEvaluatesOnlyTheChosenBranch() {
        Var a = var("a", I64), b = var("b", I64);
        Program p = program(fn("f", List.of(a, b), I64,
                ret(new Expr.Select(cmp(CmpOp.EQ, l(b), i64(0)), i64(-1), bin(BinOp.FLOORDIV, l(a), l(b)), I64))));
        assertEquals(-1L, Differential.run(p, 5L, 0L));
        assertEquals(2L, Differential.run(p, 5L, 2L));
        assertEquals(-1L, Interpreter.run(p, 5L, 0L));
    }
}
