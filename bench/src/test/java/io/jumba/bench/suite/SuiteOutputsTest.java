package io.jumba.bench.suite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jumba.bench.jmh.Impl;
import io.jumba.bench.report.Timing;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The suite's JSON, Markdown and chart from made-up figures (nothing is timed). */
class SuiteOutputsTest {
    @TempDir
    Path dir;

    private static final Map<String, String> ABOUT = Map.of("when", "2026-01-02 03:04", "java", "JDK 25", "cores", "2",
            "vector_bits", "512", "jmh", "1 fork", "numba", "Numba 0.56.4, 2 threads");

    private static Measurement m(String c, String size, Width w, String impl, double median) {
        return new Measurement(c, size, w, impl, new Timing(median, median * 0.9, median * 0.95, median * 1.1, median * 1.2),
                median * 0.01, 5);
    }

    /** dot: java 4 us, vector 1, ejml 3, jumba 0.5, call 0.6, numba 2; matmul: java 100, ejml 10, jumba 5, no numba. */
    private static SuiteResults results(boolean withNumba, List<Failure> failures) {
        Width w = Width.DEFAULT;
        List<Measurement> ms = new ArrayList<>(List.of(m("dot", "small", w, "java", 4), m("dot", "small", w, "vector", 1),
                m("dot", "small", w, "ejml", 3), m("dot", "small", w, "jumba", 0.5), m("dot", "small", w, "jumba_call", 0.6),
                m("matmul", "small", w, "java", 100), m("matmul", "small", w, "ejml", 10), m("matmul", "small", w, "jumba", 5),
                m("matmul", "small", w, "jumba_call", 5.5)));
        if (withNumba) ms.add(new Measurement("dot", "small", null, "numba", new Timing(2, 1.9, 2.5), Double.NaN, 0));
        return new SuiteResults(ABOUT, false, List.of("dot", "matmul"), List.of("small"), List.of(w),
                List.of(Impl.values()), withNumba, ms, failures);
    }

    @Test
    void markdownHasOneRowPerCaseWithMediansSpreadsAndSpeedups() {
        String md = SuiteMarkdown.of(results(true, List.of()));
        assertTrue(md.contains("| case | plain Java | Vector API | EJML | Jumba | Jumba call() | Numba | speed-up vs plain Java "
                + "| speed-up vs Numba |"), md);
        assertTrue(md.contains("| dot | 4.00 us (3.60 us-4.80 us) | 1.00 us (900.0 ns-1.20 us) | 3.00 us (2.70 us-3.60 us) "
                + "| 500.0 ns (450.0 ns-600.0 ns) | 600.0 ns (540.0 ns-720.0 ns) | 2.00 us (1.90 us-2.50 us) | 8.00x | 4.00x |"), md);
        assertTrue(md.contains("| matmul | 100 us (90.00 us-120 us) | - | 10.00 us (9.00 us-12.00 us) | 5.00 us (4.50 us-6.00 us) "
                + "| 5.50 us (4.95 us-6.60 us) | - | 20.00x | - |"), md);
        assertTrue(md.contains("Numba: Numba 0.56.4, 2 threads."), md);
        assertFalse(md.contains("Failures"), md);
        assertFalse(md.contains("Quick run"), md);
    }

    @Test
    void withoutNumbaThereIsNoNumbaColumnAndFailuresAreListed() {
        Failure f = new Failure("dot", "small", Width.DEFAULT, "vector", "IllegalStateException: relative error 1.0 exceeds rtol 1e-9");
        String md = SuiteMarkdown.of(results(false, List.of(f)));
        assertTrue(md.contains("| case | plain Java | Vector API | EJML | Jumba | Jumba call() | speed-up vs plain Java |\n"), md);
        assertTrue(md.contains("| dot | 4.00 us (3.60 us-4.80 us) |"), md);
        assertTrue(md.contains("## Failures\n\n- dot/small vector: IllegalStateException: relative error 1.0 exceeds rtol 1e-9\n"), md);
    }

