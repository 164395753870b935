package io.jumba.array;

/**
 * The decimal digits of a non-negative float value, {@code 0.digits × 10^point} with no leading or trailing zeros
 * (empty for zero): Java's shortest round-trip digits, and those digits rounded as NumPy's Dragon4 rounds, half to
 * even on the exact binary value. Worked out on {@link Double#toString}'s text rather than with BigDecimal, whose
 * class initialization a cold CLI call that prints an array would otherwise pay.
 */
record DecimalDigits(String digits, int point) {

    /** The shortest digits that read back as |v| in its own precision (float32 or float64); v finite. */
    static DecimalDigits shortest(double v, boolean float32) {
        String text = float32 ? Float.toString(Math.abs((float) v)) : Double.toString(Math.abs(v)); // "12.5", "1.5E-7"
        int e = text.indexOf('E');
        String mantissa = e < 0 ? text : text.substring(0, e);
        int dot = mantissa.indexOf('.');
        String all = mantissa.substring(0, dot) + mantissa.substring(dot + 1);
        int point = dot + (e < 0 ? 0 : Integer.parseInt(text.substring(e + 1)));
        int first = 0, end = all.length();
        while (first < end && all.charAt(first) == '0') first++;
        while (end > first && all.charAt(end - 1) == '0') end--;
        return new DecimalDigits(all.substring(first, end), first == end ? 0 : point - first);
    }

    /**
     * These digits (the shortest of exact) kept up to {@code keep} significant digits, rounded half to even on
     * exact, the binary value they were written for. Only a dropped part of exactly "5" needs exact: otherwise no
     * rounding boundary lies between the shortest digits and the exact value, or a shorter (or closer) decimal
     * would have been the shortest.
     */
    DecimalDigits rounded(int keep, double exact) {
        if (digits.length() <= keep) return this;
        if (keep < 0) return new DecimalDigits("", 0);
        String dropped = digits.substring(keep);
        int direction = dropped.charAt(0) != '5' ? dropped.charAt(0) - '5'
                : dropped.length() > 1 ? 1 : ExactComparison.compare(Math.abs(exact), Long.parseLong(digits), point - digits.length());
        String kept = digits.substring(0, keep);
        boolean up = direction > 0 || (direction == 0 && keep > 0 && (kept.charAt(keep - 1) - '0') % 2 == 1);
        if (!up) return trimmed(kept, point);
        char[] d = kept.toCharArray();
        int i = d.length - 1;
        while (i >= 0 && d[i] == '9') d[i--] = '0';
        if (i < 0) return new DecimalDigits("1", point + 1);
        d[i]++;
        return trimmed(new String(d), point);
    }

    private static DecimalDigits trimmed(String digits, int point) {
        int end = digits.length();
        while (end > 0 && digits.charAt(end - 1) == '0') end--;
        return end == 0 ? new DecimalDigits("", 0) : new DecimalDigits(digits.substring(0, end), point);
    }
}
