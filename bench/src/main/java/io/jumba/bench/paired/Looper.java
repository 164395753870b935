package io.jumba.bench.paired;

import io.jumba.bench.jmh.SuiteBenchmark;

/**
 * The timed loop, defined anew in each build's class loader ({@link BuildLoader}) so that its call of
 * {@code SuiteBenchmark.run} links to that build's class: one monomorphic, inlinable call site per build, as in
 * JMH's generated stubs, instead of an indirect call through a method handle on every iteration.
 */
public final class Looper {
    private Looper() {}

    /** Calls {@code bench.run()} {@code calls} times and returns the sum of its results (a sink for the JIT). */
    public static double loop(Object bench, int calls) throws Throwable {
        SuiteBenchmark b = (SuiteBenchmark) bench;
        double sum = 0;
        for (int i = 0; i < calls; i++) sum += b.run();
        return sum;
    }
}
