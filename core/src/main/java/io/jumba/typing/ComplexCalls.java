package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.ShapeOp;
import io.jumba.runtime.MathFn;
import io.jumba.runtime.MathTyping;
import io.jumba.runtime.ScalarImplementation;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Types the complex functions as Numba does: {@code complex(re, im)}, {@code abs}, {@code .real}, {@code .imag},
 * {@code .conjugate()}, {@code cmath.*}, and the NumPy functions that have complex loops ({@code np.exp},
 * {@code np.abs}, {@code np.real}, ...) on complex scalars and arrays (elementwise). A complex64 operand keeps
 * complex64 (its parts float32); a real operand of a {@code cmath} function becomes complex128.
 */
final class ComplexCalls {
    private ComplexCalls() {}

    /** The complex function behind a registered real one, for calls such as np.exp(z). */
    private static final Map<MathFn, MathFn> ON_COMPLEX = Map.ofEntries(
            Map.entry(MathFn.ABS, MathFn.C_ABS), Map.entry(MathFn.EXP, MathFn.C_EXP), Map.entry(MathFn.LOG, MathFn.C_LOG),
            Map.entry(MathFn.LOG10, MathFn.C_LOG10), Map.entry(MathFn.SQRT, MathFn.C_SQRT),
            Map.entry(MathFn.SIN, MathFn.C_SIN), Map.entry(MathFn.COS, MathFn.C_COS), Map.entry(MathFn.TAN, MathFn.C_TAN),
            Map.entry(MathFn.SINH, MathFn.C_SINH), Map.entry(MathFn.COSH, MathFn.C_COSH),
            Map.entry(MathFn.TANH, MathFn.C_TANH), Map.entry(MathFn.ASIN, MathFn.C_ASIN),
            Map.entry(MathFn.ACOS, MathFn.C_ACOS), Map.entry(MathFn.ATAN, MathFn.C_ATAN),
            Map.entry(MathFn.ASINH, MathFn.C_ASINH), Map.entry(MathFn.ACOSH, MathFn.C_ACOSH),
            Map.entry(MathFn.ATANH, MathFn.C_ATANH), Map.entry(MathFn.ISNAN, MathFn.C_ISNAN),
            Map.entry(MathFn.ISINF, MathFn.C_ISINF), Map.entry(MathFn.ISFINITE, MathFn.C_ISFINITE),
            Map.entry(MathFn.TRUE_DIVIDE, MathFn.C_TRUE_DIVIDE));

    static boolean isComplex(Expr e) {
        return switch (e.type()) {
            case Type.Scalar s -> s.dtype().isComplex();
            case Type.Array a -> a.dtype().isComplex();
            default -> false;
        };
    }

    /** Whether a call of fn with these arguments is complex: a cmath function, or complex operands. */
    static boolean applies(MathFn fn, List<Expr> args) {
        return fn.typing() == MathTyping.COMPLEX || args.stream().anyMatch(ComplexCalls::isComplex);
    }

    /** fn called by the name q (cmath.exp, numpy.exp, abs) on complex scalars, or elementwise on arrays. */
    static Expr math(String q, MathFn fn, List<Expr> args, SourcePos pos) {
        MathFn c = fn.typing() == MathTyping.COMPLEX ? fn : ON_COMPLEX.get(fn);
        // fabs shares abs's registry entry, but NumPy and Python have no complex fabs (TypeError), nor does Numba
        if (c == null || q.endsWith(".fabs")) {
            String name = q.startsWith("numpy.") ? "np." + q.substring(6) : q;
            throw new TypingError(pos, name + "() of complex values is not supported (Jumba has abs, exp, log, log10, sqrt,"
                    + " sin, cos, tan, arcsin, arccos, arctan, sinh, cosh, tanh, arcsinh, arccosh, arctanh, isnan, isinf,"
                    + " isfinite on them)");
        }
        if (c.arity != args.size()) {
            throw new TypingError(pos, q + "() takes " + c.arity + " argument(s), got " + args.size());
        }
        if (args.stream().anyMatch(a -> a.type() instanceof Type.Array)) {
            return ArrayExpressions.lift(args, e -> apply(c, e, pos), pos);
        }
        for (Expr a : args) {
            if (!(a.type() instanceof Type.Scalar)) throw new TypingError(pos, q + "() expects a number, got " + a.type());
        }
        return apply(c, args, pos);
    }

