package io.jumba.cli;

import java.util.Locale;

/** Durations in the unit a person reads best: {@code 812 ns}, {@code 1.07 µs}, {@code 12.6 ms}, {@code 1.20 s}. */
final class Units {
    private Units() {}

    /** nanos with three significant digits in ns, µs, ms or s. */
    static String nanos(double nanos) {
        if (nanos < 1e3) return digits(nanos) + " ns";
        if (nanos < 1e6) return digits(nanos / 1e3) + " µs";
        if (nanos < 1e9) return digits(nanos / 1e6) + " ms";
        return digits(nanos / 1e9) + " s";
    }

    private static String digits(double v) {
        String format = v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, format, v);
    }
}
