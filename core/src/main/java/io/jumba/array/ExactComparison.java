package io.jumba.array;

import java.util.Arrays;

/**
 * Exact comparison of a double with a decimal {@code digits × 10^exponent}, in a small unsigned big integer of
 * 32-bit words: both sides are brought to integers by powers of 2 and 5. Only {@link DecimalDigits} needs it, to
 * break a rounding tie, which is rare.
 */
final class ExactComparison {
    private ExactComparison() {}

    /** The sign of {@code x − digits × 10^exponent}, for a finite x ≥ 0 and digits ≥ 0. */
    static int compare(double x, long digits, int exponent) {
        long bits = Double.doubleToRawLongBits(x);
        int biased = (int) (bits >>> 52) & 0x7FF;
        long mantissa = biased == 0 ? (bits & 0xFFFFFFFFFFFFFL) << 1 : (bits & 0xFFFFFFFFFFFFFL) | (1L << 52);
        int twos = biased == 0 ? -1075 : biased - 1075;  // x = mantissa × 2^twos
        int[] left = of(mantissa), right = of(digits);
        // mantissa × 2^twos vs digits × 2^exponent × 5^exponent
        for (int k = 0; k < Math.abs(exponent); k++) {
            if (exponent > 0) right = timesFive(right);
            else left = timesFive(left);
        }
        int shift = twos - exponent;
        if (shift > 0) left = shifted(left, shift);
        else right = shifted(right, -shift);
        return compare(left, right);
    }

    /** Little-endian 32-bit words of a non-negative long. */
    private static int[] of(long v) {
        return new int[] {(int) v, (int) (v >>> 32)};
    }

    private static int[] timesFive(int[] a) {
        int[] r = Arrays.copyOf(a, a.length + 1);
        long carry = 0;
        for (int i = 0; i < r.length; i++) {
            long p = (r[i] & 0xFFFFFFFFL) * 5 + carry;
            r[i] = (int) p;
            carry = p >>> 32;
        }
        return r;
    }

    private static int[] shifted(int[] a, int bits) {
        int words = bits >>> 5, rest = bits & 31;
        int[] r = new int[a.length + words + 1];
        for (int i = 0; i < a.length; i++) {
            long w = (a[i] & 0xFFFFFFFFL) << rest;
            r[i + words] |= (int) w;
            r[i + words + 1] |= (int) (w >>> 32);
        }
        return r;
    }

    private static int compare(int[] a, int[] b) {
        for (int i = Math.max(a.length, b.length) - 1; i >= 0; i--) {
            long x = i < a.length ? a[i] & 0xFFFFFFFFL : 0, y = i < b.length ? b[i] & 0xFFFFFFFFL : 0;
            if (x != y) return Long.compare(x, y);
        }
        return 0;
    }
}
