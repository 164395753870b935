package io.jumba.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Times a call at steady state, as JMH does rather than as a stopwatch around a few calls: the JVM first runs kernel
 * code in its bytecode interpreter and only later in C2-compiled code, so early figures measure HotSpot, not Jumba.
 *
 * <p>Calls run in batches that each last at least {@link #MIN_BATCH_NANOS}, so the clock's resolution and the cost
 * of reading it vanish. Warm-up runs for at least {@code minWarmupNanos} and goes on, up to {@code maxWarmupNanos},
 * until the median per-call time of consecutive {@link #WINDOW_NANOS} windows stops improving by more than
 * {@link #IMPROVEMENT}. Then batches are sampled for {@code measureNanos} (at least {@link #MIN_SAMPLES} of them).
 *
 * @param minWarmupNanos shortest warm-up
 * @param maxWarmupNanos longest warm-up, even if batches still get faster
 * @param measureNanos   how long to sample after warm-up
 */
record SteadyStateTimer(long minWarmupNanos, long maxWarmupNanos, long measureNanos) {
    /** Shortest batch: long enough that {@code System.nanoTime()}'s granularity and cost are below 0.1%. */
    static final long MIN_BATCH_NANOS = 1_000_000;
    /** Warm-up is judged window by window; a window is the batches run in this time. */
    static final long WINDOW_NANOS = 100_000_000;
    /** A window "improves" when its median is faster than the best so far by more than this fraction. */
    static final double IMPROVEMENT = 0.02;
    /** Windows in a row without improvement that end the warm-up. */
    static final int STABLE_WINDOWS = 3;
    /** Fewest timed batches, however short the measuring time. */
    static final int MIN_SAMPLES = 5;
    /** The last batch's last result, published so that the JIT cannot drop the calls that produce it. */
    private static volatile Object lastResult;

    /** One call of the thing timed; its result is kept so the JIT cannot drop the call. */
    @FunctionalInterface
    interface Call {
        Object run() throws Throwable;
    }

    /**
     * Per-call times of the sampled batches, in nanoseconds, and how the warm-up went.
     *
     * @param perCallNanos   each sample's time divided by its calls, sorted ascending
     * @param callsPerSample calls in each sampled batch
     * @param warmupNanos    time spent warming up
     * @param warmupCalls    calls made while warming up
     */
    record Result(double[] perCallNanos, long callsPerSample, long warmupNanos, long warmupCalls) {
        double min() { return perCallNanos[0]; }
        double max() { return perCallNanos[perCallNanos.length - 1]; }
        double median() { return percentile(50); }

        /** The nearest-rank percentile p (0..100) of the per-call times. */
        double percentile(double p) {
            int rank = (int) Math.ceil(p / 100 * perCallNanos.length);
            return perCallNanos[Math.clamp(rank - 1, 0, perCallNanos.length - 1)];
        }
    }

    /** Warms call up and samples it; progress gets a short status line now and then (for a terminal). */
    Result time(Call call, Consumer<String> progress) throws Throwable {
        long calls = 1, warmupCalls = 0, start = System.nanoTime(), lastReport = start;
        double best = Double.POSITIVE_INFINITY;
        int stable = 0;
        while (true) {
            List<Double> window = new ArrayList<>();
            long windowStart = System.nanoTime();
            while (System.nanoTime() - windowStart < WINDOW_NANOS) {
                long t = batch(call, calls);
                warmupCalls += calls;
                window.add((double) t / calls);
                calls = grown(calls, t);
            }
            double median = median(window);
            stable = median < best * (1 - IMPROVEMENT) ? 0 : stable + 1;
            best = Math.min(best, median);
            long now = System.nanoTime(), elapsed = now - start;
            if (now - lastReport >= 250_000_000) {
                progress.accept(String.format("warming up: %.1f s, %s per call", elapsed / 1e9, Units.nanos(median)));
                lastReport = now;
            }
            if (elapsed >= maxWarmupNanos || elapsed >= minWarmupNanos && stable >= STABLE_WINDOWS) break;
        }
        long warmupNanos = System.nanoTime() - start;

        List<Double> samples = new ArrayList<>();
        long measureStart = System.nanoTime();
        while (samples.size() < MIN_SAMPLES || System.nanoTime() - measureStart < measureNanos) {
            samples.add((double) batch(call, calls) / calls);
        }
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new Result(sorted, calls, warmupNanos, warmupCalls);
    }

    /** Nanoseconds that calls calls take. */
    private static long batch(Call call, long calls) throws Throwable {
        Object sink = null;
        long t0 = System.nanoTime();
        for (long i = 0; i < calls; i++) sink = call.run();
        long t = System.nanoTime() - t0;
        lastResult = sink;
        return Math.max(t, 1);
    }

    /** The batch size for the next batch: grown (at most tenfold) until a batch lasts MIN_BATCH_NANOS. */
    private static long grown(long calls, long batchNanos) {
        if (batchNanos >= MIN_BATCH_NANOS) return calls;
        long needed = (long) Math.ceil((double) calls * MIN_BATCH_NANOS / batchNanos);
        return Math.min(needed, calls * 10);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
