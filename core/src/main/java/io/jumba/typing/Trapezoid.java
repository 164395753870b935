package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.List;
import java.util.Map;

/**
 * np.trapz (Numba 0.56's name; NumPy 2's np.trapezoid): the trapezoidal rule along the last axis,
 * {@code sum(d * (y[1:] + y[:-1]) / 2.0)} with d the differences of the sample points x (1-d, of the axis's length)
 * or the spacing dx, compiled from Python ({@link BuiltinPrelude}); N-d y gives one value per run along the last axis.
 */
final class Trapezoid {
    private final FunctionTyping f;
    private final ExprLowering exprs;
    private final ArrayCalls calls;

    Trapezoid(FunctionTyping f, ExprLowering exprs, ArrayCalls calls) {
        this.f = f;
        this.exprs = exprs;
        this.calls = calls;
    }

    /** The function q names, or null when q is neither name. */
    Expr call(String q, Call c) {
        if (!q.equals("numpy.trapz") && !q.equals("numpy.trapezoid")) return null;
        String name = q.replace("numpy.", "np.");
        Map<String, PyExpr> a = calls.bind(c, name, List.of("y", "x", "dx"), 1);
        Expr y = calls.array(a.get("y"), name);
        Type.Array t = (Type.Array) y.type();
        if (t.ndim() == 0) throw new TypingError(a.get("y").pos(), name + "() of a 0-d array: there is no axis to integrate along");
        if (t.dtype().isComplex()) throw new TypingError(a.get("y").pos(), name + "() of complex arrays is not supported here");
        // NumPy's result type: y's float type (float32 stays), with x's float type when x is given
        DType d = t.dtype() == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
        PyExpr xArg = a.get("x");
        if (xArg != null && !(xArg instanceof PyExpr.NoneLit) && exprs.lower(xArg).type() instanceof Type.Array xt
                && xt.dtype() != DType.FLOAT32) {
            d = DType.FLOAT64;
        }
        y = f.temp(ArrayExpressions.toDType(y, DType.FLOAT64, c.pos()));
        Expr n = f.temp(new Expr.Dim(y, t.ndim() - 1));
        Expr steps = f.temp(steps(a, n, name, c.pos()));
        Expr rows = t.ndim() == 1 ? y : AlongAxis.rows(y, t.ndim() - 1, c.pos());
        Expr result = BuiltinPrelude.call(f, t.ndim() == 1 ? "trapezoid" : "trapezoid_rows", List.of(rows, steps), c.pos());
        if (t.ndim() > 1) result = AlongAxis.perLane(f.temp(result), y, t.ndim() - 1, c.pos());
        return ArrayExpressions.toDType(result, d, c.pos());
    }

    /** The n - 1 widths: np.diff(x) of 1-d x of length n (ValueError otherwise, as NumPy's broadcast), else dx. */
    private Expr steps(Map<String, PyExpr> a, Expr n, String name, SourcePos pos) {
        PyExpr xArg = a.get("x");
        if (xArg != null && !(xArg instanceof PyExpr.NoneLit)) {
            Expr x = calls.array(xArg, name);
            Type.Array xt = (Type.Array) x.type();
            if (xt.ndim() != 1 || xt.dtype().isComplex()) {
                throw new TypingError(xArg.pos(), name + "() takes x as a 1-d real array here, got " + xt);
            }
            x = f.temp(ArrayExpressions.toDType(x, DType.FLOAT64, pos));
            Checks.raiseIf(f, TypedIr.compare(CmpOp.NE, new Expr.Dim(x, 0), n, DType.INT64), "ValueError",
                    "operands could not be broadcast together: x has {} points, y {} along its last axis",
                    List.of(new Expr.Dim(x, 0), n), pos);
            return BuiltinPrelude.call(f, "trapezoid_widths", List.of(x), pos);
        }
        Expr dx = a.containsKey("dx") ? calls.scalar(a.get("dx"), name) : TypedIr.constant(1.0, DType.FLOAT64);
        if (TypedIr.dtype(dx).isComplex()) throw new TypingError(a.get("dx").pos(), name + "() takes a real dx here");
        return BuiltinPrelude.call(f, "trapezoid_spacing", List.of(TypedIr.cast(dx, DType.FLOAT64), n), pos);
    }
}
