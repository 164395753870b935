package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.ir.Expr;
import io.jumba.ir.MathFn;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code math.*} and {@code np.*} functions that map to one {@link MathFn}, and how their arguments and
 * results are typed. Float functions compute in float32 when every argument is float32 and in float64 otherwise
 * (ints are converted first, as Numba does); on arrays NumPy's loop selection decides (int8 gives float32).
 */
final class MathFunctionTyping {
    private MathFunctionTyping() {}

    private static final Map<String, MathFn> FUNCTIONS = Map.ofEntries(
            Map.entry("math.sqrt", MathFn.SQRT), Map.entry("numpy.sqrt", MathFn.SQRT),
            Map.entry("numpy.cbrt", MathFn.CBRT),
            Map.entry("math.exp", MathFn.EXP), Map.entry("numpy.exp", MathFn.EXP),
            Map.entry("numpy.exp2", MathFn.EXP2),
            Map.entry("math.expm1", MathFn.EXPM1), Map.entry("numpy.expm1", MathFn.EXPM1),
            Map.entry("math.log", MathFn.LOG), Map.entry("numpy.log", MathFn.LOG),
            Map.entry("math.log2", MathFn.LOG2), Map.entry("numpy.log2", MathFn.LOG2),
            Map.entry("math.log10", MathFn.LOG10), Map.entry("numpy.log10", MathFn.LOG10),
            Map.entry("math.log1p", MathFn.LOG1P), Map.entry("numpy.log1p", MathFn.LOG1P),
            Map.entry("math.sin", MathFn.SIN), Map.entry("numpy.sin", MathFn.SIN),
            Map.entry("math.cos", MathFn.COS), Map.entry("numpy.cos", MathFn.COS),
            Map.entry("math.tan", MathFn.TAN), Map.entry("numpy.tan", MathFn.TAN),
            Map.entry("math.asin", MathFn.ASIN), Map.entry("numpy.arcsin", MathFn.ASIN),
            Map.entry("math.acos", MathFn.ACOS), Map.entry("numpy.arccos", MathFn.ACOS),
            Map.entry("math.atan", MathFn.ATAN), Map.entry("numpy.arctan", MathFn.ATAN),
            Map.entry("math.sinh", MathFn.SINH), Map.entry("numpy.sinh", MathFn.SINH),
            Map.entry("math.cosh", MathFn.COSH), Map.entry("numpy.cosh", MathFn.COSH),
            Map.entry("math.tanh", MathFn.TANH), Map.entry("numpy.tanh", MathFn.TANH),
            Map.entry("math.asinh", MathFn.ASINH), Map.entry("numpy.arcsinh", MathFn.ASINH),
            Map.entry("math.acosh", MathFn.ACOSH), Map.entry("numpy.arccosh", MathFn.ACOSH),
            Map.entry("math.atanh", MathFn.ATANH), Map.entry("numpy.arctanh", MathFn.ATANH),
            Map.entry("math.atan2", MathFn.ATAN2), Map.entry("numpy.arctan2", MathFn.ATAN2),
            Map.entry("math.hypot", MathFn.HYPOT), Map.entry("numpy.hypot", MathFn.HYPOT),
            Map.entry("math.pow", MathFn.POW),
            Map.entry("math.fmod", MathFn.FMOD), Map.entry("numpy.fmod", MathFn.FMOD),
            Map.entry("math.copysign", MathFn.COPYSIGN), Map.entry("numpy.copysign", MathFn.COPYSIGN),
            Map.entry("numpy.floor", MathFn.FLOOR), Map.entry("numpy.ceil", MathFn.CEIL),
            Map.entry("numpy.trunc", MathFn.TRUNC), Map.entry("numpy.rint", MathFn.RINT),
            Map.entry("numpy.round", MathFn.ROUND), Map.entry("numpy.around", MathFn.ROUND),
            Map.entry("math.fabs", MathFn.ABS), Map.entry("numpy.fabs", MathFn.ABS),
            Map.entry("numpy.abs", MathFn.ABS), Map.entry("numpy.absolute", MathFn.ABS),
            Map.entry("numpy.minimum", MathFn.MIN), Map.entry("numpy.fmin", MathFn.FMIN),
            Map.entry("numpy.maximum", MathFn.MAX), Map.entry("numpy.fmax", MathFn.FMAX),
            Map.entry("numpy.sign", MathFn.SIGN),
            Map.entry("math.isnan", MathFn.ISNAN), Map.entry("numpy.isnan", MathFn.ISNAN),
            Map.entry("math.isinf", MathFn.ISINF), Map.entry("numpy.isinf", MathFn.ISINF),
            Map.entry("math.isfinite", MathFn.ISFINITE), Map.entry("numpy.isfinite", MathFn.ISFINITE),
            Map.entry("math.degrees", MathFn.DEGREES), Map.entry("numpy.degrees", MathFn.DEGREES),
            Map.entry("numpy.rad2deg", MathFn.DEGREES),
            Map.entry("math.radians", MathFn.RADIANS), Map.entry("numpy.radians", MathFn.RADIANS),
            Map.entry("numpy.deg2rad", MathFn.RADIANS),
            Map.entry("math.erf", MathFn.ERF), Map.entry("math.erfc", MathFn.ERFC),
            Map.entry("math.gamma", MathFn.GAMMA), Map.entry("math.lgamma", MathFn.LGAMMA),
            Map.entry("math.fma", MathFn.FMA));

