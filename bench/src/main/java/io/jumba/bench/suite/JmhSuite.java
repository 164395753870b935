package io.jumba.bench.suite;

import io.jumba.bench.BenchKernels;
import io.jumba.bench.jmh.Impl;
import io.jumba.bench.jmh.SuiteBenchmark;
import io.jumba.bench.report.Timing;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs the suite's JMH part: per width and per case one JMH run of {@link SuiteBenchmark} over the case's sizes and
 * implementations, reporting progress through {@link ProgressFormat}. A benchmark that fails (setup threw, forked
 * JVM died) becomes a {@link Failure} and the run goes on.
 */
final class JmhSuite {
    /** The figures and the failures of the JMH part. */
    record Outcome(List<Measurement> measurements, List<Failure> failures) {}

    private JmhSuite() {}

    static Outcome run(SuitePlan plan, List<Width> widths, JmhSettings jmh, Path kernels, ProgressFormat progress)
            throws RunnerException {
        List<Measurement> measurements = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        List<SuitePlan.Entry> entries = plan.entries();
        for (Width width : widths) {
            String widthPrefix = widths.size() > 1 || width.bits() != 0 ? "[" + width.label() + "] " : "";
            for (int i = 0; i < entries.size(); i++) {
                SuitePlan.Entry entry = entries.get(i);
                String name = entry.benchCase().name();
                progress.startCase(String.format("%s[%2d/%d] %-17s", widthPrefix, i + 1, entries.size(), name));
                Map<String, RunResult> byKey = new HashMap<>();
                for (RunResult r : new Runner(options(entry, width, jmh, kernels), progress).run()) {
                    byKey.put(ProgressFormat.key(r.getParams().getParam("size"), r.getParams().getParam("impl")), r);
                }
                for (String size : entry.sizes()) {
                    for (Impl impl : entry.impls()) {
                        RunResult r = byKey.get(ProgressFormat.key(size, impl.id()));
                        if (r == null) {
                            String why = progress.failures().getOrDefault(ProgressFormat.key(size, impl.id()), "JMH gave no result");
                            failures.add(new Failure(name, size, width, impl.id(), why));
                        } else {
                            measurements.add(measurement(name, size, width, impl, r));
                        }
                    }
                }
            }
        }
        return new Outcome(measurements, failures);
    }

    /** JMH options for one case at one width: its sizes and implementations, the settings, the JVM options. */
    static Options options(SuitePlan.Entry entry, Width width, JmhSettings jmh, Path kernels) {
        List<String> jvm = new ArrayList<>(List.of("--add-modules", "jdk.incubator.vector",
                "-D" + BenchKernels.PROPERTY + "=" + kernels));
        jvm.addAll(hugePages(System.getProperty("os.name", "")));
        jvm.addAll(width.jvmArgs());
        jvm.addAll(jmh.jvmArgs());
        return new OptionsBuilder()
                .include("^" + Pattern.quote(SuiteBenchmark.class.getName() + ".run") + "$")
                .param("caseName", entry.benchCase().name())
                .param("size", entry.sizes().toArray(String[]::new))
                .param("impl", entry.impls().stream().map(Impl::id).toArray(String[]::new))
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.MICROSECONDS)
                .forks(jmh.forks())
                .warmupIterations(jmh.warmupIterations())
                .warmupTime(jmh.warmupTime())
                .measurementIterations(jmh.iterations())
                .measurementTime(jmh.iterationTime())
                .jvmArgsAppend(jvm.toArray(String[]::new))
                .shouldFailOnError(false)
                .build();
    }

    /**
     * Transparent huge pages for the forks' heaps, on Linux (the option exists only there). NumPy asks the kernel for
     * huge pages for every array of 4 MB or more, so Numba's large inputs have them; where THP is "madvise" the JVM's
     * heap has them only with this option, and without it memory-bound cases pay TLB misses that Numba's do not
     * (sumsq_prange large: 3.52 ms against 2.13 ms on 2 threads, docs/benchmarks.md). A user's
     * {@code -XX:-UseTransparentHugePages} comes later and wins.
     */
    static List<String> hugePages(String osName) {
        return osName.startsWith("Linux") ? List.of("-XX:+UseTransparentHugePages") : List.of();
    }

    private static Measurement measurement(String name, String size, Width width, Impl impl, RunResult r) {
        List<IterationResult> iterations = r.getBenchmarkResults().stream()
                .flatMap(b -> b.getIterationResults().stream()).toList();
        return new Measurement(name, size, width, impl.id(), timing(iterations), r.getPrimaryResult().getScoreError(),
                iterations.size());
    }

    /** The median and spread of measured iterations (scores in microseconds per call). */
    static Timing timing(Collection<IterationResult> iterations) {
        return Timing.of(iterations.stream().mapToDouble(i -> i.getPrimaryResult().getScore()).toArray());
    }
}
