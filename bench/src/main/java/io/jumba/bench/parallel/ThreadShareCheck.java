package io.jumba.bench.parallel;

import io.jumba.bench.BenchCase;
import io.jumba.bench.jmh.JumbaEntry;
import io.jumba.runtime.parallel.ThreadCount;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * A quick check of a prange case on 1 and 2 threads, alternating, that also says how much CPU the caller and the
 * pool threads got: on a busy machine a 2-thread time that does not drop comes with a caller that ran well under
 * 100% of the wall time, which tells contention from a loop that does not spread. Not a benchmark (no JMH):
 * {@code java --add-modules jdk.incubator.vector -cp bench/target/benchmarks.jar
 * io.jumba.bench.parallel.ThreadShareCheck mandelbrot_prange small 300}.
 */
public final class ThreadShareCheck {
    private ThreadShareCheck() {}

    public static void main(String[] args) throws Throwable {
        if (args.length != 3) {
            System.err.println("usage: ThreadShareCheck CASE SIZE CALLS");
            System.exit(2);
        }
        BenchCase c = BenchCase.load(args[0]);
        int calls = Integer.parseInt(args[2]);
        Object[] inputs = c.inputs(args[1]);
        JumbaEntry entry = JumbaEntry.compile(c);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int round = 0; round < 3; round++) {
            for (int threads : new int[] {1, 2}) {
                ThreadCount.set(threads);
                for (int k = 0; k < calls; k++) entry.handle().invokeWithArguments(inputs);  // warm-up
                long pool0 = poolCpu(mx), caller0 = mx.getCurrentThreadCpuTime(), t0 = System.nanoTime();
                for (int k = 0; k < calls; k++) entry.handle().invokeWithArguments(inputs);
                long wall = System.nanoTime() - t0;
                System.out.printf("%s %s, %d thread(s): %.1f us a call; caller CPU %.0f%% and pool CPU %.0f%% of the wall time; load %s%n",
                        args[0], args[1], threads, wall / 1e3 / calls, 100.0 * (mx.getCurrentThreadCpuTime() - caller0) / wall,
                        100.0 * (poolCpu(mx) - pool0) / wall, loadAverage());
            }
        }
    }

    private static long poolCpu(ThreadMXBean mx) {
        long total = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("jumba-parallel")) total += Math.max(0, mx.getThreadCpuTime(t.threadId()));
        }
        return total;
    }

    /** The one-minute system load average. */
    static String loadAverage() {
        return String.format("%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
