package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.runtime.MathFn;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * NumPy's questions about a value's kind, as Numba answers them: np.isrealobj, np.iscomplexobj and np.isscalar (from
 * the type, at compile time), np.isreal, np.iscomplex, np.isposinf and np.isneginf (elementwise), np.angle ({@code deg=})
 * and np.asarray_chkfinite (ValueError for an infinity or NaN).
 */
final class ValueKinds {
    private final FunctionTyping f;
    private final ExprLowering exprs;
    private final ArrayCalls calls;

    ValueKinds(FunctionTyping f, ExprLowering exprs, ArrayCalls calls) {
        this.f = f;
        this.exprs = exprs;
        this.calls = calls;
    }

    /** The function q names, or null when q is none of them. */
    Expr call(String q, Call c) {
        String name = q.replace("numpy.", "np.");
        return switch (q) {
            case "numpy.isrealobj", "numpy.iscomplexobj" -> {
                Expr x = one(c, name, "x");
                boolean complex = dtype(x, name, c.pos()).isComplex();
                yield TypedIr.constant(q.equals("numpy.iscomplexobj") == complex, DType.BOOL);
            }
            case "numpy.isscalar" -> TypedIr.constant(one(c, name, "element").type() instanceof Type.Scalar, DType.BOOL);
            case "numpy.isreal", "numpy.iscomplex" -> {
                Expr x = one(c, name, "x");
                boolean real = q.equals("numpy.isreal");
                DType d = dtype(x, name, c.pos());
                yield elementwise(x, e -> d.isComplex()
                        ? TypedIr.compare(real ? CmpOp.EQ : CmpOp.NE, ComplexCalls.part(e, "imag", c.pos()),
                                TypedIr.constant(0L, d.part()), d.part())
                        : TypedIr.constant(real, DType.BOOL), c.pos());
            }
            case "numpy.isposinf", "numpy.isneginf" -> {
                Expr x = one(c, name, "x");
                DType d = dtype(x, name, c.pos());
                if (d.isComplex()) {
                    throw new TypingError(c.pos(), name + "() of complex values is not supported: it would be ambiguous "
                            + "(NumPy's TypeError)");
                }
                double inf = q.equals("numpy.isposinf") ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                yield elementwise(x, e -> d.isFloat() ? TypedIr.compare(CmpOp.EQ, e, TypedIr.constant(inf, d), d)
                        : TypedIr.constant(false, DType.BOOL), c.pos());
            }
            case "numpy.angle" -> angle(c, name);
            case "numpy.asarray_chkfinite" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("a"), 1);
                Expr array = f.temp(calls.array(a.get("a"), name));
                DType d = ((Type.Array) array.type()).dtype();
                if (d.isFloat() || d.isComplex()) {
                    Expr finite = BuiltinPrelude.call(f, "all_finite", List.of(ShapeCalls.ravel(array, c.pos())), c.pos());
                    Checks.raiseIf(f, TypedIr.not(finite), "ValueError", "array must not contain infs or NaNs", c.pos());
                }
                yield array;
            }
            default -> null;
        };
    }

    /**
     * np.angle(z, deg=False): atan2(z.imag, z.real) elementwise (Numba's), so 0 or pi for real values (NaN for NaN),
     * in degrees times 180/pi; in z's float precision, float64 for integers.
     */
    private Expr angle(Call c, String name) {
        Map<String, PyExpr> a = calls.bind(c, name, List.of("z", "deg"), 1);
        Expr z = exprs.lower(a.get("z"));
        DType d = dtype(z, name, a.get("z").pos());
        DType real = d.isComplex() ? d.part() : d.isFloat() ? d : DType.FLOAT64;
        Expr deg = a.containsKey("deg") ? f.temp(TypedIr.truth(exprs.lower(a.get("deg")), c.pos())) : TypedIr.constant(false, DType.BOOL);
        Expr factor = TypedIr.constant(180 / Math.PI, real);
        return elementwise(z, e -> {
            Expr radians = d.isComplex() ? ComplexCalls.apply(MathFn.C_PHASE, List.of(e), c.pos())
                    : new Expr.Intrinsic(MathFn.ATAN2, List.of(TypedIr.constant(0L, real), TypedIr.cast(e, real)), Type.scalar(real));
            if (deg instanceof Expr.Const k) {
                return (Boolean) k.value() ? TypedIr.binary(BinOp.MUL, radians, factor, real, c.pos()) : radians;
            }
            return new Expr.Select(deg, TypedIr.binary(BinOp.MUL, radians, factor, real, c.pos()), radians, Type.scalar(real));
        }, c.pos());
    }

    private Expr one(Call c, String name, String param) {
        return exprs.lower(calls.bind(c, name, List.of(param), 1).get(param));
    }

    private static DType dtype(Expr x, String name, SourcePos pos) {
        return switch (x.type()) {
            case Type.Scalar s -> s.dtype();
            case Type.Array t -> t.dtype();
            default -> throw new TypingError(pos, name + "() expects a number or an array, got " + x.type());
        };
    }

    /** body of x's elements: of an array elementwise, of a scalar once. */
    private static Expr elementwise(Expr x, Function<Expr, Expr> body, SourcePos pos) {
        if (x.type() instanceof Type.Array) return ArrayExpressions.lift(List.of(x), e -> body.apply(e.getFirst()), pos);
        return body.apply(x);
    }
}
