package io.jumba.runtime;

import io.jumba.array.DType;
import io.jumba.array.Unsigned;
import io.jumba.source.SourcePos;

/**
 * Numba's scalar semantics that Java operators do not give directly: Python floor division and modulo (the result
 * takes the divisor's sign), integer and float power, NumPy shifts, wrapping into narrow integer dtypes, and
 * NumPy casts. Methods taking a {@link SourcePos} implement error_model 'python' (ZeroDivisionError); the
 * {@code ...Numpy} twins implement error_model 'numpy' (0 for ints, IEEE for floats).
 */
public final class Scalars {
    private Scalars() {}

    // ---- integer division ---------------------------------------------------------------------------------------

    public static long floorDiv(long a, long b, SourcePos pos) {
        if (b == 0) throw Faults.zeroDivision("integer division by zero", pos);
        return Math.floorDiv(a, b);
    }

    public static long floorDivNumpy(long a, long b) { return b == 0 ? 0 : Math.floorDiv(a, b); }

    public static long mod(long a, long b, SourcePos pos) {
        if (b == 0) throw Faults.zeroDivision("integer modulo by zero", pos);
        return Math.floorMod(a, b);
    }

    public static long modNumpy(long a, long b) { return b == 0 ? 0 : Math.floorMod(a, b); }

    // ---- float division -----------------------------------------------------------------------------------------

    /** True division; ZeroDivisionError when b is zero. */
    public static double div(double a, double b, SourcePos pos) {
        if (b == 0) throw Faults.zeroDivision("division by zero", pos);
        return a / b;
    }

    public static double floorDiv(double a, double b, SourcePos pos) {
        if (b == 0) throw Faults.zeroDivision("division by zero", pos);
        return floorDivNumpy(a, b);
    }

    public static double mod(double a, double b, SourcePos pos) {
        if (b == 0) throw Faults.zeroDivision("modulo by zero", pos);
        return modNumpy(a, b);
    }

    /** Python's float {@code //} (CPython's float_divmod), IEEE results for a zero divisor. */
    public static double floorDivNumpy(double a, double b) {
        if (b == 0) return a / b;
        double m = a % b;
        double d = (a - m) / b;
        if (m != 0 && (b < 0) != (m < 0)) d -= 1.0;
        if (d == 0) return Math.copySign(0.0, a / b);
        double f = Math.floor(d);
        return d - f > 0.5 ? f + 1.0 : f;
    }

    /** Python's float {@code %}: the result has the divisor's sign; NaN for a zero divisor. */
    public static double modNumpy(double a, double b) {
        if (b == 0) return Double.NaN;
        double m = a % b;
        if (m != 0) {
            if ((b < 0) != (m < 0)) m += b;
        } else {
            m = Math.copySign(0.0, b);
        }
        return m;
    }

    // ---- power --------------------------------------------------------------------------------------------------

    /**
     * Integer power as Numba 0.56's {@code int_power_impl}: square-and-multiply with int64 wraparound, then the
     * result goes through float64 and back (its {@code 1.0 / r if invert else r} unifies to float64), so a wrapped
     * result keeps only 53 significant bits. Exponents over 0x10000 use float pow. A negative exponent gives the
     * truncated reciprocal (1 for base 1, ±1 for base -1, 0 otherwise) and ZeroDivisionError for base 0.
     */
    public static long pow(long base, long exp, SourcePos pos) {
        if (exp < 0) {
            if (base == 0) throw Faults.zeroDivision("0 cannot be raised to a negative power", pos);
            if (base == 1) return 1;
            if (base == -1) return (exp & 1) == 0 ? 1 : -1;
            return 0;
        }
        if (exp > 0x10000) return viaFloat(pow((double) base, (double) exp));
        long result = 1;
        long b = base;
        long e = exp;
        while (e != 0) {
            if ((e & 1) != 0) result *= b;
            b *= b;
            e >>>= 1;
        }
        return viaFloat((double) result);
    }

    /** LLVM's float64-to-int64 conversion on x86-64: NaN and out-of-range values give the most negative int64. */
    private static long viaFloat(double v) {
        return Double.isNaN(v) || v >= 0x1p63 || v < -0x1p63 ? Long.MIN_VALUE : (long) v;
    }

    /** C's {@code pow}: Java's Math.pow except that pow(1, y) and pow(-1, ±inf) are 1. */
    public static double pow(double x, double y) {
        if (x == 1.0) return 1.0;
        if (x == -1.0 && Double.isInfinite(y)) return 1.0;
        return Math.pow(x, y);
    }

