package io.jumba.bench.report;

import io.jumba.bench.jmh.SuiteBenchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns JMH results of the benchmarks beside the suite (and optionally numba_timings.py's and numpy_ufuncs.py's
 * JSON) into Markdown tables: the ufunc table ({@link UFuncTable}, with NumPy), then the other benchmarks (dispatch,
 * compile, triad's copy loop). The suite cases have their own report, written by {@code bin/jumba bench-suite}.
 *
 * <pre>java -cp benchmarks.jar io.jumba.bench.report.Report jmh.json [--numba numba.json] [--numpy numpy.json] [--out report.md]</pre>
 */
public final class Report {
    /** Classes with tables of their own: the ufuncs here, the suite in {@code bin/jumba bench-suite}'s report. */
    private static final Set<String> OWN_TABLES = Set.of(UFuncTable.CLASS, SuiteBenchmark.class.getSimpleName());

    private final JmhResults jmh;
    private final PythonResults numba;
    private final PythonResults numpy;

    Report(JmhResults jmh, PythonResults numba, PythonResults numpy) {
        this.jmh = jmh;
        this.numba = numba;
        this.numpy = numpy;
    }

    public static void main(String[] args) throws IOException {
        Path jmhJson = null, numbaJson = null, numpyJson = null, out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--numba" -> numbaJson = Path.of(args[++i]);
                case "--numpy" -> numpyJson = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> jmhJson = Path.of(args[i]);
            }
        }
        if (jmhJson == null) {
            System.err.println("usage: Report jmh.json [--numba numba.json] [--numpy numpy.json] [--out report.md]");
            System.exit(2);
        }
        PythonResults numba = numbaJson != null && Files.isRegularFile(numbaJson) ? PythonResults.numba(numbaJson) : null;
        PythonResults numpy = numpyJson != null && Files.isRegularFile(numpyJson) ? PythonResults.numpy(numpyJson) : null;
        String markdown = new Report(JmhResults.read(jmhJson), numba, numpy).markdown();
        if (out == null) System.out.print(markdown);
        else Files.writeString(out, markdown);
    }

    /** The whole report. */
    String markdown() {
        StringBuilder sb = new StringBuilder("# Jumba benchmark results\n\n");
        sb.append("Times per call: median (lowest-highest measurement iteration). Ratios divide medians: below 1 ")
                .append("means Jumba is faster. The suite cases: `bin/jumba bench-suite`.\n");
        Map<String, List<String>> classes = jmh.methodsByClass();
        sb.append(UFuncTable.markdown(jmh, numpy));
        appendOthers(sb, classes);
        return sb.toString();
    }

    private void appendOthers(StringBuilder sb, Map<String, List<String>> classes) {
        StringBuilder rows = new StringBuilder();
        for (var e : classes.entrySet()) {
            if (OWN_TABLES.contains(e.getKey())) continue;
            for (String method : e.getValue()) {
                for (String size : jmh.sizes()) {
                    Timing t = jmh.get(e.getKey(), method, size);
                    if (t != null) rows.append("| ").append(e.getKey()).append('.').append(method).append(" | ")
                            .append(size).append(" | ").append(cell(t)).append(" |\n");
                }
            }
        }
        if (rows.isEmpty()) return;
        sb.append("\n## Other benchmarks\n\n")
                .append("`TriadCopyBenchmark.vectorCopy` moves triad's bytes without arithmetic (the memory-speed reference); ")
                .append("`DispatchBenchmark` times `x + 1` per call; `CompileBenchmark` times a first call (parse, ")
                .append("infer, generate, compile, run) of softmax.py in a warm JVM.");
        Double numbaCompile = numba == null ? null : numba.compileMs("softmax", "small");
        if (numbaCompile != null) {
            sb.append(String.format(Locale.ROOT, " Numba's first-call compile of the same kernel: %.0f ms.", numbaCompile));
        }
        sb.append("\n\n| benchmark | size | time |\n|---|---|---|\n").append(rows);
    }

    /** "median (lowest-highest)", or "-" for no timing. */
    public static String cell(Timing t) {
        if (t == null) return "-";
        return time(t.medianUs()) + " (" + time(t.minUs()) + "-" + time(t.maxUs()) + ")";
    }

    /** jumba's median over other's, two decimals, or "-". */
    static String ratio(Timing jumba, Timing other) {
        if (jumba == null || other == null) return "-";
        return String.format(Locale.ROOT, "%.2f", jumba.medianUs() / other.medianUs());
    }

    /** A time in microseconds with a unit that keeps three or four significant digits. */
    public static String time(double us) {
        if (us >= 1e5) return String.format(Locale.ROOT, "%.0f ms", us / 1e3);
        if (us >= 1e3) return String.format(Locale.ROOT, "%.2f ms", us / 1e3);
        if (us >= 100) return String.format(Locale.ROOT, "%.0f us", us);
        if (us >= 1) return String.format(Locale.ROOT, "%.2f us", us);
        return String.format(Locale.ROOT, "%.1f ns", us * 1e3);
    }
}