    /** The function a qualified name denotes, or null. */
    static MathFn lookup(String qualified) { return FUNCTIONS.get(qualified); }

    /** Functions that keep their operand type (ints included) instead of computing in floats. */
    static boolean keepsType(MathFn fn) {
        return fn == MathFn.ABS || fn == MathFn.MIN || fn == MathFn.MAX || fn == MathFn.SIGN
                || fn == MathFn.FMIN || fn == MathFn.FMAX;
    }

    static boolean returnsBool(MathFn fn) {
        return fn == MathFn.ISNAN || fn == MathFn.ISINF || fn == MathFn.ISFINITE;
    }

    /** {@code math.fabs} is ABS on floats only. */
    static DType computeType(String qualified, MathFn fn, List<DType> args, boolean onArrays) {
        if (keepsType(fn) && !qualified.endsWith("fabs")) {
            if (onArrays) return Promotion.ufuncLoop(args, DType.INT8);
            DType d = args.getFirst();
            for (DType a : args) d = DType.promote(d, a);
            return d.isBool() ? DType.INT64 : d; // Numba: abs(int32) and max(int32, int32) stay int32
        }
        if (fn == MathFn.FMA) return DType.FLOAT64;
        if (onArrays) return Promotion.ufuncLoop(args, DType.FLOAT32);
        return args.stream().allMatch(a -> a == DType.FLOAT32) ? DType.FLOAT32 : DType.FLOAT64;
    }

    /** The intrinsic applied to scalar args already computed in type d. */
    static Expr apply(MathFn requested, List<Expr> args, DType d, SourcePos pos) {
        // Integers have no NaN, so fmin/fmax are plain min/max there.
        MathFn fn = d.isFloat() ? requested
                : requested == MathFn.FMIN ? MathFn.MIN : requested == MathFn.FMAX ? MathFn.MAX : requested;
        if (args.size() != fn.arity) {
            throw new TypingError(pos, fn.name().toLowerCase() + "() takes " + fn.arity + " argument(s), got " + args.size());
        }
        List<Expr> cast = new ArrayList<>();
        for (Expr a : args) cast.add(TypedIr.cast(a, d));
        Type.Scalar type = Type.scalar(returnsBool(fn) ? DType.BOOL : d);
        if (d.isFloat() && cast.stream().allMatch(a -> a instanceof Expr.Const)) {
            Object folded = fold(fn, cast.stream().map(a -> ((Number) ((Expr.Const) a).value()).doubleValue()).toList());
            if (folded != null) return ConstantFolder.constant(folded, type);
        }
        return new Expr.Intrinsic(fn, cast, type);
    }

    /**
     * The value of fn on constant float arguments, for the functions whose Java implementation is exactly
     * rounded or matches C's libm (so {@code INV_SQRT2 = 1 / math.sqrt(2.0)} is a constant); null for the rest.
     */
    private static Object fold(MathFn fn, List<Double> x) {
        double a = x.getFirst();
        return switch (fn) {
            case SQRT -> Math.sqrt(a);
            case FLOOR -> Math.floor(a);
            case CEIL -> Math.ceil(a);
            case TRUNC -> a < 0 ? Math.ceil(a) : Math.floor(a);
            case RINT, ROUND -> Math.rint(a);
            case ABS -> Math.abs(a);
            case MIN -> Double.isNaN(a) || Double.isNaN(x.get(1)) ? Double.NaN : Math.min(a, x.get(1));
            case MAX -> Double.isNaN(a) || Double.isNaN(x.get(1)) ? Double.NaN : Math.max(a, x.get(1));
            case FMIN -> Double.isNaN(x.get(1)) ? a : Double.isNaN(a) ? x.get(1) : Math.min(a, x.get(1));
            case FMAX -> Double.isNaN(x.get(1)) ? a : Double.isNaN(a) ? x.get(1) : Math.max(a, x.get(1));
            case COPYSIGN -> Math.copySign(a, x.get(1));
            case ISNAN -> Double.isNaN(a);
            case ISINF -> Double.isInfinite(a);
            case ISFINITE -> Double.isFinite(a);
            case EXP -> StrictMath.exp(a);
            case LOG -> StrictMath.log(a);
            case LOG10 -> StrictMath.log10(a);
            case SIN -> StrictMath.sin(a);
            case COS -> StrictMath.cos(a);
            case TAN -> StrictMath.tan(a);
            case ATAN -> StrictMath.atan(a);
            case ATAN2 -> StrictMath.atan2(a, x.get(1));
            case POW -> StrictMath.pow(a, x.get(1));
            default -> null;
        };
    }
}
