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

import java.util.ArrayList;
import java.util.List;

/**
 * NumPy's integer {@code power} loop: square-and-multiply that wraps around in the loop's type, and a negative
 * exponent raises ValueError. Jumba's IR {@code **} on ints is Numba's {@code int_power_impl} instead (its result
 * passes through float64, so big powers lose their low bits, and a negative exponent gives 0), which is right for
 * Python kernels but not for {@code np.power}; hence this helper function, which the int loops call: the signed one
 * on int64 for every loop but uint64's, and an unsigned one on uint64 whose exponents are never negative (2**63 and
 * up included: its shift is logical).
 */
enum IntegerPower {
    /** On int64: the int8 … int64 and uint8 … uint32 loops (their values are exact in int64). */
    SIGNED(DType.INT64, "numpy_integer_power"),
    /** On uint64: the uint64 loop. */
    UNSIGNED(DType.UINT64, "numpy_unsigned_power");

    private final SourcePos pos = new SourcePos("<ufunc power>", 1, 1, "power");
    private final Type.Scalar type;
    private final String name;
    private final Function function;

    IntegerPower(DType dtype, String name) {
        this.type = Type.scalar(dtype);
        this.name = name;
        this.function = build();
    }

    /**
     * {@code def name(base, exp)} in this helper's type. Products wrap modulo 2^64, so narrowing the result to the
     * loop's type gives NumPy's wraparound in that type.
     */
    Function function() { return function; }

    /** The loop body: the helper called on the two inputs converted to its type (the loop narrows the result). */
    UExpr body(Loop.Inputs x) {
        List<Expr> args = List.of(x.get(0).as(type.dtype()), x.get(1).as(type.dtype()));
        return UExpr.wrap(new Expr.Call(name, args, type, pos));
    }

    private Function build() {
        Var base = new Var("base", type), exp = new Var("exp", type), result = new Var("result", type);
        Expr zero = new Expr.Const(0L, type), one = new Expr.Const(1L, type);
        List<Stmt> body = new ArrayList<>();
        if (type.dtype().isSigned()) {
            body.add(new Stmt.If(new Expr.Compare(CmpOp.LT, local(exp), zero), List.of(new Stmt.Raise("ValueError",
                    "Integers to negative integer powers are not allowed.", List.of(), pos)), List.of()));
        }
        body.add(new Stmt.Assign(result, one));
        body.add(new Stmt.While(new Expr.Compare(CmpOp.NE, local(exp), zero), List.of(
                new Stmt.If(new Expr.Compare(CmpOp.NE, binary(BinOp.BITAND, local(exp), one), zero),
                        List.of(new Stmt.Assign(result, binary(BinOp.MUL, local(result), local(base)))), List.of()),
                new Stmt.Assign(base, binary(BinOp.MUL, local(base), local(base))),
                new Stmt.Assign(exp, binary(BinOp.SHR, local(exp), one))), pos));
        body.add(new Stmt.Return(local(result)));
        return new Function(name, name, List.of(base, exp), type, List.copyOf(body), KernelProgram.NUMPY_ERRORS, pos);
    }

    private static Expr local(Var v) { return new Expr.Local(v); }

    private Expr binary(BinOp op, Expr left, Expr right) { return new Expr.Binary(op, left, right, type, pos); }
}
