package io.jumba.cli;

import io.jumba.array.DType;
import io.jumba.array.NDArray;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Formats an array as NumPy's {@code repr} does with default print options: {@code array([1. , 2.5])},
 * aligned columns, at most 8 fraction digits, scientific notation when magnitudes call for it, rows wrapped at
 * 75 characters, and arrays over 1000 elements summarized with {@code ...}.
 */
final class NumpyRepr {
    private static final int LINE_WIDTH = 75;
    private static final int THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;
    private static final String PREFIX = "array(";

    private NumpyRepr() {}

    static String of(NDArray a) {
        boolean summarize = a.size() > THRESHOLD;
        String suffix = showsDtype(a) ? ", dtype=" + a.dtype().numpyName() + ")" : ")";
        if (a.size() == 0) return PREFIX + "[]" + ", dtype=" + a.dtype().numpyName() + ")";
        List<Double> shown = new ArrayList<>();
        collect(a, new int[a.ndim()], 0, summarize, idx -> shown.add(a.getDouble(idx)));
        ElementFormat fmt = ElementFormat.of(a.dtype(), shown);
        if (a.ndim() == 0) return PREFIX + fmt.format(a, new int[0]).strip() + suffix;
        StringBuilder sb = new StringBuilder(PREFIX);
        format(a, new int[a.ndim()], 0, fmt, summarize, sb, PREFIX.length());
        return sb.append(suffix).toString();
    }

    private static boolean showsDtype(NDArray a) {
        DType d = a.dtype();
        return d != DType.FLOAT64 && d != DType.INT64 && d != DType.BOOL;
    }

