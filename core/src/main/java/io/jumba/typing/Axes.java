package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.List;
import java.util.function.IntFunction;

/** Axis arguments of NumPy functions: a constant checked at compile time, or a run-time value checked when it runs. */
final class Axes {
    private Axes() {}

    /** A constant axis wrapped into {@code [0, ndim)}; a TypingError at pos when it is out of bounds, as NumPy's AxisError. */
    static int normalize(long axis, int ndim, SourcePos pos) {
        long k = axis < 0 ? axis + ndim : axis;
        if (k < 0 || k >= ndim) {
            throw new TypingError(pos, "axis " + axis + " is out of bounds for array of dimension " + ndim);
        }
        return (int) k;
    }

    /**
     * A run-time axis wrapped into {@code [0, ndim)}: code that raises ValueError (Numba's answer; NumPy raises its
     * AxisError subclass) when it is out of bounds, then the wrapped value.
     */
    static Expr wrapAtRuntime(FunctionTyping f, Expr axis, int ndim, SourcePos pos) {
        Expr given = f.temp(axis);
        Expr wrapped = f.temp(new Expr.Select(TypedIr.compare(CmpOp.LT, given, TypedIr.i64(0), DType.INT64),
                TypedIr.binary(BinOp.ADD, given, TypedIr.i64(ndim), DType.INT64, pos), given, given.type()));
        Expr outside = new Expr.Logical(false, TypedIr.compare(CmpOp.LT, wrapped, TypedIr.i64(0), DType.INT64),
                TypedIr.compare(CmpOp.GE, wrapped, TypedIr.i64(ndim), DType.INT64));
        f.emit(new Stmt.If(outside, List.of(new Stmt.Raise("ValueError",
                "axis {} is out of bounds for array of dimension " + ndim, List.of(given), pos)), List.of()));
        return wrapped;
    }

    /**
     * A value along an axis known only at run time: the axis is checked ({@link #wrapAtRuntime}), then one branch per
     * axis computes only its own value (each branch's statements stay in it) into one result of type result.
     */
    static Expr select(FunctionTyping f, Expr axisValue, int ndim, Type result, IntFunction<Expr> along, SourcePos pos) {
        Expr axis = f.temp(wrapAtRuntime(f, TypedIr.cast(axisValue, DType.INT64), ndim, pos));
        io.jumba.ir.Var out = f.freshVar(result);
        List<Stmt> chain = List.of();
        for (int k = ndim - 1; k >= 0; k--) {
            int fixed = k;
            List<Stmt> branch = f.collect(() -> f.emit(new Stmt.Assign(out, along.apply(fixed))));
            chain = k == ndim - 1 ? branch
                    : List.of(new Stmt.If(TypedIr.compare(CmpOp.EQ, axis, TypedIr.i64(k), DType.INT64), branch, chain));
        }
        chain.forEach(f::emit);
        return new Expr.Local(out);
    }
}
