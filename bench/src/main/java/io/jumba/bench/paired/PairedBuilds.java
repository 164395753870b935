package io.jumba.bench.paired;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Two builds of Jumba (or one build under two settings) timed side by side in one JVM, round by round: the
 * measurement for "within 5%" and "costs under 2%" questions that forks of one build, each with its own JIT
 * decisions and memory layout and each at another moment of a shared machine, spread too widely to answer (see
 * docs/benchmarks.md). Each side is a {@code benchmarks.jar} in its own class loader, running the suite's
 * {@code SuiteBenchmark} for a case as JMH would (same set-up and agreement check, same {@code run()}); after a
 * common warm-up that alternates the sides, every round times a block of A and a block of B back to back (ABBA
 * order), and the median of the per-round ratios B/A is reported with its quartiles and 95% interval.
 *
 * <pre>
 * java -XX:ObjectAlignmentInBytes=64 --add-modules jdk.incubator.vector -Djumba.benchKernels=bench/kernels \
 *     -cp bench/target/benchmarks.jar io.jumba.bench.paired.PairedBuilds \
 *     [--a-property K=V] [--b-property K=V] [--size small] [--impl jumba] [--warmup 12] [--rounds 60] \
 *     [--block-ms 20] A.jar B.jar CASE...
 * </pre>
 * {@code bench/compare-paired.sh} builds a commit's jar and runs this against the working tree.
 */
public final class PairedBuilds {
    private PairedBuilds() {}

    public static void main(String[] args) throws Throwable {
        Map<String, String> aProps = new LinkedHashMap<>(), bProps = new LinkedHashMap<>();
        String size = "small", impl = "jumba";
        double warmupSeconds = 12, blockMillis = 20;
        int rounds = 60;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--a-property" -> put(aProps, args[++i]);
                case "--b-property" -> put(bProps, args[++i]);
                case "--size" -> size = args[++i];
                case "--impl" -> impl = args[++i];
                case "--warmup" -> warmupSeconds = Double.parseDouble(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--block-ms" -> blockMillis = Double.parseDouble(args[++i]);
                default -> rest.add(args[i]);
            }
        }
        if (rest.size() < 3) {
            System.err.println("usage: PairedBuilds [options] A.jar B.jar CASE...");
            System.exit(2);
        }
        Build a = new Build("A", List.of(Path.of(rest.get(0))), aProps);
        Build b = new Build("B", List.of(Path.of(rest.get(1))), bProps);
        System.out.println("| case | A (us/call) | B (us/call) | B/A median | quartiles | 95% interval | rounds × calls |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String caseName : rest.subList(2, rest.size())) {
            if (!a.has(caseName) || !b.has(caseName)) {
                System.out.printf("| %s | %s | %s | | | | |%n", caseName, a.has(caseName) ? "" : "no such case", b.has(caseName) ? "" : "no such case");
                continue;
            }
            PairedRatios r = compare(a, b, caseName, size, impl, (long) (warmupSeconds * 1e9), rounds, (long) (blockMillis * 1e6));
            System.out.printf("| %s | %.4g | %.4g | %.3f | %.3f–%.3f | %.3f–%.3f | %d × %d |%n", caseName, r.aMicros(),
                    r.bMicros(), r.median(), r.q1(), r.q3(), r.ciLow(), r.ciHigh(), r.rounds(), r.calls());
        }
    }

    /** One case of both builds: set up, warmed up alternately for {@code warmupNanos}, then timed in rounds. */
    static PairedRatios compare(Build a, Build b, String caseName, String size, String impl, long warmupNanos,
                                int rounds, long blockNanos) throws Throwable {
        Case c = new Case(a.prepare(caseName, size, impl), b.prepare(caseName, size, impl));
        return c.measure(a, b, rounds, c.warmUp(a, b, warmupNanos, blockNanos));
    }

    private static void put(Map<String, String> props, String kv) {
        int eq = kv.indexOf('=');
        if (eq <= 0) throw new IllegalArgumentException("expected KEY=VALUE, got " + kv);
        props.put(kv.substring(0, eq), kv.substring(eq + 1));
    }

    /** One case's two prepared benchmarks. */
    private record Case(Object aBench, Object bBench) {
        /**
         * Alternates the sides until {@code nanos} have passed and both have run at least once, growing the calls
         * per block until a block of the slower side takes about {@code blockNanos}; returns that count.
         */
        int warmUp(Build a, Build b, long nanos, long blockNanos) throws Throwable {
            int calls = 1;
            long end = System.nanoTime() + nanos;
            do {
                long slower = Math.max(a.time(aBench, calls), b.time(bBench, calls));
                if (slower < blockNanos) calls = (int) Math.min(1 << 24, Math.max(calls + 1, calls * Math.min(2.0, (double) blockNanos / Math.max(slower, 1))));
            } while (System.nanoTime() < end);
            return calls;
        }

        PairedRatios measure(Build a, Build b, int rounds, int calls) throws Throwable {
            long[] aNanos = new long[rounds], bNanos = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                if (r % 2 == 0) {
                    aNanos[r] = a.time(aBench, calls);
                    bNanos[r] = b.time(bBench, calls);
                } else {
                    bNanos[r] = b.time(bBench, calls);
                    aNanos[r] = a.time(aBench, calls);
                }
            }
            return PairedRatios.of(aNanos, bNanos, calls);
        }
    }
}
