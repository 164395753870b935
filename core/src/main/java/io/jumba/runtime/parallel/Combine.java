package io.jumba.runtime.parallel;

import io.jumba.runtime.MathFunctions;

/**
 * Combines per-chunk reduction partials into the loop's result, the same way for every thread count and schedule.
 * Float sums and products use a fixed pairwise tree over the chunk indices (halving, left = lower chunks), in
 * the strict mode too, as the interpreter does; the result is {@code init op tree(partials)}. The other
 * operators are exact, and are combined in chunk index order with the loop's own tie rule, which gives what a
 * serial run gives. Partials of min/max kinds never hold NaN unless the operator propagates it, since a chunk
 * starts from its identity and comparisons never pick a NaN candidate.
 */
public final class Combine {
    private Combine() {}

    public static double sum(double init, double[] partials) { return init + sumTree(partials, 0, partials.length); }

    public static float sum(float init, float[] partials) { return init + sumTree(partials, 0, partials.length); }

    public static double product(double init, double[] partials) { return init * productTree(partials, 0, partials.length); }

    public static float product(float init, float[] partials) { return init * productTree(partials, 0, partials.length); }

    /** Integer sum, wrapping as the dtype does once the caller narrows it; exact in any order. */
    public static long sum(long init, long[] partials) {
        long acc = init;
        for (long p : partials) acc += p;
        return acc;
    }

    public static long product(long init, long[] partials) {
        long acc = init;
        for (long p : partials) acc *= p;
        return acc;
    }

    public static long bitAnd(long init, long[] partials) {
        long acc = init;
        for (long p : partials) acc &= p;
        return acc;
    }

    public static long bitOr(long init, long[] partials) {
        long acc = init;
        for (long p : partials) acc |= p;
        return acc;
    }

    public static long bitXor(long init, long[] partials) {
        long acc = init;
        for (long p : partials) acc ^= p;
        return acc;
    }

    /**
     * A float min/max reduction of the given kind. MIN/MAX replace the accumulator only when the partial compares
     * strictly better, or also when equal if {@code lastWinsTies} (the loop used {@code <=}/{@code >=}).
     */
    public static double minMax(ReductionKind kind, double init, double[] partials, boolean lastWinsTies) {
        double acc = init;
        for (double p : partials) {
            acc = switch (kind) {
                case MIN -> p < acc || (lastWinsTies && p == acc) ? p : acc;
                case MAX -> p > acc || (lastWinsTies && p == acc) ? p : acc;
                case NAN_MIN -> MathFunctions.min(acc, p);
                case NAN_MAX -> MathFunctions.max(acc, p);
                case FMIN -> MathFunctions.fmin(acc, p);
                case FMAX -> MathFunctions.fmax(acc, p);
                case AMIN, AMAX, ARGMIN, ARGMAX -> takesNan(kind, p, acc) ? p : acc;
                default -> throw new IllegalArgumentException(kind + " is not a min/max reduction");
            };
        }
        return acc;
    }

    /** An integer min/max reduction (every min/max kind agrees on integers). */
    /** {@link #minMax(ReductionKind, long, long[])} on uint64 values held in longs, ordered unsigned. */
    public static long minMaxUnsigned(ReductionKind kind, long init, long[] partials) {
        // Flipping the top bit maps the unsigned order onto the signed one.
        long[] flipped = new long[partials.length];
        for (int c = 0; c < flipped.length; c++) flipped[c] = partials[c] ^ Long.MIN_VALUE;
        return minMax(kind, init ^ Long.MIN_VALUE, flipped) ^ Long.MIN_VALUE;
    }

    public static long minMax(ReductionKind kind, long init, long[] partials) {
        long acc = init;
        for (long p : partials) {
            acc = switch (kind) {
                case MIN, NAN_MIN, FMIN, AMIN, ARGMIN -> Math.min(acc, p);
                case MAX, NAN_MAX, FMAX, AMAX, ARGMAX -> Math.max(acc, p);
                default -> throw new IllegalArgumentException(kind + " is not a min/max reduction");
            };
        }
        return acc;
    }

