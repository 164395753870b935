package io.jumba.testing;

import io.jumba.array.DType;
import io.jumba.frontend.KernelOptions;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.runtime.MathFn;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.Arrays;
import java.util.List;

/**
 * Test-only shorthands for building typed IR by hand, shared by core's tests and (through core's test-jar) the
 * vectorize module's.
 */
public final class Ir {
    private Ir() {}

    public static final Type.Scalar I64 = Type.INT64, F64 = Type.FLOAT64, BOOL = Type.BOOL;
    public static final Type.Scalar I32 = Type.scalar(DType.INT32), I16 = Type.scalar(DType.INT16),
            I8 = Type.scalar(DType.INT8), U8 = Type.scalar(DType.UINT8), F32 = Type.scalar(DType.FLOAT32);

    /** A position on line {@code line} of a fake source file, so tests can check where errors point. */
    public static SourcePos pos(int line) { return new SourcePos("kernel.py", line, 5, "    line " + line); }

    public static Var var(String name, Type t) { return new Var(name, t); }

    public static Expr.Local l(Var v) { return new Expr.Local(v); }

    public static Expr.Const i64(long v) { return new Expr.Const(v, I64); }

    public static Expr.Const c(long v, Type.Scalar t) { return new Expr.Const(v, t); }

    public static Expr.Const f64(double v) { return new Expr.Const(v, F64); }

    public static Expr.Const f32(double v) { return new Expr.Const((double) (float) v, F32); }

    public static Expr.Const bool(boolean v) { return new Expr.Const(v, BOOL); }

    public static Expr.Binary bin(BinOp op, Expr a, Expr b) { return bin(op, a, b, 1); }

    public static Expr.Binary bin(BinOp op, Expr a, Expr b, int line) {
        return new Expr.Binary(op, a, b, (Type.Scalar) a.type(), pos(line));
    }

    public static Expr.Compare cmp(CmpOp op, Expr a, Expr b) { return new Expr.Compare(op, a, b); }

    public static Expr.Cast cast(Expr e, Type.Scalar t) { return new Expr.Cast(e, t); }

    public static Expr.Intrinsic call(MathFn fn, Type.Scalar result, Expr... args) {
        return new Expr.Intrinsic(fn, List.of(args), result);
    }

    public static Expr.Load load(Expr array, int line, Expr... idx) { return new Expr.Load(array, List.of(idx), pos(line)); }

    public static Type.Array arr(DType d, int ndim) { return Type.array(d, ndim, Layout.C); }

    public static Type.Array arrA(DType d, int ndim) { return Type.array(d, ndim, Layout.A); }

    public static Stmt.Assign set(Var v, Expr e) { return new Stmt.Assign(v, e); }

    public static Stmt.Store store(Expr array, Expr value, int line, Expr... idx) {
        return new Stmt.Store(array, List.of(idx), value, pos(line));
    }

    public static Stmt.Return ret(Expr e) { return new Stmt.Return(e); }

    public static Stmt.If when(Expr cond, List<Stmt> then, List<Stmt> otherwise) { return new Stmt.If(cond, then, otherwise); }

    public static Stmt.ForRange loop(Var i, Expr start, Expr stop, Expr step, Stmt... body) {
        return new Stmt.ForRange(i, start, stop, step, List.of(body), false, pos(1));
    }

    public static Stmt.While whileLoop(Expr cond, Stmt... body) { return new Stmt.While(cond, List.of(body), pos(1)); }

    public static Function fn(String name, List<Var> params, Type ret, Stmt... body) {
        return fn(name, KernelOptions.DEFAULT, params, ret, body);
    }

    public static Function fn(String name, KernelOptions options, List<Var> params, Type ret, Stmt... body) {
        return new Function(name, name, params, ret, Arrays.asList(body), options, pos(1));
    }

    public static Program program(Function entry, Function... others) { return new Program(entry, List.of(others)); }

    public static final KernelOptions NUMPY_ERRORS = new KernelOptions(false, false, "numpy", false, false, false);

    // ---- one-dimensional loop kernels, as the SIMD tests write them ---------------------------------------------

    /** A 1-d array parameter of any layout. */
    public static Var arrayVar(String name, DType d) { return new Var(name, Type.array(d, 1, Layout.A)); }

    /** A 2-d C-contiguous array parameter. */
    public static Var matrixVar(String name, DType d) { return new Var(name, Type.array(d, 2, Layout.C)); }

    public static Var scalarVar(String name, DType d) { return new Var(name, Type.scalar(d)); }

    public static Expr.Const c(long v, DType d) { return new Expr.Const(v, Type.scalar(d)); }

    public static Expr.Load load(Var a, Expr... idx) { return new Expr.Load(l(a), List.of(idx), pos(0)); }

    public static Stmt.Store store(Var a, Expr value, Expr... idx) { return new Stmt.Store(l(a), List.of(idx), value, pos(0)); }

    /** A math function of its first argument's type. */
    public static Expr.Intrinsic math(MathFn f, Expr... args) {
        return new Expr.Intrinsic(f, List.of(args), (Type.Scalar) args[0].type());
    }

    public static Expr.Cast cast(Expr e, DType d) { return new Expr.Cast(e, Type.scalar(d)); }

    public static Expr.Dim dim(Var a, int axis) { return new Expr.Dim(l(a), axis); }

    /** {@code for i in range(stop)} on the given line. */
    public static Stmt.ForRange forRange(Var i, Expr stop, int line, Stmt... body) {
        return new Stmt.ForRange(i, i64(0), stop, i64(1), List.of(body), false, pos(line));
    }

    public static Program program(String name, List<Var> params, Type ret, KernelOptions options, Stmt... body) {
        return program(fn(name, options, params, ret, body));
    }

    public static Program program(String name, List<Var> params, Type ret, Stmt... body) {
        return program(name, params, ret, KernelOptions.DEFAULT, body);
    }
}