    // ---- shifts -------------------------------------------------------------------------------------------------

    /** NumPy's {@code <<}: counts outside [0, 64) give 0. */
    public static long shl(long a, long count) { return count < 0 || count >= 64 ? 0 : a << count; }

    /** NumPy's {@code >>} (arithmetic): counts outside [0, 64) give 0 or -1 by sign. */
    public static long shr(long a, long count) { return count < 0 || count >= 64 ? (a < 0 ? -1 : 0) : a >> count; }

    // ---- casts and wrapping -------------------------------------------------------------------------------------

    /** The value of integer dtype {@code d} that {@code v} wraps to (bool: 0 or 1). */
    public static long wrap(long v, DType d) {
        return switch (d) {
            case BOOL -> v != 0 ? 1 : 0;
            case INT8 -> (byte) v;
            case UINT8 -> v & 0xFF;
            case INT16 -> (short) v;
            case UINT16 -> v & 0xFFFF;
            case INT32 -> (int) v;
            case UINT32 -> v & 0xFFFF_FFFFL;
            case INT64, UINT64, FLOAT32, FLOAT64, COMPLEX64, COMPLEX128 -> v;
        };
    }

    /**
     * A float converted to integer dtype {@code d}: truncation toward zero (Java's cast to long), then wrapping; to
     * uint64, values from 2^63 up keep their magnitude.
     */
    public static long floatToInt(double v, DType d) { return d == DType.UINT64 ? Unsigned.fromDouble(v) : wrap((long) v, d); }

    /** An integer converted to a float dtype: one correctly rounded conversion (no double rounding for float32). */
    public static double intToFloat(long v, DType d) { return d == DType.FLOAT32 ? (double) (float) v : (double) v; }

    /** An integer of dtype {@code from} (a uint64 as its bits) converted to float dtype {@code to}, rounded once. */
    public static double intToFloat(long v, DType from, DType to) {
        if (from != DType.UINT64) return intToFloat(v, to);
        return to == DType.FLOAT32 ? (double) Unsigned.toFloat(v) : Unsigned.toDouble(v);
    }

    // ---- uint64 -------------------------------------------------------------------------------------------------

    /** The uint64 held in bits as a double (for generated code; see {@link Unsigned}). */
    public static double unsignedToDouble(long bits) { return Unsigned.toDouble(bits); }

    public static float unsignedToFloat(long bits) { return Unsigned.toFloat(bits); }

    /** A double truncated to uint64 bits. */
    public static long unsignedFromDouble(double v) { return Unsigned.fromDouble(v); }

    /** uint64 {@code //}: ZeroDivisionError when b is zero. */
    public static long floorDivUnsigned(long a, long b, SourcePos pos) {
        if (b == 0) throw Faults.zeroDivision("integer division by zero", pos);
        return Long.divideUnsigned(a, b);
    }

    public static long floorDivUnsignedNumpy(long a, long b) { return b == 0 ? 0 : Long.divideUnsigned(a, b); }

    /** uint64 {@code %}: ZeroDivisionError when b is zero. */
    public static long modUnsigned(long a, long b, SourcePos pos) {
        if (b == 0) throw Faults.zeroDivision("integer modulo by zero", pos);
        return Long.remainderUnsigned(a, b);
    }

    public static long modUnsignedNumpy(long a, long b) { return b == 0 ? 0 : Long.remainderUnsigned(a, b); }

    /** uint64 {@code >>} (logical): counts outside [0, 64) give 0. */
    public static long shrUnsigned(long a, long count) { return count < 0 || count >= 64 ? 0 : a >>> count; }

    /**
     * uint64 power as Numba 0.56 computes it: square-and-multiply wrapping at 64 bits, the result then going through
     * float64 and back (so only 53 significant bits stay), exponents over 0x10000 in float pow. The exponent is read
     * unsigned, so there is no negative exponent.
     */
    public static long powUnsigned(long base, long exp) {
        if (Long.compareUnsigned(exp, 0x10000) > 0) {
            return Unsigned.fromDouble(pow(Unsigned.toDouble(base), Unsigned.toDouble(exp)));
        }
        long result = 1;
        long b = base;
        long e = exp;
        while (e != 0) {
            if ((e & 1) != 0) result *= b;
            b *= b;
            e >>>= 1;
        }
        return Unsigned.fromDouble(Unsigned.toDouble(result));
    }

    /** A double rounded to float dtype {@code d} (float32 rounds to the nearest float). */
    public static double roundTo(double v, DType d) { return d == DType.FLOAT32 ? (double) (float) v : v; }
}
