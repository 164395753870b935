package io.jumba.interp;

import io.jumba.array.Complex;
import io.jumba.array.DType;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.UnOp;
import io.jumba.runtime.ComplexMath;
import io.jumba.runtime.IntegerImplementation;
import io.jumba.runtime.MathFn;
import io.jumba.runtime.ScalarImplementation;
import io.jumba.runtime.Scalars;
import io.jumba.source.SourcePos;

/**
 * Scalar operations on the interpreter's value representation: {@code Long} for every integer dtype (kept wrapped
 * into the dtype's range; a uint64 as its 64 bits), {@code Double} for float32/float64 (float32 kept rounded to
 * float), {@code Boolean}.
 */
final class ScalarOps {
    private ScalarOps() {}

    static long asLong(Object v) { return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).longValue(); }

    static double asDouble(Object v) { return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).doubleValue(); }

    static Object binary(BinOp op, Object l, Object r, DType t, boolean numpyErrors, SourcePos pos) {
        if (t.isComplex()) return complexBinary(op, (Complex) l, (Complex) r, t == DType.COMPLEX64, numpyErrors, pos);
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
        if (t == DType.UINT64) {
            switch (op) {
                case FLOORDIV -> { return numpyErrors ? Scalars.floorDivUnsignedNumpy(a, b) : Scalars.floorDivUnsigned(a, b, pos); }
                case MOD -> { return numpyErrors ? Scalars.modUnsignedNumpy(a, b) : Scalars.modUnsigned(a, b, pos); }
                case POW -> { return Scalars.powUnsigned(a, b); }
                case SHR -> { return Scalars.shrUnsigned(a, b); }
                default -> { }
            }
        }
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

    /** Complex arithmetic as generated code does it (ComplexMath, complex64 in float steps). */
    private static Complex complexBinary(BinOp op, Complex a, Complex b, boolean single, boolean numpyErrors, SourcePos pos) {
        return switch (op) {
            case ADD -> single ? ComplexMath.addSingle(a, b) : ComplexMath.add(a, b);
            case SUB -> single ? ComplexMath.subSingle(a, b) : ComplexMath.sub(a, b);
            case MUL -> single ? ComplexMath.mulSingle(a, b) : ComplexMath.mul(a, b);
            case DIV -> numpyErrors ? (single ? ComplexMath.divNumpySingle(a, b) : ComplexMath.divNumpy(a, b))
                    : single ? ComplexMath.divSingle(a, b, pos) : ComplexMath.div(a, b, pos);
            case POW -> single ? ComplexMath.pow(a, b, pos).toSingle() : ComplexMath.pow(a, b, pos);
            default -> throw new IllegalStateException(op + " on complex");
        };
    }

    static Object unary(UnOp op, Object v, DType t) {
        if (t.isComplex()) return ComplexMath.neg((Complex) v);
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
        if (t.isComplex()) {
            return switch (op) {
                case EQ -> ComplexMath.eq((Complex) l, (Complex) r);
                case NE -> ComplexMath.ne((Complex) l, (Complex) r);
                default -> throw new IllegalStateException(op + " on complex");
            };
        }
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
        if (t == DType.UINT64) {
            // Shifting both by 2^63 maps the unsigned order onto the signed one.
            a ^= Long.MIN_VALUE;
            b ^= Long.MIN_VALUE;
        }
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
        if (from.isComplex()) {
            Complex z = (Complex) v;
            if (to.isComplex()) return to == DType.COMPLEX64 ? z.toSingle() : z;
            return to.isBool() ? ComplexMath.truth(z) : cast(z.re(), DType.FLOAT64, to);
        }
        if (to.isComplex()) {
            Object part = cast(v, from, to.part());
            return new Complex(asDouble(part), 0);
        }
        if (to.isBool()) return from.isFloat() ? asDouble(v) != 0 : asLong(v) != 0;
        if (to.isFloat()) {
            return from.isFloat() ? Scalars.roundTo(asDouble(v), to) : Scalars.intToFloat(asLong(v), from, to);
        }
        return from.isFloat() ? Scalars.floatToInt(asDouble(v), to) : Scalars.wrap(asLong(v), to);
    }

    /** A math function on arguments of dtype {@code argType} giving dtype {@code resultType}: its registered implementation. */
    static Object intrinsic(MathFn fn, Object[] args, DType argType, DType resultType) {
        if (fn.scalar() instanceof ScalarImplementation.OnComplex c) {
            Object[] in = new Object[args.length];
            for (int k = 0; k < args.length; k++) in[k] = args[k] instanceof Complex ? args[k] : asDouble(args[k]);
            Object v = c.f().apply(in);
            return switch (v) {
                case Complex z -> resultType == DType.COMPLEX64 ? z.toSingle() : z;
                case Double x -> Scalars.roundTo(x, resultType);
                default -> v;
            };
        }
        if (!argType.isFloat()) {
            return switch (fn.scalar()) {
                case ScalarImplementation.Test t -> t.onIntegers();
                default -> switch (fn.definition().integers()) {
                    case IntegerImplementation.Unary u -> Scalars.wrap(u.f().applyAsLong(asLong(args[0])), resultType);
                    case IntegerImplementation.Binary b ->
                            Scalars.wrap(b.f().applyAsLong(asLong(args[0]), asLong(args[1])), resultType);
                    case null -> throw new IllegalStateException(fn + " on " + argType);
                };
            };
        }
        double x = asDouble(args[0]);
        return switch (fn.scalar()) {
            case ScalarImplementation.Test t -> t.f().test(x);
            case ScalarImplementation.Unary u -> Scalars.roundTo(u.f().applyAsDouble(x), resultType);
            case ScalarImplementation.Binary b -> Scalars.roundTo(b.f().applyAsDouble(x, asDouble(args[1])), resultType);
            case ScalarImplementation.Ternary t ->
                    Scalars.roundTo(t.f().applyAsDouble(x, asDouble(args[1]), asDouble(args[2])), resultType);
            case ScalarImplementation.OnComplex c -> throw new IllegalStateException("complex function above");
        };
    }
}
