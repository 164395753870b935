package io.jumba.bench.suite;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * How JMH runs each benchmark of the suite.
 *
 * @param forks             JVM forks per benchmark; 0 runs in the suite's own JVM (smoke runs only)
 * @param warmupIterations  warm-up iterations
 * @param warmupTime        length of one warm-up iteration
 * @param iterations        measured iterations
 * @param iterationTime     length of one measured iteration
 * @param jvmArgs           more options for the forked JVMs (heap settings, say), after the suite's own
 */
public record JmhSettings(int forks, int warmupIterations, TimeValue warmupTime, int iterations, TimeValue iterationTime,
                          List<String> jvmArgs) {
    /**
     * Normal runs: a fresh JVM per benchmark, 5 s of warm-up (HotSpot reaches some kernels' steady state only after
     * a few seconds, pairwise_dist among them) and 5 measured seconds.
     */
    public static final JmhSettings NORMAL = new JmhSettings(1, 5, TimeValue.seconds(1), 5, TimeValue.seconds(1), List.of());

    /** Smoke runs: in the suite's JVM, one short warm-up and three short measurements; the figures mean little. */
    public static final JmhSettings QUICK = new JmhSettings(0, 1, TimeValue.milliseconds(50), 3, TimeValue.milliseconds(50), List.of());

    public JmhSettings {
        if (forks < 0 || warmupIterations < 0 || iterations < 1) {
            throw new IllegalArgumentException("forks and warm-up iterations must be at least 0, iterations at least 1");
        }
        if (forks == 0 && !jvmArgs.isEmpty()) throw new IllegalArgumentException("JVM options need forked JVMs (forks 1 or more)");
        jvmArgs = List.copyOf(jvmArgs);
    }

    /** Seconds one benchmark takes, JVM start and setup left out. */
    public double secondsPerBenchmark() {
        return (warmupIterations * seconds(warmupTime) + iterations * seconds(iterationTime)) * Math.max(1, forks);
    }

    private static double seconds(TimeValue t) {
        return t.convertTo(TimeUnit.MICROSECONDS) / 1e6;
    }

    /** e.g. "1 fork, warm-up 5 x 1 s, measurement 5 x 1 s". */
    public String describe() {
        String f = forks == 0 ? "in-process (no fork)" : forks + (forks == 1 ? " fork" : " forks");
        return f + ", warm-up " + warmupIterations + " x " + warmupTime + ", measurement " + iterations + " x " + iterationTime
                + (jvmArgs.isEmpty() ? "" : ", JVM options " + String.join(" ", jvmArgs));
    }
}
