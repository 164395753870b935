package io.jumba.bench.suite;

import io.jumba.bench.BenchCase;
import io.jumba.bench.BenchKernels;
import io.jumba.bench.jmh.Impl;
import jdk.incubator.vector.VectorShape;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code bin/jumba bench-suite}: runs the bench-kernels suite through JMH ({@link JmhSuite}) — every case with
 * plain Java, the Vector API and EJML versions where they exist, and Jumba through its typed handle and call() —
 * and Numba in the same run when Python can import it ({@link NumbaRun}); then writes suite.json, suite.md and one
 * speed-up chart per size and width under --out. Exits 1 when a benchmark failed (a result that disagrees with the
 * plain loop included), 2 for a bad option or a missing suite.
 */
@Command(name = "jumba bench-suite", mixinStandardHelpOptions = true, version = "jumba bench-suite 0.1.0",
        sortOptions = false, usageHelpWidth = 110,
        description = {"Runs the benchmark suite (bench kernels x plain Java, Vector API, EJML, Jumba, Numba) through JMH "
                + "and writes suite.json, suite.md and speedup-<size>.png under --out.",
                "Every implementation's result is checked against the plain Java loop before it is timed."})
public final class SuiteCommand implements Callable<Integer> {
    /** Exit code when a benchmark failed. */
    static final int FAILED = 1;
    /** Exit code for a bad option or a missing suite. */
    static final int USAGE = 2;

