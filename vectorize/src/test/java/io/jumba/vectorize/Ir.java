package io.jumba.vectorize;

import io.jumba.array.DType;
import io.jumba.frontend.KernelOptions;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.runtime.MathFn;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.List;

/** Terse builders for hand-written test IR. */
final class Ir {
    private Ir() {}

    static SourcePos at(int line) { return new SourcePos("kernel.py", line, 5, "for i in range(n):"); }

    static Var arr(String name, DType d) { return new Var(name, Type.array(d, 1, Layout.A)); }

    static Var arr2(String name, DType d) { return new Var(name, Type.array(d, 2, Layout.C)); }

    static Var scalar(String name, DType d) { return new Var(name, Type.scalar(d)); }

    static Expr.Local l(Var v) { return new Expr.Local(v); }

    static Expr.Const f64(double v) { return new Expr.Const(v, Type.FLOAT64); }

    static Expr.Const c(long v, DType d) { return new Expr.Const(v, Type.scalar(d)); }

    static Expr.Const i64(long v) { return c(v, DType.INT64); }

    static Expr load(Var a, Expr... idx) { return new Expr.Load(l(a), List.of(idx), at(0)); }

    static Stmt store(Var a, Expr value, Expr... idx) { return new Stmt.Store(l(a), List.of(idx), value, at(0)); }

    static Expr bin(BinOp op, Expr a, Expr b) { return new Expr.Binary(op, a, b, (Type.Scalar) a.type(), at(0)); }

    static Expr cmp(CmpOp op, Expr a, Expr b) { return new Expr.Compare(op, a, b); }

    static Expr fn(MathFn f, Expr... args) { return new Expr.Intrinsic(f, List.of(args), (Type.Scalar) args[0].type()); }

    static Expr cast(Expr e, DType d) { return new Expr.Cast(e, Type.scalar(d)); }

    static Expr dim(Var a, int axis) { return new Expr.Dim(l(a), axis); }

    static Stmt assign(Var v, Expr e) { return new Stmt.Assign(v, e); }

    static Stmt forRange(Var i, Expr stop, int line, Stmt... body) {
        return new Stmt.ForRange(i, i64(0), stop, i64(1), List.of(body), false, at(line));
    }

    static Program program(String name, List<Var> params, Type ret, KernelOptions options, Stmt... body) {
        Function f = new Function(name, name, params, ret, List.of(body), options, at(1));
        return new Program(f, List.of());
    }

    static Program program(String name, List<Var> params, Type ret, Stmt... body) {
        return program(name, params, ret, KernelOptions.DEFAULT, body);
    }
}
