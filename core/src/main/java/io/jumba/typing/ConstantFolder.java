package io.jumba.typing;

import io.jumba.array.Complex;
import io.jumba.array.DType;
import io.jumba.array.Unsigned;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.runtime.ComplexMath;
import io.jumba.types.Type;

/**
 * Folds scalar operations on constants at compile time with the IR's runtime semantics. Operations whose result
 * depends on a runtime error (division by zero, negative integer powers) are left unfolded.
 */
final class ConstantFolder {
    private ConstantFolder() {}

    /** A constant of type t from a Java number or boolean, wrapped into the dtype's range. */
    static Expr.Const constant(Object value, Type.Scalar t) {
        DType d = t.dtype();
        if (d.isComplex()) {
            Complex z = value instanceof Complex c ? c : new Complex((Double) constant(value, Type.FLOAT64).value(), 0);
            return new Expr.Const(d == DType.COMPLEX64 ? z.toSingle() : z, t);
        }
        // A complex constant as a real: its real part (NumPy's cast), or its truth.
        if (value instanceof Complex z) return d.isBool() ? new Expr.Const(z.re() != 0 || z.im() != 0, t) : constant(z.re(), t);
        if (d.isBool()) return new Expr.Const(truth(value), t);
        if (d.isFloat()) {
            double v = value instanceof Boolean b ? (b ? 1 : 0) : ((Number) value).doubleValue();
            return new Expr.Const(d == DType.FLOAT32 ? (double) (float) v : v, t);
        }
        long v = switch (value) {
            case Boolean b -> b ? 1 : 0;
            case Double x -> (long) x.doubleValue();
            default -> ((Number) value).longValue();
        };
        return new Expr.Const(wrap(v, d), t);
    }

    /** Constant c converted to type t as the Cast would convert it at run time (a uint64 read unsigned). */
    static Expr.Const cast(Expr.Const c, Type.Scalar t) {
        if (c.type() instanceof Type.Scalar s && c.value() instanceof Long bits) {
            if (s.dtype() == DType.UINT64 && t.dtype().isFloat()) {
                return constant(t.dtype() == DType.FLOAT32 ? (double) Unsigned.toFloat(bits) : Unsigned.toDouble(bits), t);
            }
        }
        if (t.dtype() == DType.UINT64 && c.value() instanceof Double x) return new Expr.Const(Unsigned.fromDouble(x), t);
        return constant(c.value(), t);
    }

    static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).doubleValue() != 0;
    }

    static long wrap(long v, DType d) {
        return switch (d) {
            case INT8 -> (byte) v;
            case UINT8 -> v & 0xFF;
            case INT16 -> (short) v;
            case UINT16 -> v & 0xFFFF;
            case INT32 -> (int) v;
            case UINT32 -> v & 0xFFFF_FFFFL;
            default -> v;
        };
    }

    /** {@code l op r} on constants of type t, or null when it must happen at runtime. */
    static Expr.Const binary(BinOp op, Expr.Const l, Expr.Const r, Type.Scalar t) {
        if (t.dtype().isComplex()) {
            Complex a = (Complex) l.value(), b = (Complex) r.value();
            boolean single = t.dtype() == DType.COMPLEX64;
            Complex v = switch (op) {
                case ADD -> single ? ComplexMath.addSingle(a, b) : ComplexMath.add(a, b);
                case SUB -> single ? ComplexMath.subSingle(a, b) : ComplexMath.sub(a, b);
                case MUL -> single ? ComplexMath.mulSingle(a, b) : ComplexMath.mul(a, b);
                default -> null; // division and power may raise: left to run time
            };
            return v == null ? null : new Expr.Const(v, t);
        }
        if (t.dtype().isFloat()) {
            double a = ((Number) l.value()).doubleValue(), b = ((Number) r.value()).doubleValue();
            Double v = switch (op) {
                case ADD -> a + b;
                case SUB -> a - b;
                case MUL -> a * b;
                case DIV -> b == 0 ? null : a / b;
                case POW -> Math.pow(a, b);
                default -> null;
            };
            return v == null ? null : constant(v, t);
        }
        if (t.dtype().isBool()) {
            boolean a = (Boolean) l.value(), b = (Boolean) r.value();
            Boolean v = switch (op) {
                case BITAND -> a & b;
                case BITOR -> a | b;
                case BITXOR -> a ^ b;
                default -> null;
            };
            return v == null ? null : constant(v, t);
        }
        long a = (Long) l.value(), b = (Long) r.value();
        if (t.dtype() == DType.UINT64) {
            switch (op) {
                // Left to run time, where they read their operands unsigned.
                case FLOORDIV, MOD, POW, SHR -> { return null; }
                default -> { }
            }
        }
        Long v = switch (op) {
            case ADD -> a + b;
            case SUB -> a - b;
            case MUL -> a * b;
            case FLOORDIV -> b == 0 ? null : Math.floorDiv(a, b);
            case MOD -> b == 0 ? null : Math.floorMod(a, b);
            case POW -> b < 0 ? null : power(a, b);
            case BITAND -> a & b;
            case BITOR -> a | b;
            case BITXOR -> a ^ b;
            case SHL -> b < 0 || b >= 64 ? null : a << b;
            case SHR -> b < 0 || b >= 64 ? null : a >> b;
            case DIV -> null;
        };
        return v == null ? null : constant(v, t);
    }

    static Expr.Const compare(CmpOp op, Expr.Const l, Expr.Const r) {
        if (l.value() instanceof Complex a && r.value() instanceof Complex b) {
            return new Expr.Const(op == CmpOp.EQ ? ComplexMath.eq(a, b) : ComplexMath.ne(a, b), Type.BOOL);
        }
        int c;
        if (l.value() instanceof Boolean a && r.value() instanceof Boolean b) c = Boolean.compare(a, b);
        else if (l.value() instanceof Long a && r.value() instanceof Long b) {
            c = l.type() instanceof Type.Scalar s && s.dtype() == DType.UINT64 ? Long.compareUnsigned(a, b) : Long.compare(a, b);
        }
        else {
            double a = ((Number) l.value()).doubleValue(), b = ((Number) r.value()).doubleValue();
            if (Double.isNaN(a) || Double.isNaN(b)) return new Expr.Const(op == CmpOp.NE, Type.BOOL);
            c = Double.compare(a, b);
            if (a == b) c = 0;
        }
        boolean v = switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
        };
        return new Expr.Const(v, Type.BOOL);
    }

    private static long power(long base, long exp) {
        long result = 1;
        while (exp > 0) {
            if ((exp & 1) == 1) result *= base;
            base *= base;
            exp >>= 1;
        }
        return result;
    }
}