    /** numba_timings.py's options for a smoke run: short warm-up, few short samples. */
    private static final List<String> QUICK_NUMBA = List.of("--warmup", "0.05", "--repeats", "5", "--sample-ms", "2");

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Smoke run for CI: small sizes, in-process JMH with very short iterations "
            + "(its times are not measurements); still checks every result and fails on any error.")
    boolean quick;

    @Option(names = "--cases", split = ",", paramLabel = "NAME", description = "Cases of cases.json to run (default: all).")
    List<String> cases = List.of();

    @Option(names = "--sizes", split = ",", paramLabel = "SIZE",
            description = "small, large, or size parameters such as n:4194304 (default: small,large; --quick: small).")
    List<String> sizes;

    @Option(names = "--impls", split = ",", paramLabel = "IMPL",
            description = "Java implementations: java, vector, ejml, jumba, jumba_call (default: all a case has).")
    List<String> impls;

    @Option(names = "--widths", split = ",", paramLabel = "BITS",
            description = "Sweep the SIMD width: e.g. 128,256,512 (-XX:MaxVectorSize and -Djumba.simd.width per pass; "
                    + "default: the JVM's preferred width).")
    List<String> widths;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "${sys:jumba.suite.out:-bench/target/suite}",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--kernels", paramLabel = "DIR", description = "The suite folder holding cases.json (default: the "
            + "repository's bench/kernels).")
    Path kernels;

    @Option(names = "--no-numba", description = "Do not run Numba.")
    boolean noNumba;

    @Option(names = "--python", paramLabel = "FILE", defaultValue = "/usr/bin/python3",
            description = "The Python that runs Numba (default: ${DEFAULT-VALUE}).")
    Path python;

    @Option(names = "--numba-script", paramLabel = "FILE", defaultValue = "${sys:jumba.suite.numbaScript}",
            description = "Numba timing script (default: the repository's bench/kernels/numba_timings.py), run with "
                    + "--suite set to the suite folder.")
    Path numbaScript;

    @Option(names = "--jvm-args", paramLabel = "OPTIONS", description = "More options for the benchmarks' JVMs, one "
            + "string, e.g. \"-Xms6g -Xmx6g -XX:+AlwaysPreTouch\" (a heap touched once at start: kernels that allocate "
            + "big arrays per call otherwise fault in fresh pages every call).")
    String jvmArgs;

    @Option(names = "--forks", paramLabel = "N", description = "JMH forks per benchmark, 0 = in-process (default 1; --quick 0).")
    Integer forks;

    @Option(names = "--warmup", paramLabel = "N", description = "Warm-up iterations (default 5; --quick 1).")
    Integer warmupIterations;

    @Option(names = "--warmup-time", paramLabel = "TIME", description = "One warm-up iteration, e.g. 1s, 200ms (default 1s; --quick 50ms).")
    String warmupTime;

    @Option(names = "--iterations", paramLabel = "N", description = "Measured iterations (default 5; --quick 3).")
    Integer iterations;

    @Option(names = "--time", paramLabel = "TIME", description = "One measured iteration (default 1s; --quick 50ms).")
    String iterationTime;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line: failures become one line on stderr and an exit code. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SuiteCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            boolean usage = ex instanceof IllegalArgumentException || ex instanceof IllegalStateException;
            cmd.getErr().println("bench-suite: " + (usage ? "" : "error: ") + ex.getMessage());
            return usage ? USAGE : FAILED;
        });
        return cl;
    }

    @Override
    public Integer call() throws IOException, InterruptedException, RunnerException {
        PrintStream log = System.out;
        long start = System.nanoTime();
        List<Impl> implList = implList();
        List<Width> widthList = widthList();
        JmhSettings jmh = jmhSettings(widthList);
        if (kernels != null) System.setProperty(BenchKernels.PROPERTY, kernels.toAbsolutePath().toString());
        Path dir = BenchKernels.dir();
        SuitePlan plan = SuitePlan.of(BenchCase.all(dir), cases, sizeList(), implList);
        Files.createDirectories(out);

        int benchmarks = plan.benchmarks() * widthList.size();
        double seconds = benchmarks * (jmh.secondsPerBenchmark() + (jmh.forks() > 0 ? 3 : 0.3));
        log.printf(Locale.ROOT, "bench-suite: %d cases, sizes %s, %s: %d benchmarks; JMH %s; about %s%n",
                plan.entries().size(), String.join(",", sizeList()), String.join(", ", widthList.stream().map(Width::label).toList()),
                benchmarks, jmh.describe(), seconds < 120 ? Math.round(seconds) + " s" : Math.round(seconds / 60) + " min");
        log.println("bench-suite: suite " + dir + ", output " + out.toAbsolutePath());

        List<Measurement> measurements = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        String numbaAbout = numba(plan, dir, measurements, failures, log);

        log.println("JMH: [case i/N] case size impl, then setup (inputs, compile, check against java), warm-up, measure, median");
        JmhSuite.Outcome java = JmhSuite.run(plan, widthList, jmh, dir, new ProgressFormat(log));
        measurements.addAll(0, java.measurements());
        failures.addAll(0, java.failures());

        Map<String, String> about = new LinkedHashMap<>();
        about.put("when", LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 16).replace('T', ' '));
        about.put("java", "JDK " + Runtime.version() + " (" + System.getProperty("java.vm.vendor") + ")");
        about.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        about.put("vector_bits", Integer.toString(VectorShape.preferredShape().vectorBitSize()));
        about.put("jmh", jmh.describe());
        about.put("numba", numbaAbout);
        SuiteResults results = new SuiteResults(about, quick, plan.caseNames(), sizeList(), widthList,
                implList, measurements.stream().anyMatch(m -> m.impl().equals(SuiteResults.NUMBA)), measurements, failures);
        List<Path> written = SuiteOutputs.write(results, out);

        SuiteMarkdown.of(results).lines().filter(l -> l.startsWith("|") || l.startsWith("## "))
                .forEach(l -> log.println(l.startsWith("## ") ? "\n" + l : l));
        log.printf(Locale.ROOT, "%nbench-suite: wrote %s in %s (%.0f s)%n",
                String.join(", ", written.stream().map(p -> p.getFileName().toString()).toList()), out, (System.nanoTime() - start) / 1e9);
        if (failures.isEmpty()) return 0;
        log.println("bench-suite: " + failures.size() + " failure(s):");
        for (Failure f : failures) log.println("  " + f.describe());
        return FAILED;
    }

    /** Runs Numba unless told not to; adds its figures or failure; returns the line the reports show for it. */
    private String numba(SuitePlan plan, Path dir, List<Measurement> measurements, List<Failure> failures, PrintStream log)
            throws IOException, InterruptedException {
        if (noNumba) {
            log.println("Numba: not run (--no-numba).");
            return "not run (--no-numba)";
        }
        Path script = numbaScript != null ? numbaScript : dir.resolve("numba_timings.py");
        log.println("Numba: " + python + " " + script + " ...");
        NumbaRun.Outcome outcome = NumbaRun.run(python, script, dir, out.resolve("numba.json"), plan.caseNames(), sizeList(),
                quick ? QUICK_NUMBA : List.of(), log);
        return switch (outcome) {
            case NumbaRun.Skipped(String reason) -> {
                log.println("Numba: " + reason + "; going on without it.");
                yield reason;
            }
            case NumbaRun.Failed(String reason) -> {
                log.println("Numba: failed: " + reason);
                failures.add(new Failure("-", "-", null, SuiteResults.NUMBA, reason));
                yield "failed: " + reason;
            }
            case NumbaRun.Measured(var numbaResults, List<String> mismatches) -> {
                for (String c : plan.caseNames()) {
                    for (String size : sizeList()) {
                        var t = numbaResults.time(c, size);
                        if (t != null) measurements.add(new Measurement(c, size, null, SuiteResults.NUMBA, t, Double.NaN, 0));
                    }
                }
                for (String m : mismatches) {
                    String[] cs = m.split("/", 2);
                    failures.add(new Failure(cs[0], cs[1], null, SuiteResults.NUMBA, "Numba's result differs from its reference"));
                }
                yield numbaResults.environment();
            }
        };
    }

    List<String> sizeList() {
        return sizes != null ? sizes : quick ? List.of("small") : List.of("small", "large");
    }

    List<Impl> implList() {
        if (impls == null) return List.of(Impl.values());
        try {
            return impls.stream().map(Impl::parse).distinct().toList();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--impls: " + e.getMessage());
        }
    }

    /** The widths to run; each no wider than this CPU's vectors. */
    List<Width> widthList() {
        if (widths == null || widths.isEmpty()) return List.of(Width.DEFAULT);
        int hardware = VectorShape.preferredShape().vectorBitSize();
        List<Width> list = new ArrayList<>();
        for (String w : widths) {
            Width width;
            try {
                width = Width.parse(w);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--widths: " + e.getMessage());
            }
            if (width.bits() > hardware) {
                throw new ParameterException(spec.commandLine(), "--widths: " + width.label() + " is wider than this CPU's "
                        + hardware + "-bit vectors");
            }
            if (!list.contains(width)) list.add(width);
        }
        return list;
    }

    /** JMH settings: the mode's defaults with the options given; a pinned width needs forked JVMs. */
    JmhSettings jmhSettings(List<Width> widthList) {
        JmhSettings base = quick ? JmhSettings.QUICK : JmhSettings.NORMAL;
        boolean pinned = widthList.stream().anyMatch(w -> w.bits() != 0);
        if (pinned && forks != null && forks == 0) {
            throw new ParameterException(spec.commandLine(), "--widths needs forked JVMs (--forks 1 or more): "
                    + "the vector width is fixed when a JVM starts");
        }
        int f = forks != null ? forks : pinned ? Math.max(1, base.forks()) : base.forks();
        try {
            return new JmhSettings(f, warmupIterations != null ? warmupIterations : base.warmupIterations(),
                    warmupTime != null ? TimeValue.fromString(warmupTime) : base.warmupTime(),
                    iterations != null ? iterations : base.iterations(),
                    iterationTime != null ? TimeValue.fromString(iterationTime) : base.iterationTime(),
                    jvmArgs == null || jvmArgs.isBlank() ? List.of() : List.of(jvmArgs.trim().split("\\s+")));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
