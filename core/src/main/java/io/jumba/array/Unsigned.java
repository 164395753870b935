package io.jumba.array;

/**
 * uint64 values held in a {@code long}'s 64 bits: their conversions to and from floats, which Java's casts read as
 * signed. Each float conversion rounds once, as C's {@code (double) x} on a {@code uint64_t} does.
 */
public final class Unsigned {
    private Unsigned() {}

    private static final double TWO_63 = 0x1p63;

    /** The uint64 held in bits, rounded to the nearest double. */
    public static double toDouble(long bits) {
        if (bits >= 0) return (double) bits;
        // Halve keeping the lost bit as a sticky bit, so the one rounding of the cast stays correct.
        return (double) ((bits >>> 1) | (bits & 1)) * 2.0;
    }

    /** The uint64 held in bits, rounded to the nearest float. */
    public static float toFloat(long bits) {
        if (bits >= 0) return (float) bits;
        return (float) ((bits >>> 1) | (bits & 1)) * 2.0F;
    }

    /**
     * A double truncated toward zero to uint64 bits, as NumPy on x86-64 converts: values in [2^63, 2^64) keep their
     * magnitude, smaller ones (negatives too) go through int64; NaN and values out of range give what the CPU's
     * conversion gives (its "integer indefinite", the most negative int64, in either step).
     */
    public static long fromDouble(double v) {
        return v >= TWO_63 ? toInt64(v - TWO_63) ^ Long.MIN_VALUE : toInt64(v);
    }

    private static long toInt64(double v) {
        return Double.isNaN(v) || v >= TWO_63 || v < -TWO_63 ? Long.MIN_VALUE : (long) v;
    }

    /** The uint64 held in bits as a decimal string. */
    public static String toString(long bits) { return Long.toUnsignedString(bits); }
}
