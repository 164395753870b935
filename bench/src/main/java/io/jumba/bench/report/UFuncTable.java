package io.jumba.bench.report;

import io.jumba.bench.jmh.UFuncBenchmark;

import java.util.Locale;

/**
 * The report's ufunc section: per op and size of {@code UFuncBenchmark}, the plain Java loop, the hand-written
 * Vector API loop, Jumba's ufunc and NumPy (bench/numpy_ufuncs.py), with the ratios Jumba/VectorAPI, Jumba/plain
 * and Jumba/NumPy.
 */
final class UFuncTable {
    /** The benchmark class this table reads. */
    static final String CLASS = UFuncBenchmark.class.getSimpleName();

    private UFuncTable() {}

    /** The section, or "" when no ufunc benchmark ran. */
    static String markdown(JmhResults jmh, PythonResults numpy) {
        if (jmh.ops(CLASS).isEmpty()) return "";
        StringBuilder sb = new StringBuilder("\n## Ufuncs\n\n");
        sb.append(String.format(Locale.ROOT, "`UFuncBenchmark`: contiguous float64, small = %d, large = %d elements, ",
                        UFuncBenchmark.SMALL, UFuncBenchmark.LARGE))
                .append("output preallocated. *Jumba ufunc* is `ufunc.on(inputs).out(out).run()` (loop selection, checks, ")
                .append("kernel cache and call included); NumPy is `np.<op>(inputs, out=out)` timed from Python");
        if (numpy != null) sb.append(" (").append(numpy.environment()).append(')');
        sb.append(". `fluent_add` and `muladd` (a*b+c) are user-defined ufuncs; NumPy runs muladd as multiply then add.")
                .append("\n\n| op | size | plain Java | Vector API | Jumba ufunc | NumPy | Jumba/VectorAPI | Jumba/plain | Jumba/NumPy |\n")
                .append("|---|---|---|---|---|---|---|---|---|\n");
        for (String op : jmh.ops(CLASS)) {
            for (String size : jmh.sizes()) {
                Timing plain = jmh.get(CLASS, "plainJava", size, op), vector = jmh.get(CLASS, "vectorApi", size, op);
                Timing ufunc = jmh.get(CLASS, "ufunc", size, op);
                if (plain == null && vector == null && ufunc == null) continue;
                Timing np = numpy == null ? null : numpy.time(op, size);
                sb.append("| ").append(op).append(" | ").append(size)
                        .append(" | ").append(Report.cell(plain)).append(" | ").append(Report.cell(vector))
                        .append(" | ").append(Report.cell(ufunc)).append(" | ").append(Report.cell(np))
                        .append(" | ").append(Report.ratio(ufunc, vector)).append(" | ").append(Report.ratio(ufunc, plain))
                        .append(" | ").append(Report.ratio(ufunc, np)).append(" |\n");
            }
        }
        return sb.toString();
    }
}
