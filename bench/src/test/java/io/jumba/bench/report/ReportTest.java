package io.jumba.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {
    @TempDir
    Path dir;

    private static String jmhEntry(String bench, String size, String unit, double... samples) {
        return jmhEntry(bench, size, null, unit, samples);
    }

    private static String jmhEntry(String bench, String size, String op, String unit, double... samples) {
        StringBuilder raw = new StringBuilder();
        for (double s : samples) raw.append(raw.isEmpty() ? "" : ",").append(s);
        String params = size == null ? "" : "\"params\": {\"size\": \"" + size + "\""
                + (op == null ? "" : ", \"op\": \"" + op + "\"") + "},";
        return "{\"benchmark\": \"io.jumba.bench.jmh." + bench + "\", \"mode\": \"avgt\"," + params
                + "\"primaryMetric\": {\"score\": 0, \"scoreUnit\": \"" + unit + "\", \"rawData\": [[" + raw + "]]}}";
    }

    private String markdown(boolean withNumba) throws IOException {
        Path jmh = Files.writeString(dir.resolve("jmh.json"), "[" + String.join(",",
                jmhEntry("SuiteBenchmark.run", "small", "us/op", 4.0, 3.0, 5.0),
                jmhEntry("TriadCopyBenchmark.vectorCopy", "large", "ms/op", 1.5),
                jmhEntry("DispatchBenchmark.jumba", null, "ns/op", 3.0)) + "]");
        Path nb = Files.writeString(dir.resolve("numba.json"), """
                {"environment": {"numba": "0.56.4", "numpy": "1.24", "python": "3.11", "numba_num_threads": 2, "cpu": "X"},
                 "results": [{"case": "dot_f32", "size": "small", "compile_ms": 80.0,
                              "numba": {"median_us": 8.0, "best_us": 7.0, "worst_us": 9.0}},
                             {"case": "softmax", "size": "small", "compile_ms": 120.0,
                              "numba": {"median_us": 30.0, "best_us": 29.0, "worst_us": 31.0}}]}
                """);
        return new Report(JmhResults.read(jmh), withNumba ? PythonResults.numba(nb) : null, null).markdown();
    }

    @Test
    void otherBenchmarksCarryMediansAndSpreads() throws IOException {
        String md = markdown(true);
        assertTrue(md.contains("| TriadCopyBenchmark.vectorCopy | large | 1.50 ms (1.50 ms-1.50 ms) |"), md);
        assertTrue(md.contains("| DispatchBenchmark.jumba | - | 3.0 ns"), md);
        assertTrue(md.contains("compile of the same kernel: 120 ms"), md);
        assertTrue(!md.contains("SuiteBenchmark"), "the suite has its own report: " + md);
    }

    @Test
    void withoutNumbaThereIsNoCompileNote() throws IOException {
        assertTrue(!markdown(false).contains("compile of the same kernel"));
    }

    @Test
    void jmhSamplesGiveMedianPercentilesAndExtremes() throws IOException {
        Path jmh = Files.writeString(dir.resolve("t.json"), "[" + jmhEntry("DispatchBenchmark.jumba", null, "us/op",
                5, 1, 4, 2, 3, 10, 9, 8, 7, 6) + "]");
        Timing t = JmhResults.read(jmh).get("DispatchBenchmark", "jumba", "-");
        assertEquals(new Timing(5.5, 1, 2, 9, 10), t);
    }

    @Test
    void ufuncTableHasPlainVectorUfuncNumpyAndRatios() throws IOException {
        Path jmh = Files.writeString(dir.resolve("ufunc.json"), "[" + String.join(",",
                jmhEntry("UFuncBenchmark.plainJava", "large", "exp", "us/op", 5000.0),
                jmhEntry("UFuncBenchmark.vectorApi", "large", "exp", "us/op", 800.0),
                jmhEntry("UFuncBenchmark.ufunc", "large", "exp", "ms/op", 1.0),
                jmhEntry("UFuncBenchmark.ufunc", "large", "add", "us/op", 500.0)) + "]");
        Path np = Files.writeString(dir.resolve("numpy.json"), """
                {"environment": {"numpy": "1.24.2", "python": "3.11.2", "cpu": "X"},
                 "results": [{"case": "exp", "size": "large", "n": 1048576,
                              "numpy": {"median_us": 750.0, "best_us": 740.0, "worst_us": 760.0}}]}
                """);
        String md = new Report(JmhResults.read(jmh), null, PythonResults.numpy(np)).markdown();
        assertTrue(md.contains("(NumPy 1.24.2, Python 3.11.2, CPU X)"), md);
        assertTrue(md.contains("| exp | large | 5.00 ms (5.00 ms-5.00 ms) | 800 us (800 us-800 us) | 1.00 ms (1.00 ms-1.00 ms) "
                + "| 750 us (740 us-760 us) | 1.25 | 0.20 | 1.33 |"), md);
        assertTrue(md.contains("| add | large | - | - | 500 us (500 us-500 us) | - | - | - | - |"), md);
        assertTrue(!md.contains("| case | size |") && !md.contains("UFuncBenchmark.ufunc |"), "no case or other rows: " + md);
    }
}
