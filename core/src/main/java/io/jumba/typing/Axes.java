package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.source.SourcePos;

import java.util.List;

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
}
