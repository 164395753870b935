package io.jumba.bench.suite;

import io.jumba.bench.jmh.Impl;
import io.jumba.bench.report.Report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The suite's Markdown report: what ran and where, then per width and size one table with a row per case — each
 * implementation's median time and spread, Numba's, and Jumba's speed-up against plain Java and Numba — and the
 * failures.
 */
public final class SuiteMarkdown {
    private SuiteMarkdown() {}

    public static String of(SuiteResults r) {
        StringBuilder sb = new StringBuilder("# Jumba benchmark suite\n\n");
        sb.append(r.about().get("when")).append(": ").append(r.about().get("java")).append(", ")
                .append(r.about().get("cores")).append(" cores, ").append(r.about().get("vector_bits"))
                .append("-bit preferred vectors; JMH ").append(r.about().get("jmh")).append(".\n")
                .append("Numba: ").append(r.about().get("numba")).append(".\n\n");
        if (r.quick()) {
            sb.append("**Quick run** (`--quick`): a smoke test that every case runs and agrees with the plain loop; ")
                    .append("its times come from very short in-process runs and are not measurements.\n\n");
        }
        sb.append("Times per call: median (lowest-highest measured iteration; suite.json also has p10, p90 and JMH's ")
                .append("error). Speed-up: the other implementation's median time over Jumba's — above 1, Jumba is faster. ")
                .append("*Jumba* calls the compiled kernel through its typed MethodHandle; *Jumba call()* goes through ")
                .append("`Kernel.call` (boxing, dispatch).");
        if (r.numba()) sb.append(" Numba times are per call from Python, its dispatch included.");
        sb.append(" A dash: no such implementation of the case, or no figure.\n");
        for (Width width : r.widths()) {
            for (String size : r.sizes()) {
                sb.append("\n## ").append(size);
                if (r.widths().size() > 1 || width.bits() != 0) sb.append(", ").append(width.label());
                sb.append("\n\n").append(table(r, size, width));
            }
        }
        if (!r.failures().isEmpty()) {
            sb.append("\n## Failures\n\n");
            for (Failure f : r.failures()) sb.append("- ").append(f.describe()).append('\n');
        }
        return sb.toString();
    }

    /** The table of one size at one width. */
    static String table(SuiteResults r, String size, Width width) {
        List<String> columns = new ArrayList<>(r.impls().stream().map(Impl::id).toList());
        if (r.numba()) columns.add(SuiteResults.NUMBA);
        List<String> baselines = r.speedupBaselines();
        StringBuilder sb = new StringBuilder("| case |");
        for (String c : columns) sb.append(' ').append(SuiteResults.label(c)).append(" |");
        for (String b : baselines) sb.append(" speed-up vs ").append(SuiteResults.label(b)).append(" |");
        sb.append("\n|---|").append("---|".repeat(columns.size() + baselines.size())).append('\n');
        for (String c : r.cases()) {
            sb.append("| ").append(c).append(" |");
            for (String impl : columns) sb.append(' ').append(Report.cell(r.timing(c, size, width, impl))).append(" |");
            for (String b : baselines) sb.append(' ').append(speedup(r.speedup(c, size, width, b))).append(" |");
            sb.append('\n');
        }
        return sb.toString();
    }

    /** "2.50x", or "-". */
    static String speedup(Double s) {
        return s == null ? "-" : String.format(Locale.ROOT, "%.2fx", s);
    }
}
