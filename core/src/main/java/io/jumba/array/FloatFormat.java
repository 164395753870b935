package io.jumba.array;

/**
 * NumPy's {@code FloatingFormat} in the default "maxprec" mode (precision 8): shortest round-trip digits cut to
 * 8 decimals, aligned on the decimal point; scientific notation when the finite non-zero magnitudes reach 1e8,
 * go below 1e-4 or span more than a factor of 1000.
 */
final class FloatFormat {
    private static final int PRECISION = 8;

    private final boolean float32;
    private final boolean scientific;
    private int padLeft;
    private int padRight;
    private int fracDigits;  // scientific: digits after the mantissa's point
    private int expDigits;   // scientific: digits of the exponent

    FloatFormat(double[] values, boolean float32) {
        this.float32 = float32;
        double max = 0, min = Double.POSITIVE_INFINITY;
        boolean anyFinite = false, negativeInf = false, nonFinite = false;
        for (double v : values) {
            if (!Double.isFinite(v)) {
                nonFinite = true;
                negativeInf |= v == Double.NEGATIVE_INFINITY;
                continue;
            }
            anyFinite = true;
            if (v != 0) {
                max = Math.max(max, Math.abs(v));
                min = Math.min(min, Math.abs(v));
            }
        }
        scientific = max > 0 && (max >= 1e8 || min < 1e-4 || max / min > 1000);
        for (double v : values) {
            if (!Double.isFinite(v)) continue;
            if (scientific) {
                Scientific s = scientific(v);
                padLeft = Math.max(padLeft, s.intPart().length());
                fracDigits = Math.max(fracDigits, s.fraction().length());
                expDigits = Math.max(expDigits, s.exponent().length());
            } else {
                String s = positional(v);
                int dot = s.indexOf('.');
                padLeft = Math.max(padLeft, dot);
                padRight = Math.max(padRight, s.length() - dot - 1);
            }
        }
        if (scientific) padRight = expDigits + 2 + fracDigits;
        if (!anyFinite) padLeft = padRight = 0;
        if (nonFinite) {
            int offset = padRight + 1;
            padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (negativeInf ? 1 : 0) - offset));
        }
    }

    String format(double v) {
        if (Double.isNaN(v)) return ArrayFormatter.pad("nan", padLeft + padRight + 1);
        if (Double.isInfinite(v)) return ArrayFormatter.pad(v < 0 ? "-inf" : "inf", padLeft + padRight + 1);
        if (scientific) {
            Scientific s = scientific(v);
            String exponent = "0".repeat(expDigits - s.exponent().length()) + s.exponent();
            String fraction = s.fraction() + "0".repeat(fracDigits - s.fraction().length());
            return ArrayFormatter.pad(s.intPart(), padLeft) + "." + fraction + "e" + s.expSign() + exponent;
        }
        String s = positional(v);
        int dot = s.indexOf('.');
        String frac = s.substring(dot + 1);
        return ArrayFormatter.pad(s.substring(0, dot), padLeft) + "." + frac + " ".repeat(padRight - frac.length());
    }

    /** Positional digits, at most 8 decimals, trailing zeros dropped but the point kept: "1.", "-0.25". */
    private String positional(double v) {
        DecimalDigits d = DecimalDigits.shortest(v, float32);
        d = d.rounded(d.point() + PRECISION, v);
        String digits = d.digits();
        int point = d.point(), n = digits.length();
        String text;
        if (n == 0) text = "0.";
        else if (point <= 0) text = "0." + "0".repeat(-point) + digits;
        else if (point >= n) text = digits + "0".repeat(point - n) + ".";
        else text = digits.substring(0, point) + "." + digits.substring(point);
        return (isNegative(v) ? "-" : "") + text;
    }

    private record Scientific(String intPart, String fraction, char expSign, String exponent) {}

    /** Scientific digits: at most 8 after the mantissa's point, exponent with at least two digits. */
    private Scientific scientific(double v) {
        String sign = isNegative(v) ? "-" : "";
        if (v == 0) return new Scientific(sign + "0", "", '+', "00");
        DecimalDigits d = DecimalDigits.shortest(v, float32).rounded(PRECISION + 1, v);
        String digits = d.digits();
        int exponent = d.point() - 1;
        String exp = Integer.toString(Math.abs(exponent));
        return new Scientific(sign + digits.charAt(0), digits.substring(1), exponent < 0 ? '-' : '+',
                exp.length() < 2 ? "0" + exp : exp);
    }

    private static boolean isNegative(double v) { return v < 0 || (v == 0 && 1 / v < 0); }
}
