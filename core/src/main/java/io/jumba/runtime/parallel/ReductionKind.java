package io.jumba.runtime.parallel;

import io.jumba.array.DType;

/**
 * The reduction operators a parallel loop can carry, each with the identity a chunk's partial starts from.
 * MIN/MAX are Python's {@code min}/{@code max} and the {@code if x < m: m = x} forms: comparisons, so a NaN
 * candidate never replaces the accumulator. NAN_MIN/NAN_MAX are NumPy's {@code minimum}/{@code maximum} (NaN
 * propagates); FMIN/FMAX are {@code fmin}/{@code fmax} (NaN ignored). AMIN/AMAX are {@code np.min}/{@code np.max}
 * as array lowering writes them, {@code if x < m or x != x: m = x}: a NaN candidate replaces the accumulator, any
 * other only when strictly better (the first of equal values stays). ARGMIN/ARGMAX are {@code np.argmin}'s update
 * {@code if m == m and (x < m or x != x): m = x; k = i}: the same, except that once the accumulator is NaN nothing
 * replaces it (the first NaN stays).
 */
public enum ReductionKind {
    SUM, PRODUCT, BIT_AND, BIT_OR, BIT_XOR, MIN, MAX, NAN_MIN, NAN_MAX, FMIN, FMAX, AMIN, AMAX, ARGMIN, ARGMAX;

    /**
     * The partial's starting value for dtype, as IR constants hold it: a {@code Double} for floats, a {@code Long}
     * (the dtype's value) for integers, a {@code Boolean} for bool.
     */
    public Object identity(DType dtype) {
        if (dtype == DType.BOOL) {
            return switch (this) {
                case SUM, BIT_OR, BIT_XOR, MAX, NAN_MAX, FMAX, AMAX, ARGMAX -> false;
                case PRODUCT, BIT_AND, MIN, NAN_MIN, FMIN, AMIN, ARGMIN -> true;
            };
        }
        if (dtype.isFloat()) {
            return switch (this) {
                case SUM -> 0.0;
                case PRODUCT -> 1.0;
                case MIN, NAN_MIN, FMIN, AMIN, ARGMIN -> Double.POSITIVE_INFINITY;
                case MAX, NAN_MAX, FMAX, AMAX, ARGMAX -> Double.NEGATIVE_INFINITY;
                case BIT_AND, BIT_OR, BIT_XOR -> throw new IllegalArgumentException(this + " on " + dtype);
            };
        }
        return switch (this) {
            case SUM, BIT_OR, BIT_XOR -> 0L;
            case PRODUCT -> 1L;
            case BIT_AND -> dtype.isSigned() ? -1L : maxOf(dtype);
            case MIN, NAN_MIN, FMIN, AMIN, ARGMIN -> maxOf(dtype);
            case MAX, NAN_MAX, FMAX, AMAX, ARGMAX -> minOf(dtype);
        };
    }

    private static long maxOf(DType d) {
        int bits = d.itemSize() * 8;
        if (!d.isSigned()) return bits == 64 ? -1L : (1L << bits) - 1; // uint64's largest: all bits set
        return bits == 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1;
    }

    private static long minOf(DType d) {
        int bits = d.itemSize() * 8;
        if (!d.isSigned()) return 0;
        return bits == 64 ? Long.MIN_VALUE : -(1L << (bits - 1));
    }
}
