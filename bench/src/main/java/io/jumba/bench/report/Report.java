package io.jumba.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns JMH results (and optionally numba_baseline.py's and numpy_ufuncs.py's JSON) into Markdown tables: per case
 * and size the median time and spread of each implementation, and the ratios Jumba/plain Java, Jumba/Vector API
 * and Jumba/Numba; then the ufunc table ({@link UFuncTable}, with NumPy) and the other benchmarks.
 *
 * <pre>java -cp benchmarks.jar io.jumba.bench.report.Report jmh.json [--numba numba.json] [--numpy numpy.json] [--out report.md]</pre>
 */
public final class Report {
    private static final String SUFFIX = "Benchmark";
    private static final Set<String> STANDARD = Set.of("plainJava", "vectorApi", "jumba", "jumbaCall");
    private static final Set<String> NOT_CASES = Set.of("DispatchBenchmark", "CompileBenchmark");

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
                .append("means Jumba is faster.\n");
        Map<String, List<String>> classes = jmh.methodsByClass();
        sb.append(caseTable(classes)).append(UFuncTable.markdown(jmh, numpy));
        appendOthers(sb, classes);
        return sb.toString();
    }

    /** The suite cases' section, or "" when none ran. */
    private String caseTable(Map<String, List<String>> classes) {
        StringBuilder rows = new StringBuilder();
        for (String cls : classes.keySet()) {
            if (!cls.endsWith(SUFFIX) || NOT_CASES.contains(cls) || cls.equals(UFuncTable.CLASS)) continue;
            String caseName = snakeCase(cls.substring(0, cls.length() - SUFFIX.length()));
            for (String size : jmh.sizes()) {
                Timing plain = jmh.get(cls, "plainJava", size), vector = jmh.get(cls, "vectorApi", size);
                Timing jumba = jmh.get(cls, "jumba", size), call = jmh.get(cls, "jumbaCall", size);
                if (plain == null && vector == null && jumba == null && call == null) continue;
                Timing nb = numba == null ? null : numba.time(caseName, size);
                rows.append("| ").append(caseName).append(" | ").append(size)
                        .append(" | ").append(cell(plain)).append(" | ").append(cell(vector))
                        .append(" | ").append(cell(jumba)).append(" | ").append(cell(call)).append(" | ").append(cell(nb))
                        .append(" | ").append(ratio(jumba, plain)).append(" | ").append(ratio(jumba, vector))
                        .append(" | ").append(ratio(jumba, nb)).append(" |\n");
            }
        }
        if (rows.isEmpty()) return "";
        StringBuilder sb = new StringBuilder("\n## Suite cases\n\n*Jumba* calls the compiled kernel through its typed ")
                .append("MethodHandle; *Jumba call()* goes through `Kernel.call` (boxing and dispatch).");
        if (numba != null) {
            sb.append(" Numba times are per call from Python, dispatch included (").append(numba.environment()).append(").");
        }
        return sb.append("\n\n| case | size | plain Java | Vector API | Jumba | Jumba call() | Numba | Jumba/plain | Jumba/VectorAPI | Jumba/Numba |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|\n").append(rows).toString();
    }

    private void appendOthers(StringBuilder sb, Map<String, List<String>> classes) {
        StringBuilder rows = new StringBuilder();
        for (var e : classes.entrySet()) {
            if (e.getKey().equals(UFuncTable.CLASS)) continue;
            for (String method : e.getValue()) {
                if (!NOT_CASES.contains(e.getKey()) && STANDARD.contains(method)) continue;
                for (String size : jmh.sizes()) {
                    Timing t = jmh.get(e.getKey(), method, size);
                    if (t != null) rows.append("| ").append(e.getKey()).append('.').append(method).append(" | ")
                            .append(size).append(" | ").append(cell(t)).append(" |\n");
                }
            }
        }
        if (rows.isEmpty()) return;
        sb.append("\n## Other benchmarks\n\n")
                .append("`TriadBenchmark.vectorCopy` moves triad's bytes without arithmetic (the memory-speed reference); ")
                .append("`DispatchBenchmark` times `x + 1` per call; `CompileBenchmark` times a first call (parse, ")
                .append("infer, generate, compile, run) of softmax.py in a warm JVM.");
        Double numbaCompile = numba == null ? null : numba.compileMs("softmax", "small");
        if (numbaCompile != null) {
            sb.append(String.format(Locale.ROOT, " Numba's first-call compile of the same kernel: %.0f ms.", numbaCompile));
        }
        sb.append("\n\n| benchmark | size | time |\n|---|---|---|\n").append(rows);
    }

    /** "DotF32" to "dot_f32", "SumsqPrange" to "sumsq_prange": class names are the camel-cased case names. */
    static String snakeCase(String camel) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0) sb.append('_');
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String cell(Timing t) {
        if (t == null) return "-";
        return time(t.medianUs()) + " (" + time(t.minUs()) + "-" + time(t.maxUs()) + ")";
    }

    static String ratio(Timing jumba, Timing other) {
        if (jumba == null || other == null) return "-";
        return String.format(Locale.ROOT, "%.2f", jumba.medianUs() / other.medianUs());
    }

    static String time(double us) {
        if (us >= 1e5) return String.format(Locale.ROOT, "%.0f ms", us / 1e3);
        if (us >= 1e3) return String.format(Locale.ROOT, "%.2f ms", us / 1e3);
        if (us >= 100) return String.format(Locale.ROOT, "%.0f us", us);
        if (us >= 1) return String.format(Locale.ROOT, "%.2f us", us);
        return String.format(Locale.ROOT, "%.1f ns", us * 1e3);
    }
}