    /**
     * A complex function on scalars: complex arguments in their common complex type (complex128 from reals), real
     * arguments (rect, complex()) in float64; the result in that precision.
     */
    static Expr apply(MathFn fn, List<Expr> args, SourcePos pos) {
        ScalarImplementation.OnComplex impl = (ScalarImplementation.OnComplex) fn.scalar();
        DType common = DType.BOOL;
        for (Expr a : args) common = DType.promote(common, TypedIr.dtype(a));
        DType in = impl.realArguments() ? DType.FLOAT64 : common.isComplex() ? common : DType.COMPLEX128;
        if (impl.realArguments() && common.isComplex()) {
            throw new TypingError(pos, fn.name().substring(2).toLowerCase() + "() takes real arguments, got complex");
        }
        List<Expr> cast = new ArrayList<>();
        for (Expr a : args) cast.add(TypedIr.cast(a, in));
        DType precision = impl.realArguments() ? DType.COMPLEX128 : in;
        DType result = switch (impl.result()) {
            case COMPLEX -> precision;
            case REAL -> precision.part();
            case BOOL -> DType.BOOL;
        };
        return new Expr.Intrinsic(fn, cast, Type.scalar(result));
    }

    /** {@code complex(x)} / {@code complex(re, im)} of numbers. */
    static Expr construct(List<Expr> args, SourcePos pos) {
        if (args.isEmpty() || args.size() > 2) {
            throw new TypingError(pos, "complex() takes 1 or 2 arguments, got " + args.size());
        }
        for (Expr a : args) {
            if (!(a.type() instanceof Type.Scalar)) throw new TypingError(pos, "complex() expects numbers, got " + a.type());
        }
        if (args.size() == 1) return TypedIr.cast(args.getFirst(), DType.COMPLEX128);
        if (args.stream().anyMatch(ComplexCalls::isComplex)) {
            throw new TypingError(pos, "complex() of complex arguments is not supported (write a + b * 1j)");
        }
        return apply(MathFn.C_NEW, args, pos);
    }

    /**
     * {@code x.real} / {@code x.imag} (and np.real, np.imag): of a complex scalar its part, of a complex array a view
     * of its parts that writes through (a float array sharing the complex storage, as NumPy's and Numba's); of a real
     * number the number itself or a zero of its type, of a real array the array itself (as NumPy) or new zeros.
     */
    static Expr part(Expr value, String which, SourcePos pos) {
        boolean real = which.equals("real");
        return switch (value.type()) {
            case Type.Scalar s when s.dtype().isComplex() -> apply(real ? MathFn.C_REAL : MathFn.C_IMAG, List.of(value), pos);
            case Type.Scalar s -> real ? value : TypedIr.constant(0L, s.dtype().isBool() ? DType.BOOL : s.dtype());
            case Type.Array a when a.dtype().isComplex() -> new Expr.ShapeView(real ? ShapeOp.REAL : ShapeOp.IMAG, value,
                    List.of(), Type.array(a.dtype().part(), a.ndim(), Layout.A), pos);
            case Type.Array a when real -> value;
            case Type.Array a -> ArrayExpressions.lift(List.of(value), e -> TypedIr.constant(0L, a.dtype()), pos);
            default -> throw new TypingError(pos, "'" + value.type() + "' has no attribute '" + which + "'");
        };
    }

    /** {@code z.conjugate()}, {@code np.conj(z)}: of a complex value its conjugate, of a real one the value itself. */
    static Expr conjugate(Expr value, SourcePos pos) {
        return switch (value.type()) {
            case Type.Scalar s when s.dtype().isComplex() -> apply(MathFn.C_CONJ, List.of(value), pos);
            case Type.Scalar s -> value;
            case Type.Array a when a.dtype().isComplex() ->
                    ArrayExpressions.lift(List.of(value), e -> conjugate(e.getFirst(), pos), pos);
            case Type.Array a -> ArrayExpressions.copy(value, pos);
            default -> throw new TypingError(pos, "conjugate() expects a number or an array, got " + value.type());
        };
    }

    /** Complex numbers are not ordered: {@code <}, {@code <=}, {@code >}, {@code >=} on them raise TypeError in Python. */
    static void checkComparable(CmpOp op, DType l, DType r, SourcePos pos) {
        if ((l.isComplex() || r.isComplex()) && op != CmpOp.EQ && op != CmpOp.NE) {
            throw new TypingError(pos, "'" + op.symbol() + "' is not supported between " + l.numpyName() + " and "
                    + r.numpyName() + " (complex numbers are not ordered)");
        }
    }

    /** Refuses a reduction, product or sort of complex elements, which Jumba does not compute yet. */
    static void refuse(DType d, String what, SourcePos pos) {
        if (d.isComplex()) throw new TypingError(pos, what + " of " + d.numpyName() + " values is not supported yet");
    }
}
