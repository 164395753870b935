package io.jumba.interp;

import io.jumba.array.DType;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.MathFn;
import io.jumba.ir.UnOp;
import io.jumba.runtime.MathFunctions;
import io.jumba.runtime.Scalars;
import io.jumba.source.SourcePos;

/**
 * Scalar operations on the interpreter's value representation: {@code Long} for every integer dtype (kept wrapped
 * into the dtype's range), {@code Double} for float32/float64 (float32 kept rounded to float), {@code Boolean}.
 */
final class ScalarOps {
    private ScalarOps() {}

    static long asLong(Object v) { return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).longValue(); }

    static double asDouble(Object v) { return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).doubleValue(); }

    static Object binary(BinOp op, Object l, Object r, DType t, boolean numpyErrors, SourcePos pos) {
        if (t.isBool()) {
            boolean a = (Boolean) l, b = (Boolean) r;
            return switch (op) {
                case BITAND -> a & b;
                case BITOR -> a | b;
                case BITXOR -> a ^ b;
                default -> throw new IllegalStateException(op + " on bool");
            };
        }
        if (t.isFloat()) {
            double a = asDouble(l), b = asDouble(r);
            double v = switch (op) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case DIV -> numpyErrors ? a / b : Scalars.div(a, b, pos);
                case FLOORDIV -> numpyErrors ? Scalars.floorDivNumpy(a, b) : Scalars.floorDiv(a, b, pos);
                case MOD -> numpyErrors ? Scalars.modNumpy(a, b) : Scalars.mod(a, b, pos);
                case POW -> Scalars.pow(a, b);
                default -> throw new IllegalStateException(op + " on " + t);
            };
            return Scalars.roundTo(v, t);
        }
        long a = asLong(l), b = asLong(r);
        long v = switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case FLOORDIV -> numpyErrors ? Scalars.floorDivNumpy(a, b) : Scalars.floorDiv(a, b, pos);
            case MOD -> numpyErrors ? Scalars.modNumpy(a, b) : Scalars.mod(a, b, pos);
            case POW -> Scalars.pow(a, b, pos);
            case BITAND -> a & b;
            case BITOR -> a | b;
            case BITXOR -> a ^ b;
            case SHL -> Scalars.shl(a, b);
            case SHR -> Scalars.shr(a, b);
            case DIV -> throw new IllegalStateException("DIV on " + t);
        };
        return Scalars.wrap(v, t);
    }

    static Object unary(UnOp op, Object v, DType t) {
        if (t.isBool()) {
            if (op == UnOp.NEG) throw new IllegalStateException("NEG on bool");
            return !(Boolean) v;
        }
        if (t.isFloat()) {
            if (op != UnOp.NEG) throw new IllegalStateException(op + " on " + t);
            return -asDouble(v);
        }
        return switch (op) {
            case NEG -> Scalars.wrap(-asLong(v), t);
            case INVERT -> Scalars.wrap(~asLong(v), t);
            case NOT -> throw new IllegalStateException("NOT on " + t);
        };
    }

    static boolean compare(CmpOp op, Object l, Object r, DType t) {
        if (t.isFloat()) {
            double a = asDouble(l), b = asDouble(r);
            return switch (op) {
                case LT -> a < b;
                case LE -> a <= b;
                case GT -> a > b;
                case GE -> a >= b;
                case EQ -> a == b;
                case NE -> a != b;
            };
        }
        long a = asLong(l), b = asLong(r);
        return switch (op) {
            case LT -> a < b;
            case LE -> a <= b;
            case GT -> a > b;
            case GE -> a >= b;
            case EQ -> a == b;
            case NE -> a != b;
        };
    }

    /** NumPy astype between scalar dtypes. */
    static Object cast(Object v, DType from, DType to) {
        if (to.isBool()) return from.isFloat() ? asDouble(v) != 0 : asLong(v) != 0;
        if (to.isFloat()) {
            return from.isFloat() ? Scalars.roundTo(asDouble(v), to) : Scalars.intToFloat(asLong(v), to);
        }
        return from.isFloat() ? Scalars.floatToInt(asDouble(v), to) : Scalars.wrap(asLong(v), to);
    }

    /** A math function on arguments of dtype {@code argType} giving dtype {@code resultType}. */
    static Object intrinsic(MathFn fn, Object[] args, DType argType, DType resultType) {
        if (!argType.isFloat()) {
            long a = asLong(args[0]);
            return switch (fn) {
                case ABS -> Scalars.wrap(MathFunctions.abs(a), resultType);
                case SIGN -> Scalars.wrap(MathFunctions.sign(a), resultType);
                case MIN -> MathFunctions.min(a, asLong(args[1]));
                case MAX -> MathFunctions.max(a, asLong(args[1]));
                case ISNAN, ISINF -> false;
                case ISFINITE -> true;
                default -> throw new IllegalStateException(fn + " on " + argType);
            };
        }
        double x = asDouble(args[0]);
        double y = args.length > 1 ? asDouble(args[1]) : 0;
        Object r = switch (fn) {
            case ISNAN -> MathFunctions.isnan(x);
            case ISINF -> MathFunctions.isinf(x);
            case ISFINITE -> MathFunctions.isfinite(x);
            case FMA -> MathFunctions.fma(x, y, asDouble(args[2]));
            default -> floatFunction(fn, x, y);
        };
        return r instanceof Double d ? Scalars.roundTo(d, resultType) : r;
    }

    private static double floatFunction(MathFn fn, double x, double y) {
        return switch (fn) {
            case SQRT -> MathFunctions.sqrt(x);
            case CBRT -> MathFunctions.cbrt(x);
            case EXP -> MathFunctions.exp(x);
            case EXP2 -> MathFunctions.exp2(x);
            case EXPM1 -> MathFunctions.expm1(x);
            case LOG -> MathFunctions.log(x);
            case LOG2 -> MathFunctions.log2(x);
            case LOG10 -> MathFunctions.log10(x);
            case LOG1P -> MathFunctions.log1p(x);
            case SIN -> MathFunctions.sin(x);
            case COS -> MathFunctions.cos(x);
            case TAN -> MathFunctions.tan(x);
            case ASIN -> MathFunctions.asin(x);
            case ACOS -> MathFunctions.acos(x);
            case ATAN -> MathFunctions.atan(x);
            case SINH -> MathFunctions.sinh(x);
            case COSH -> MathFunctions.cosh(x);
            case TANH -> MathFunctions.tanh(x);
            case ASINH -> MathFunctions.asinh(x);
            case ACOSH -> MathFunctions.acosh(x);
            case ATANH -> MathFunctions.atanh(x);
            case ATAN2 -> MathFunctions.atan2(x, y);
            case HYPOT -> MathFunctions.hypot(x, y);
            case POW -> MathFunctions.pow(x, y);
            case FMOD -> MathFunctions.fmod(x, y);
            case COPYSIGN -> MathFunctions.copysign(x, y);
            case FLOOR -> MathFunctions.floor(x);
            case CEIL -> MathFunctions.ceil(x);
            case TRUNC -> MathFunctions.trunc(x);
            case RINT -> MathFunctions.rint(x);
            case ROUND -> MathFunctions.round(x);
            case ABS -> MathFunctions.abs(x);
            case MIN -> MathFunctions.min(x, y);
            case MAX -> MathFunctions.max(x, y);
            case FMIN -> MathFunctions.fmin(x, y);
            case FMAX -> MathFunctions.fmax(x, y);
            case ROUNDN -> MathFunctions.roundn(x, y);
            case SIGN -> MathFunctions.sign(x);
            case DEGREES -> MathFunctions.degrees(x);
            case RADIANS -> MathFunctions.radians(x);
            case ERF -> MathFunctions.erf(x);
            case ERFC -> MathFunctions.erfc(x);
            case GAMMA -> MathFunctions.gamma(x);
            case LGAMMA -> MathFunctions.lgamma(x);
            case ISNAN, ISINF, ISFINITE, FMA -> throw new IllegalStateException(fn + " is not a float function of two arguments");
        };
    }
}