    @Test
    void sweptWidthsGetOneSectionEach() {
        Width w128 = new Width(128), w256 = new Width(256);
        SuiteResults r = new SuiteResults(ABOUT, true, List.of("dot"), List.of("small"), List.of(w128, w256),
                List.of(Impl.JAVA, Impl.JUMBA), false,
                List.of(m("dot", "small", w128, "java", 4), m("dot", "small", w128, "jumba", 2),
                        m("dot", "small", w256, "java", 4), m("dot", "small", w256, "jumba", 1)), List.of());
        String md = SuiteMarkdown.of(r);
        assertTrue(md.contains("## small, 128-bit\n\n| case | plain Java | Jumba | speed-up vs plain Java |\n|---|---|---|---|\n"
                + "| dot | 4.00 us (3.60 us-4.80 us) | 2.00 us (1.80 us-2.40 us) | 2.00x |"), md);
        assertTrue(md.contains("## small, 256-bit\n"), md);
        assertTrue(md.contains("| 4.00x |"), md);
        assertTrue(md.contains("**Quick run**"), md);
    }

    @Test
    void jsonCarriesEveryFigureWithItsSpreadSpeedupsAndFailures() throws IOException {
        Failure f = new Failure("matmul", "small", Width.DEFAULT, "vector", "boom");
        SuiteJson.write(results(true, List.of(f)), dir.resolve("suite.json"));
        JsonNode root = new ObjectMapper().readTree(dir.resolve("suite.json").toFile());
        assertEquals("512", root.get("about").get("vector_bits").asText());
        assertEquals(List.of("java", "vector", "ejml", "jumba", "jumba_call"),
                Arrays.asList(new ObjectMapper().treeToValue(root.get("impls"), String[].class)));
        assertEquals(10, root.get("results").size());
        JsonNode dotJumba = root.get("results").get(3);
        assertEquals("dot", dotJumba.get("case").asText());
        assertEquals("jumba", dotJumba.get("impl").asText());
        assertEquals("default", dotJumba.get("width").asText());
        assertArrayEquals(new double[] {0.5, 0.45, 0.475, 0.55, 0.6, 0.005},
                new double[] {dotJumba.get("median_us").asDouble(), dotJumba.get("min_us").asDouble(),
                        dotJumba.get("p10_us").asDouble(), dotJumba.get("p90_us").asDouble(), dotJumba.get("max_us").asDouble(),
                        dotJumba.get("error_us").asDouble()}, 1e-12);
        JsonNode numba = root.get("results").get(9);
        assertEquals("numba", numba.get("impl").asText());
        assertTrue(numba.get("width").isNull() && numba.get("p10_us").isNull() && numba.get("error_us").isNull(), numba.toString());
        JsonNode dotSpeedup = root.get("speedups").get(0);
        assertEquals(8.0, dotSpeedup.get("vs_java").asDouble(), 1e-12);
        assertEquals(4.0, dotSpeedup.get("vs_numba").asDouble(), 1e-12);
        assertTrue(root.get("speedups").get(1).get("vs_numba").isNull());
        assertEquals("boom", root.get("failures").get(0).get("message").asText());
    }

    @Test
    void writesJsonMarkdownAndANonEmptyPngChart() throws IOException {
        List<Path> written = SuiteOutputs.write(results(true, List.of()), dir);
        assertEquals(List.of(dir.resolve("suite.json"), dir.resolve("suite.md"), dir.resolve("speedup-small.png")), written);
        byte[] png = Files.readAllBytes(dir.resolve("speedup-small.png"));
        assertTrue(png.length > 5000, "chart of " + png.length + " bytes");
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
    }

    @Test
    void noChartWithoutASpeedupToDraw() throws IOException {
        SuiteResults onlyJava = new SuiteResults(ABOUT, false, List.of("dot"), List.of("small"), List.of(Width.DEFAULT),
                List.of(Impl.JAVA, Impl.VECTOR), false,
                List.of(m("dot", "small", Width.DEFAULT, "java", 4), m("dot", "small", Width.DEFAULT, "vector", 1)), List.of());
        assertEquals(List.of(dir.resolve("suite.json"), dir.resolve("suite.md")), SuiteOutputs.write(onlyJava, dir));
        assertFalse(Files.exists(dir.resolve("speedup-small.png")));
    }

    @Test
    void chartNamesCarrySizeAndPinnedWidth() {
        assertEquals("speedup-small.png", SuiteOutputs.chartName("small", Width.DEFAULT));
        assertEquals("speedup-large-256bit.png", SuiteOutputs.chartName("large", new Width(256)));
        assertEquals("speedup-n_4194304.png", SuiteOutputs.chartName("n:4194304", Width.DEFAULT));
    }
}
