package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.Expr;
import io.jumba.ir.ReduceOp;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.List;
import java.util.Map;

/**
 * {@code np.clip}, {@code np.round}/{@code around}/{@code round_} with {@code decimals}, {@code np.isclose},
 * {@code np.allclose} and {@code np.array_equal}, as NumPy computes them (and the method {@code a.clip}), through prelude functions on arrays and
 * scalars alike.
 */
final class RoundingAndCloseness {
    private final FunctionTyping f;
    private final ExprLowering exprs;
    private final ArrayCalls arrays;

    RoundingAndCloseness(FunctionTyping f, ExprLowering exprs) {
        this.f = f;
        this.exprs = exprs;
        this.arrays = new ArrayCalls(f, exprs);
    }

    /** The call, or null when q is none of these (np.round of one argument is the registry's). */
    Expr call(String q, Call c) {
        String name = "np." + CallLowering.shortName(q);
        SourcePos pos = c.pos();
        return switch (q) {
            case "numpy.clip" -> {
                var a = arrays.bind(c, name, List.of("a", "a_min", "a_max"), 3);
                yield clip(value(a.get("a")), a, pos);
            }
            case "numpy.round", "numpy.around", "numpy.round_" -> {
                if (c.args().size() < 2 && c.keywords().isEmpty()) yield null;
                var a = arrays.bind(c, name, List.of("a", "decimals"), 1);
                Expr x = value(a.get("a"));
                Expr decimals = a.containsKey("decimals") ? arrays.integer(a.get("decimals"), name) : TypedIr.i64(0);
                yield round(x, decimals, pos);
            }
            case "numpy.isclose", "numpy.allclose" -> {
                var a = arrays.bind(c, name, List.of("a", "b", "rtol", "atol", "equal_nan"), 2);
                Expr close = BuiltinPrelude.call(f, "np_isclose", List.of(value(a.get("a")), value(a.get("b")),
                        real(a, "rtol", 1e-05, name), real(a, "atol", 1e-08, name),
                        a.containsKey("equal_nan") ? TypedIr.truth(exprs.lower(a.get("equal_nan")), pos)
                                : new Expr.Const(false, Type.BOOL)), pos);
                if (q.equals("numpy.isclose") || !(close.type() instanceof Type.Array)) yield close;
                yield new Expr.Reduce(ReduceOp.ALL, close, null, Type.BOOL, pos);
            }
            case "numpy.array_equal" -> {
                var a = arrays.bind(c, name, List.of("a1", "a2"), 2);
                Expr x = arrays.array(a.get("a1"), name), y = arrays.array(a.get("a2"), name);
                if (((Type.Array) x.type()).ndim() != ((Type.Array) y.type()).ndim()) yield new Expr.Const(false, Type.BOOL);
                yield BuiltinPrelude.call(f, "array_equal", List.of(x, y), pos);
            }
            default -> null;
        };
    }

    /** The method {@code a.clip(a_min, a_max)}, np.clip of the array; null for other methods. */
    Expr method(Expr receiver, String method, Call c) {
        if (!method.equals("clip")) return null;
        return clip(receiver, arrays.bind(c, "array.clip", List.of("a_min", "a_max"), 2), c.pos());
    }

    private Expr clip(Expr x, Map<String, PyExpr> a, SourcePos pos) {
        return BuiltinPrelude.call(f, "clip", List.of(x, value(a.get("a_min")), value(a.get("a_max"))), pos);
    }

    /**
     * Floats rounded in their type; integers through float64 and back, as NumPy's negative decimals do; complex
     * values part by part, as NumPy (Numba has no complex round).
     */
    private Expr round(Expr x, Expr decimals, SourcePos pos) {
        DType d = x.type() instanceof Type.Array at ? at.dtype() : TypedIr.dtype(x);
        if (d.isComplex()) {
            Expr v = f.temp(x), n = f.temp(decimals);
            Expr re = round(ComplexCalls.part(v, "real", pos), n, pos), im = round(ComplexCalls.part(v, "imag", pos), n, pos);
            java.util.function.Function<List<Expr>, Expr> join =
                    e -> TypedIr.cast(ComplexCalls.apply(io.jumba.runtime.MathFn.C_NEW, e, pos), d);
            return v.type() instanceof Type.Array ? ArrayExpressions.lift(List.of(re, im), join::apply, pos)
                    : join.apply(List.of(re, im));
        }
        if (d == DType.FLOAT32) return BuiltinPrelude.call(f, "round_decimals_f32", List.of(x, decimals), pos);
        if (d.isFloat()) return BuiltinPrelude.call(f, "round_decimals", List.of(x, decimals), pos);
        Expr asFloat = x.type() instanceof Type.Array ? ArrayExpressions.lift(List.of(x), e -> TypedIr.cast(e.getFirst(),
                DType.FLOAT64), pos) : TypedIr.cast(x, DType.FLOAT64);
        Expr rounded = BuiltinPrelude.call(f, "round_decimals", List.of(asFloat, decimals), pos);
        return rounded.type() instanceof Type.Array ? ArrayExpressions.lift(List.of(rounded), e -> TypedIr.cast(e.getFirst(), d), pos)
                : TypedIr.cast(rounded, d);
    }

    private Expr value(PyExpr arg) {
        Expr e = exprs.lower(arg);
        if (!(e.type() instanceof Type.Array) && !(e.type() instanceof Type.Scalar)) {
            throw new io.jumba.diag.TypingError(arg.pos(), "expected an array or a number, got " + e.type());
        }
        return e;
    }

    private Expr real(Map<String, PyExpr> a, String name, double otherwise, String function) {
        if (!a.containsKey(name)) return TypedIr.constant(otherwise, DType.FLOAT64);
        return TypedIr.cast(arrays.scalar(a.get(name), function), DType.FLOAT64);
    }
}
