package io.jumba.array;

/**
 * NumPy's float-to-integer cast as it behaves on x86-64, where C's conversion is done by the CPU: truncation toward
 * zero; a NaN or out-of-range value gives the "integer indefinite" value (the most negative int64, or for narrower
 * targets the most negative int32, whose low bits are then kept). Java's {@code (long)} cast differs only there.
 */
final class FloatToInteger {
    private FloatToInteger() {}

    /** The integer NumPy stores when casting v to {@code target} (before wrapping to the target's width). */
    static long cast(double v, DType target) {
        if (target == DType.UINT64) return Unsigned.fromDouble(v);
        // uint32 goes through int64 (NaN aside, which NumPy's conversion gives as 2^31).
        if (target == DType.UINT32 && Double.isNaN(v)) return 0x8000_0000L;
        if (target == DType.INT64 || target == DType.UINT32) {
            return Double.isNaN(v) || v >= 0x1p63 || v < -0x1p63 ? Long.MIN_VALUE : (long) v;
        }
        return Double.isNaN(v) || v >= 0x1p31 || v <= -0x1p31 - 1 ? Integer.MIN_VALUE : (long) v;
    }
}