    /**
     * The chunk whose candidate wins an argmin/argmax-style reduction ({@code if x < m: m = x; k = i}), or -1 when
     * the initial value stays. {@code updated[c]} says whether chunk c took any candidate; the caller copies the
     * winning chunk's value and companions (such as the index). kind is MIN, MAX or a NaN-aware kind (AMIN/AMAX, ARGMIN/ARGMAX).
     */
    public static int winner(ReductionKind kind, double init, double[] values, boolean[] updated, boolean lastWinsTies) {
        double best = init;
        int win = -1;
        for (int c = 0; c < values.length; c++) {
            if (!updated[c]) continue;
            double v = values[c];
            boolean better = switch (kind) {
                case MIN -> v < best || (lastWinsTies && v == best);
                case MAX -> v > best || (lastWinsTies && v == best);
                case AMIN, AMAX, ARGMIN, ARGMAX -> takesNan(kind, v, best);
                default -> throw new IllegalArgumentException(kind + " is not an argmin/argmax reduction");
            };
            if (better) {
                best = v;
                win = c;
            }
        }
        return win;
    }

    /** As {@link #winner(ReductionKind, double, double[], boolean[], boolean)} for an integer value. */
    public static int winner(ReductionKind kind, long init, long[] values, boolean[] updated, boolean lastWinsTies) {
        long best = init;
        int win = -1;
        for (int c = 0; c < values.length; c++) {
            if (!updated[c]) continue;
            long v = values[c];
            boolean better = switch (kind) {
                case MIN, AMIN, ARGMIN -> v < best || (lastWinsTies && v == best);
                case MAX, AMAX, ARGMAX -> v > best || (lastWinsTies && v == best);
                default -> throw new IllegalArgumentException(kind + " is not an argmin/argmax reduction");
            };
            if (better) {
                best = v;
                win = c;
            }
        }
        return win;
    }

    /**
     * An array reduction with private copies ({@code hist[k] += x}): adds, element by element, the chunks' copies
     * into target with the same tree as {@link #sum(double, double[])}.
     */
    public static void sumInto(double[] target, double[][] copies) {
        double[] column = new double[copies.length];
        for (int k = 0; k < target.length; k++) {
            for (int c = 0; c < copies.length; c++) column[c] = copies[c][k];
            target[k] = sum(target[k], column);
        }
    }

    /** Integer array reduction: adds every chunk's copy into target (exact in any order). */
    public static void sumInto(long[] target, long[][] copies) {
        for (long[] copy : copies) {
            for (int k = 0; k < target.length; k++) target[k] += copy[k];
        }
    }

    private static double sumTree(double[] p, int lo, int hi) {
        if (hi - lo == 0) return 0.0;
        if (hi - lo == 1) return p[lo];
        int mid = (lo + hi) >>> 1;
        return sumTree(p, lo, mid) + sumTree(p, mid, hi);
    }

    private static float sumTree(float[] p, int lo, int hi) {
        if (hi - lo == 0) return 0f;
        if (hi - lo == 1) return p[lo];
        int mid = (lo + hi) >>> 1;
        return sumTree(p, lo, mid) + sumTree(p, mid, hi);
    }

    private static double productTree(double[] p, int lo, int hi) {
        if (hi - lo == 0) return 1.0;
        if (hi - lo == 1) return p[lo];
        int mid = (lo + hi) >>> 1;
        return productTree(p, lo, mid) * productTree(p, mid, hi);
    }

    private static float productTree(float[] p, int lo, int hi) {
        if (hi - lo == 0) return 1f;
        if (hi - lo == 1) return p[lo];
        int mid = (lo + hi) >>> 1;
        return productTree(p, lo, mid) * productTree(p, mid, hi);
    }

    /**
     * Whether candidate v replaces acc under the NaN-aware kinds of np.min/np.max (AMIN/AMAX: a NaN candidate always)
     * and np.argmin/np.argmax (ARGMIN/ARGMAX: the same, but never a NaN accumulator).
     */
    private static boolean takesNan(ReductionKind kind, double v, double acc) {
        boolean better = switch (kind) {
            case AMIN, ARGMIN -> v < acc;
            case AMAX, ARGMAX -> v > acc;
            default -> throw new IllegalArgumentException(kind + " is not a NaN-aware min/max");
        };
        boolean replaces = better || v != v;
        return kind == ReductionKind.ARGMIN || kind == ReductionKind.ARGMAX ? acc == acc && replaces : replaces;
    }
}