    /** The positions along axis that are printed: all, or the first and last few with a gap (-1) between. */
    private static int[] shownPositions(int n, boolean summarize) {
        if (!summarize || n <= 2 * EDGE_ITEMS) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) all[i] = i;
            return all;
        }
        int[] some = new int[2 * EDGE_ITEMS + 1];
        for (int i = 0; i < EDGE_ITEMS; i++) {
            some[i] = i;
            some[EDGE_ITEMS + 1 + i] = n - EDGE_ITEMS + i;
        }
        some[EDGE_ITEMS] = -1;
        return some;
    }

    private static void collect(NDArray a, int[] idx, int axis, boolean summarize, Consumer<int[]> sink) {
        if (axis == a.ndim()) {
            sink.accept(idx);
            return;
        }
        for (int p : shownPositions(a.shape(axis), summarize)) {
            if (p < 0) continue;
            idx[axis] = p;
            collect(a, idx, axis + 1, summarize, sink);
        }
    }

    private static void format(NDArray a, int[] idx, int axis, ElementFormat fmt, boolean summarize,
                               StringBuilder sb, int indent) {
        sb.append('[');
        int[] positions = shownPositions(a.shape(axis), summarize);
        boolean innermost = axis == a.ndim() - 1;
        int lineStart = sb.lastIndexOf("\n") + 1;
        for (int k = 0; k < positions.length; k++) {
            int p = positions[k];
            if (innermost) {
                String word = p < 0 ? "..." : fmt.format(a, with(idx, axis, p));
                if (k > 0) {
                    sb.append(',');
                    // wrap when the element (and the closing brackets that may follow it) would pass the width
                    if (sb.length() - lineStart + 1 + word.length() + (a.ndim() - axis) > LINE_WIDTH) {
                        sb.append('\n').append(" ".repeat(indent + 1));
                        lineStart = sb.length() - indent - 1;
                    } else {
                        sb.append(' ');
                    }
                }
                sb.append(word);
            } else {
                if (k > 0) {
                    sb.append(',').append("\n".repeat(a.ndim() - axis - 1)).append(" ".repeat(indent + 1));
                }
                if (p < 0) {
                    sb.append("...");
                } else {
                    format(a, with(idx, axis, p), axis + 1, fmt, summarize, sb, indent + 1);
                }
            }
        }
        sb.append(']');
    }

    private static int[] with(int[] idx, int axis, int p) {
        idx[axis] = p;
        return idx;
    }

    /** How every element of one array prints, with a common width as NumPy aligns them. */
    private sealed interface ElementFormat {
        String format(NDArray a, int[] idx);

        static ElementFormat of(DType dtype, List<Double> values) {
            if (dtype.isBool()) return new Bools();
            if (dtype.isInteger()) {
                int width = 1;
                for (double v : values) width = Math.max(width, Long.toString((long) v).length());
                return new Ints(width);
            }
            return Floats.of(values);
        }
    }

    private record Bools() implements ElementFormat {
        public String format(NDArray a, int[] idx) { return a.getBoolean(idx) ? " True" : "False"; }
    }

    private record Ints(int width) implements ElementFormat {
        public String format(NDArray a, int[] idx) {
            String s = Long.toString(a.getLong(idx));
            return " ".repeat(width - s.length()) + s;
        }
    }

    /** NumPy's FloatingFormat in 'maxprec' mode with precision 8. */
    private record Floats(boolean scientific, int padLeft, int padRight, int expDigits) implements ElementFormat {
        static Floats of(List<Double> values) {
            double min = Double.POSITIVE_INFINITY, max = 0;
            boolean anyNonFinite = false, negInf = false;
            List<Double> finite = new ArrayList<>();
            for (double v : values) {
                if (!Double.isFinite(v)) {
                    anyNonFinite = true;
                    negInf |= v == Double.NEGATIVE_INFINITY;
                    continue;
                }
                finite.add(v);
                double m = Math.abs(v);
                if (m != 0) {
                    min = Math.min(min, m);
                    max = Math.max(max, m);
                }
            }
            boolean sci = max > 0 && (max >= 1e8 || min < 1e-4 || max / min > 1e3);
            int padLeft = 0, padRight = 0, expDigits = 0;
            for (double v : finite) {
                String s = sci ? scientificDigits(v) : positional(v);
                String mant = sci ? s.substring(0, s.indexOf('e')) : s;
                int dot = mant.indexOf('.');
                padLeft = Math.max(padLeft, dot);
                padRight = Math.max(padRight, mant.length() - dot - 1);
                if (sci) expDigits = Math.max(expDigits, s.length() - s.indexOf('e') - 2);
            }
            if (anyNonFinite) {
                int offset = padRight + 1;
                padLeft = Math.max(padLeft, Math.max(3 - offset, 3 + (negInf ? 1 : 0) - offset));
            }
            return new Floats(sci, padLeft, padRight, expDigits);
        }

        public String format(NDArray a, int[] idx) {
            double v = a.getDouble(idx);
            if (!Double.isFinite(v)) {
                String s = Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
                return " ".repeat(Math.max(0, padLeft + padRight + 1 - s.length())) + s;
            }
            if (scientific) {
                String s = scientificDigits(v);
                int e = s.indexOf('e');
                String mant = s.substring(0, e);
                int dot = mant.indexOf('.');
                String frac = mant.substring(dot + 1);
                String exp = s.substring(e + 2);
                return " ".repeat(padLeft - dot) + mant.substring(0, dot + 1) + frac + "0".repeat(padRight - frac.length())
                        + "e" + s.charAt(e + 1) + "0".repeat(Math.max(0, expDigits - exp.length())) + exp;
            }
            String s = positional(v);
            int dot = s.indexOf('.');
            return " ".repeat(padLeft - dot) + s + " ".repeat(padRight - (s.length() - dot - 1));
        }

        /** Shortest digits, at most 8 after the point, trailing zeros trimmed but the point kept: {@code "2."}. */
        static String positional(double v) {
            BigDecimal d = new BigDecimal(Double.toString(Math.abs(v)));
            if (d.scale() > 8) d = d.setScale(8, RoundingMode.HALF_EVEN);
            d = d.stripTrailingZeros();
            String plain = d.scale() <= 0 ? d.toBigInteger() + "." : d.toPlainString();
            return (isNegative(v) ? "-" : "") + plain;
        }

        /** Shortest digits in scientific form with at most 8 fraction digits: {@code "1.5e-05"}, {@code "1.e+08"}. */
        static String scientificDigits(double v) {
            if (v == 0) return (isNegative(v) ? "-" : "") + "0.e+00";
            BigDecimal d = new BigDecimal(Double.toString(Math.abs(v))).stripTrailingZeros();
            int exp = d.precision() - d.scale() - 1;
            BigDecimal mant = d.movePointLeft(exp);
            if (mant.scale() > 8) mant = mant.setScale(8, RoundingMode.HALF_EVEN).stripTrailingZeros();
            if (mant.compareTo(BigDecimal.TEN) >= 0) {
                mant = mant.movePointLeft(1).stripTrailingZeros();
                exp++;
            }
            String m = mant.scale() <= 0 ? mant.toBigInteger() + "." : mant.toPlainString();
            return (isNegative(v) ? "-" : "") + m + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
        }

        private static boolean isNegative(double v) { return v < 0 || (v == 0 && 1 / v < 0); }
    }
}
