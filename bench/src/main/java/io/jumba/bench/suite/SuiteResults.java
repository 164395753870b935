package io.jumba.bench.suite;

import io.jumba.bench.jmh.Impl;
import io.jumba.bench.report.Timing;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Everything one run of the suite produced, as the JSON, Markdown and chart writers read it.
 *
 * @param about        one line each: when, on what JDK and hardware ("when", "java", "cores", "vector_bits"), how
 *                     JMH ran ("jmh"), and Numba's environment or why it did not run ("numba")
 * @param quick        true for a smoke run (--quick): the figures check that everything runs, they measure little
 * @param cases        the cases that ran, in cases.json's order
 * @param sizes        the sizes that ran
 * @param widths       the SIMD widths that ran
 * @param impls        the Java implementations asked for
 * @param numba        true when Numba's figures are among the measurements
 * @param measurements every figure: the Java implementations' per width, Numba's (impl "numba", no width)
 * @param failures     every benchmark that gave no figure, and a failed Numba run
 */
public record SuiteResults(Map<String, String> about, boolean quick, List<String> cases, List<String> sizes,
                           List<Width> widths, List<Impl> impls, boolean numba, List<Measurement> measurements,
                           List<Failure> failures) {
    /** The implementation id of Numba's figures. */
    public static final String NUMBA = "numba";

    public SuiteResults {
        about = Map.copyOf(about);
        cases = List.copyOf(cases);
        sizes = List.copyOf(sizes);
        widths = List.copyOf(widths);
        impls = List.copyOf(impls);
        measurements = List.copyOf(measurements);
        failures = List.copyOf(failures);
    }

    /** The figure of {@code impl} (an {@link Impl#id()} or {@link #NUMBA}, which has one for all widths), or null. */
    public Timing timing(String caseName, String size, Width width, String impl) {
        for (Measurement m : measurements) {
            if (m.caseName().equals(caseName) && m.size().equals(size) && m.impl().equals(impl)
                    && (impl.equals(NUMBA) || Objects.equals(m.width(), width))) {
                return m.timing();
            }
        }
        return null;
    }

    /** The Jumba implementation speed-ups are taken for: the typed handle, else call() when only that ran; or null. */
    public Impl jumba() {
        if (impls.contains(Impl.JUMBA)) return Impl.JUMBA;
        return impls.contains(Impl.JUMBA_CALL) ? Impl.JUMBA_CALL : null;
    }

    /** {@code versus}'s median time over Jumba's: above 1 Jumba is faster; null when either has no figure. */
    public Double speedup(String caseName, String size, Width width, String versus) {
        Impl jumba = jumba();
        if (jumba == null) return null;
        Timing j = timing(caseName, size, width, jumba.id()), other = timing(caseName, size, width, versus);
        return j == null || other == null ? null : other.medianUs() / j.medianUs();
    }

    /** The implementations speed-ups are shown against: plain Java when it ran, Numba when it ran. */
    public List<String> speedupBaselines() {
        if (jumba() == null) return List.of();
        return Stream.of(impls.contains(Impl.JAVA) ? Impl.JAVA.id() : null, numba ? NUMBA : null)
                .filter(Objects::nonNull).toList();
    }

    /** The heading for an implementation id. */
    public static String label(String impl) {
        return impl.equals(NUMBA) ? "Numba" : Impl.parse(impl).label();
    }
}
