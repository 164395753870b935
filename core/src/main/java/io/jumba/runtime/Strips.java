package io.jumba.runtime;

/**
 * Strip-mining of a kernel's outermost innermost loops for cancellation: such a loop runs in strips of a fixed number
 * of iterations with {@link Faults#checkInterrupt} between them and nothing inside one, so that a strip stays a
 * counted loop that HotSpot unrolls as it would the loop without checks.
 */
public final class Strips {
    private Strips() {}

    /**
     * Where the strip of at most n iterations from idx ends, in a loop going to stop (exclusive) by step: idx + n * step
     * when that is short of stop, else stop. idx must be in range (below stop for a positive step, above it for a
     * negative one). Distances are unsigned, so no range of longs overflows.
     */
    public static long end(long idx, long stop, long step, long n) {
        long magnitude = step > 0 ? step : -step;        // unsigned: 2^63 for Long.MIN_VALUE
        long left = step > 0 ? stop - idx : idx - stop;  // unsigned and positive while idx is in range
        long span = magnitude * n;
        if (Math.unsignedMultiplyHigh(magnitude, n) != 0 || Long.compareUnsigned(left, span) <= 0) return stop;
        return step > 0 ? idx + span : idx - span;
    }

    /**
     * The number of iterations of {@code range(start, stop, step)} (step non-zero), as an unsigned long. A loop that
     * counts it down never steps its index past the ends of int64, as one comparing the index with stop would: near
     * the ends, index + step wraps around and stays below stop forever.
     */
    public static long trips(long start, long stop, long step) {
        if (step > 0 ? start >= stop : start <= stop) return 0;
        long distance = step > 0 ? stop - start : start - stop;   // unsigned
        long magnitude = step > 0 ? step : -step;                 // unsigned: 2^63 for Long.MIN_VALUE
        return Long.divideUnsigned(distance - 1, magnitude) + 1;
    }
}
