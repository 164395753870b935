package io.jumba.runtime;

import io.jumba.array.Complex;
import io.jumba.array.DType;

/**
 * Conversions at the API boundary, per Jumba's value conventions: arguments arrive as Long/Integer/Short/Byte,
 * Double/Float or Boolean and are converted to a parameter's dtype; results leave boxed as their dtype's Java type
 * (int64 Long, int32 Integer, int16 Short, int8 Byte, uint8 Short, uint16 Integer, uint32 Long, uint64 Long holding
 * its 64 bits, float32 Float, float64 Double, bool Boolean). A uint64 argument may also be a {@link java.math.BigInteger}.
 */
public final class Boundary {
    private Boundary() {}

    /** An argument for an integer (or bool) parameter of dtype d, wrapped into d's range. */
    public static long argLong(Object v, DType d) {
        return switch (v) {
            case Boolean b -> b ? 1 : 0;
            case Double x -> Scalars.floatToInt(x, d);
            case Float x -> Scalars.floatToInt(x, d);
            case Number n -> Scalars.wrap(n.longValue(), d);
            case null, default -> throw mismatch(v, d);
        };
    }

    /** An argument for a float parameter of dtype d (float32 rounded). */
    public static double argDouble(Object v, DType d) {
        return switch (v) {
            case Boolean b -> b ? 1.0 : 0.0;
            case Double x -> Scalars.roundTo(x, d);
            case Float x -> x;
            case java.math.BigInteger n -> Scalars.roundTo(n.doubleValue(), d);
            case Number n -> Scalars.intToFloat(n.longValue(), d);
            case null, default -> throw mismatch(v, d);
        };
    }

    /** A complex argument: a {@link Complex} (complex64 rounds it) or a real number as re + 0j. */
    public static Complex argComplex(Object v, DType d) {
        Complex z = switch (v) {
            case Complex c -> c;
            case Boolean b -> new Complex(b ? 1 : 0, 0);
            case Number n -> new Complex(argDouble(n, DType.FLOAT64), 0);
            case null, default -> throw mismatch(v, d);
        };
        return d == DType.COMPLEX64 ? z.toSingle() : z;
    }

    public static boolean argBoolean(Object v) {
        return switch (v) {
            case Boolean b -> b;
            case Double x -> x != 0;
            case Float x -> x != 0;
            case Number n -> n.longValue() != 0;
            case null, default -> throw mismatch(v, DType.BOOL);
        };
    }

    /** An integer or bool value of dtype d, boxed per the conventions. */
    public static Object box(long v, DType d) {
        return switch (d) {
            case BOOL -> v != 0;
            case INT8 -> (byte) v;
            case UINT8 -> (short) (v & 0xFF);
            case INT16 -> (short) v;
            case UINT16 -> (int) (v & 0xFFFF);
            case INT32 -> (int) v;
            case UINT32 -> v & 0xFFFF_FFFFL;
            case INT64, UINT64 -> v;
            case FLOAT32 -> (float) v;
            case FLOAT64 -> (double) v;
            case COMPLEX64, COMPLEX128 -> new Complex(v, 0);
        };
    }

    /** A float value of dtype d, boxed per the conventions. */
    public static Object box(double v, DType d) { return d == DType.FLOAT32 ? (Object) (float) v : (Object) v; }

    private static IllegalArgumentException mismatch(Object v, DType d) {
        return new IllegalArgumentException("expected a " + d.numpyName() + " argument, got "
                + (v == null ? "None" : v.getClass().getSimpleName()));
    }
}
