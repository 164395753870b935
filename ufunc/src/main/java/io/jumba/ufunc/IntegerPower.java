package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.List;

/**
 * NumPy's integer {@code power} loop: square-and-multiply that wraps around in the loop's type, and a negative
 * exponent raises ValueError. Jumba's IR {@code **} on ints is Numba's {@code int_power_impl} instead (its result
 * passes through float64, so big powers lose their low bits, and a negative exponent gives 0), which is right for
 * Python kernels but not for {@code np.power}; hence this helper function, which the int loops call.
 */
final class IntegerPower {
    private IntegerPower() {}

    private static final SourcePos POS = new SourcePos("<ufunc power>", 1, 1, "power");
    private static final String NAME = "numpy_integer_power";

    /**
     * {@code def numpy_integer_power(base, exp)} on int64. Products of int64 wrap modulo 2^64, so narrowing the
     * int64 result to the loop's type gives NumPy's wraparound in that type.
     */
    static final Function FUNCTION = function();

    /** The loop body: the helper called on the two inputs widened to int64 (the loop narrows the result). */
    static UExpr body(Loop.Inputs x) {
        List<Expr> args = List.of(x.get(0).as(DType.INT64), x.get(1).as(DType.INT64));
        return UExpr.wrap(new Expr.Call(NAME, args, Type.INT64, POS));
    }

    private static Function function() {
        Var base = new Var("base", Type.INT64), exp = new Var("exp", Type.INT64), result = new Var("result", Type.INT64);
        Expr zero = new Expr.Const(0L, Type.INT64), one = new Expr.Const(1L, Type.INT64);
        List<Stmt> body = List.of(
                new Stmt.If(new Expr.Compare(CmpOp.LT, local(exp), zero), List.of(new Stmt.Raise("ValueError",
                        "Integers to negative integer powers are not allowed.", List.of(), POS)), List.of()),
                new Stmt.Assign(result, one),
                new Stmt.While(new Expr.Compare(CmpOp.NE, local(exp), zero), List.of(
                        new Stmt.If(new Expr.Compare(CmpOp.NE, binary(BinOp.BITAND, local(exp), one), zero),
                                List.of(new Stmt.Assign(result, binary(BinOp.MUL, local(result), local(base)))), List.of()),
                        new Stmt.Assign(base, binary(BinOp.MUL, local(base), local(base))),
                        new Stmt.Assign(exp, binary(BinOp.SHR, local(exp), one))), POS),
                new Stmt.Return(local(result)));
        return new Function(NAME, NAME, List.of(base, exp), Type.INT64, body, KernelProgram.NUMPY_ERRORS, POS);
    }

    private static Expr local(Var v) { return new Expr.Local(v); }

    private static Expr binary(BinOp op, Expr left, Expr right) { return new Expr.Binary(op, left, right, Type.INT64, POS); }
}
