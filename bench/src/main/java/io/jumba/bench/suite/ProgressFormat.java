package io.jumba.bench.suite;

import io.jumba.bench.report.Report;
import io.jumba.bench.report.Timing;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.format.OutputFormat;

import java.io.PrintStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JMH's console output replaced by one line per benchmark that grows as it runs — case i/N, size, implementation,
 * then the phases: {@code setup} (inputs, Jumba compile, result check), {@code warm-up 1 2 ...}, {@code measure
 * 1 2 ...}, and the median — and by the failures JMH reports, kept per benchmark ("size impl") for the summary.
 * Forked JVMs report through the same object (JMH forwards their calls to the host's format).
 */
final class ProgressFormat implements OutputFormat {
    private final PrintStream out;
    private final Map<String, String> failures = new LinkedHashMap<>();
    private String prefix = "";
    private String current = "";
    private IterationType phase;
    private boolean lineOpen;
    private boolean failureFollows;

    ProgressFormat(PrintStream out) {
        this.out = out;
    }

    /** Starts the lines of one case, e.g. prefix "[ 3/19] dot". */
    void startCase(String prefix) {
        this.prefix = prefix;
        failures.clear();
    }

    /** The failures since {@link #startCase}: "size impl" to a one-line message. */
    Map<String, String> failures() {
        return Map.copyOf(failures);
    }

    static String key(String size, String impl) {
        return size + " " + impl;
    }

    @Override
    public void startBenchmark(BenchmarkParams params) {
        closeLine();
        current = key(params.getParam("size"), params.getParam("impl"));
        out.printf("%s %-6s %-10s setup", prefix, params.getParam("size"), params.getParam("impl"));
        out.flush();
        lineOpen = true;
        phase = null;
    }

    @Override
    public void iteration(BenchmarkParams benchParams, IterationParams params, int iteration) {
        if (params.getType() != phase) {
            phase = params.getType();
            out.print(phase == IterationType.WARMUP ? " | warm-up" : " | measure");
        }
        out.print(" " + iteration);
        out.flush();
    }

    @Override
    public void iterationResult(BenchmarkParams benchParams, IterationParams params, int iteration, IterationResult data) {}

    @Override
    public void endBenchmark(BenchmarkResult result) {
        if (result != null && lineOpen) {
            Timing t = JmhSuite.timing(result.getIterationResults());
            out.println(" | " + Report.time(t.medianUs()));
            lineOpen = false;
        }
    }

    @Override
    public void startRun() {}

    @Override
    public void endRun(Collection<RunResult> result) {
        closeLine();
    }

    @Override
    public void println(String s) {
        if (s.equals("<failure>")) {
            failureFollows = true;
        } else if (failureFollows && !s.isBlank()) {
            failureFollows = false;
            fail(cause(s));
        } else if (s.startsWith("<forked VM failed")) {
            fail("the forked JVM " + s.substring(1, s.length() - 1).replace("forked VM ", ""));
        }
    }

    private void fail(String message) {
        failures.putIfAbsent(current, message);
        closeLine();
        out.println("    FAILED: " + message);
    }

    /**
     * The message of the innermost exception in a printed stack trace ("Caused by: ..."), without the exception's
     * package; its first line only (Jumba's errors go on with the source line and a caret).
     */
    static String cause(String trace) {
        String line = trace.lines().findFirst().orElse("").strip();
        for (String l : trace.lines().toList()) if (l.strip().startsWith("Caused by: ")) line = l.strip().substring(11);
        int colon = line.indexOf(": ");
        String type = colon < 0 ? line : line.substring(0, colon);
        String message = colon < 0 ? "" : line.substring(colon + 2);
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return message.isEmpty() ? simple : simple + ": " + message;
    }

    private void closeLine() {
        if (lineOpen) out.println();
        lineOpen = false;
    }

    @Override
    public void print(String s) {}

    @Override
    public void flush() {
        out.flush();
    }

    @Override
    public void close() {}

    @Override
    public void verbosePrintln(String s) {}

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b) {}
}
