package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.frontend.ast.PyExpr.StrLit;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.List;
import java.util.Map;

/**
 * NumPy's convolve and correlate (1-d arrays, {@code mode=} 'valid', 'same' or 'full') and cov and corrcoef
 * ({@code y=}, {@code rowvar=}, {@code bias=}, {@code ddof=}; 1-d and 2-d arrays), compiled from Python
 * ({@link BuiltinPrelude}) after the argument checks here. Results are float64 for cov and corrcoef, the promoted
 * dtype of the operands for convolve and correlate, as NumPy.
 */
final class Correlations {
    private static final List<String> MODES = List.of("valid", "same", "full");

    private final FunctionTyping f;
    private final ExprLowering exprs;
    private final ArrayCalls calls;

    Correlations(FunctionTyping f, ExprLowering exprs, ArrayCalls calls) {
        this.f = f;
        this.exprs = exprs;
        this.calls = calls;
    }

    /** The function q names, or null when q is none of them. */
    Expr call(String q, Call c) {
        String name = q.replace("numpy.", "np.");
        return switch (q) {
            case "numpy.convolve", "numpy.correlate" -> slide(q.equals("numpy.convolve"), c, name);
            case "numpy.cov" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("m", "y", "rowvar", "bias", "ddof"), 1);
                yield covariance(a, name, c.pos());
            }
            case "numpy.corrcoef" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("x", "y", "rowvar"), 1);
                Expr cov = covarianceOf(a.get("x"), a.get("y"), a.get("rowvar"), null, null, name, c.pos());
                yield cov.type() instanceof Type.Scalar ? prelude("ratio", List.of(cov), c.pos())
                        : prelude("corrcoef", List.of(cov), c.pos());
            }
            default -> null;
        };
    }

    private Expr slide(boolean convolve, Call c, String name) {
        Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "v", "mode"), 2);
        Expr l = vector(calls.array(a.get("a"), name), a.get("a").pos(), name);
        Expr r = vector(calls.array(a.get("v"), name), a.get("v").pos(), name);
        DType d = DType.promote(((Type.Array) l.type()).dtype(), ((Type.Array) r.type()).dtype());
        if (d == DType.BOOL || d.isComplex()) throw new TypingError(c.pos(), name + "() supports integer and float arrays here, got " + d);
        String mode = convolve ? "full" : "valid";
        if (a.containsKey("mode")) {
            if (!(a.get("mode") instanceof StrLit s) || !MODES.contains(s.value())) {
                throw new TypingError(a.get("mode").pos(), name + "() expects mode to be one of " + MODES + " as a string literal");
            }
            mode = s.value();
        }
        l = f.temp(ArrayExpressions.toDType(l, d, c.pos()));
        r = f.temp(ArrayExpressions.toDType(r, d, c.pos()));
        Checks.raiseIf(f, TypedIr.compare(CmpOp.EQ, new Expr.Dim(l, 0), TypedIr.i64(0), DType.INT64), "ValueError",
                "'a' cannot be empty", c.pos());
        Checks.raiseIf(f, TypedIr.compare(CmpOp.EQ, new Expr.Dim(r, 0), TypedIr.i64(0), DType.INT64), "ValueError",
                "'v' cannot be empty", c.pos());
        return prelude(convolve ? "convolve" : "correlate", List.of(l, r, TypedIr.i64(MODES.indexOf(mode))), c.pos());
    }

    private Expr covariance(Map<String, PyExpr> a, String name, SourcePos pos) {
        PyExpr ddof = a.get("ddof") instanceof PyExpr.NoneLit ? null : a.get("ddof");
        return covarianceOf(a.get("m"), a.get("y"), a.get("rowvar"), a.get("bias"), ddof, name, pos);
    }

    /**
     * NumPy's cov of m (and y): a 2-d float64 array, or the variance as a float64 when m is 1-d and y is absent
     * (NumPy and Numba give a 0-d array there).
     */
    private Expr covarianceOf(PyExpr mArg, PyExpr yArg, PyExpr rowvarArg, PyExpr biasArg, PyExpr ddofArg, String name,
                              SourcePos pos) {
        Expr m = matrixOperand(calls.array(mArg, name), mArg.pos(), "m", name);
        boolean single = ((Type.Array) m.type()).ndim() == 1 && (yArg == null || yArg instanceof PyExpr.NoneLit);
        Expr rowvar = rowvarArg == null ? TypedIr.constant(true, DType.BOOL) : TypedIr.truth(exprs.lower(rowvarArg), pos);
        Expr bias = biasArg == null ? TypedIr.constant(false, DType.BOOL) : TypedIr.truth(exprs.lower(biasArg), pos);
        Expr ddof = TypedIr.constant(0.0, DType.FLOAT64);
        if (ddofArg != null) {
            Expr d = calls.scalar(ddofArg, name);
            if (TypedIr.dtype(d).isComplex()) throw new TypingError(ddofArg.pos(), name + "() expects ddof as a real number");
            ddof = f.temp(TypedIr.cast(d, DType.FLOAT64));
            if (TypedIr.dtype(d).isFloat()) {
                Checks.raiseIf(f, TypedIr.not(isFinite(ddof)), "ValueError", "Cannot convert non-finite ddof to integer", pos);
                Checks.raiseIf(f, TypedIr.compare(CmpOp.NE, ddof, new Expr.Intrinsic(io.jumba.runtime.MathFn.TRUNC, List.of(ddof),
                        Type.scalar(DType.FLOAT64)), DType.FLOAT64), "ValueError", "ddof must be integral value", pos);
            }
        }
        Expr rows;
        boolean mIs2d = ((Type.Array) m.type()).ndim() == 2;
        m = rows2d(m, pos);
        if (yArg == null || yArg instanceof PyExpr.NoneLit) {
            rows = f.temp(prelude("cov_rows", List.of(m, rowvar), pos));
            if (mIs2d) {
                // NumPy squeezes a single variable's 1x1 result to a 0-d array, a type fixed only at run time
                Checks.raiseIf(f, TypedIr.compare(CmpOp.EQ, new Expr.Dim(rows, 0), TypedIr.i64(1), DType.INT64), "ValueError",
                        "2D array containing a single row is unsupported due to ambiguity in type inference. To use "
                                + name + " in this case simply pass the row as a 1D array, i.e. m[0].", pos);
            }
        } else {
            Expr y = rows2d(matrixOperand(calls.array(yArg, name), yArg.pos(), "y", name), pos);
            Expr mr = f.temp(prelude("cov_rows", List.of(m, rowvar), pos));
            Expr yr = f.temp(prelude("cov_rows", List.of(y, rowvar), pos));
            Checks.raiseIf(f, TypedIr.compare(CmpOp.NE, new Expr.Dim(mr, 1), new Expr.Dim(yr, 1), DType.INT64), "ValueError",
                    "all the input array dimensions except for the concatenation axis must match exactly", pos);
            rows = prelude("cov_stack", List.of(mr, yr, TypedIr.constant(true, DType.BOOL)), pos);
        }
        Expr cov = prelude("cov", List.of(rows, bias, ddof, TypedIr.constant(ddofArg != null, DType.BOOL)), pos);
        if (!single) return cov;
        Expr matrix = f.temp(cov);
        return new Expr.Load(matrix, List.of(TypedIr.i64(0), TypedIr.i64(0)), pos);
    }

    /** A 1-d or 2-d array of numbers, as float64. */
    private static Expr matrixOperand(Expr e, SourcePos pos, String param, String name) {
        Type.Array t = (Type.Array) e.type();
        if (t.ndim() < 1 || t.ndim() > 2) throw new TypingError(pos, name + "(): " + param + " has more than 2 dimensions");
        if (t.dtype().isComplex()) throw new TypingError(pos, name + "() supports real arrays here, got " + t.dtype());
        return ArrayExpressions.toDType(e, DType.FLOAT64, pos);
    }

    /** e as a 2-d array: a 1-d one becomes a single row, as NumPy's ndmin=2. */
    private Expr rows2d(Expr e, SourcePos pos) {
        return ((Type.Array) e.type()).ndim() == 2 ? e : prelude("row", List.of(e), pos);
    }

    private static Expr isFinite(Expr x) {
        return new Expr.Intrinsic(io.jumba.runtime.MathFn.ISFINITE, List.of(x), Type.scalar(DType.BOOL));
    }

    private Expr prelude(String function, List<Expr> args, SourcePos pos) {
        return BuiltinPrelude.call(f, function, args, pos);
    }

    /** e, which must be a 1-d array. */
    private static Expr vector(Expr e, SourcePos pos, String name) {
        if (((Type.Array) e.type()).ndim() != 1) throw new TypingError(pos, name + "() only supported on 1D arrays, got " + e.type());
        return e;
    }
}
