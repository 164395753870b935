package io.jumba.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JMH's JSON results (-rf json), keyed by benchmark class simple name, method, the {@code size} parameter and the
 * {@code op} parameter ({@code UFuncBenchmark}), each "-" when the benchmark has none. Times are converted to
 * microseconds per call.
 */
public final class JmhResults {
    /** One benchmark result. */
    public record Entry(String className, String method, String size, String op, Timing timing) {}

    private final List<Entry> entries;

    private JmhResults(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static JmhResults read(Path json) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (JsonNode r : new ObjectMapper().readTree(json.toFile())) {
            String bench = r.get("benchmark").asText();
            String method = bench.substring(bench.lastIndexOf('.') + 1);
            String cls = bench.substring(0, bench.lastIndexOf('.'));
            cls = cls.substring(cls.lastIndexOf('.') + 1);
            String size = r.path("params").path("size").asText("-");
            String op = r.path("params").path("op").asText("-");
            JsonNode metric = r.get("primaryMetric");
            double scale = toMicros(metric.get("scoreUnit").asText());
            List<Double> samples = new ArrayList<>();
            for (JsonNode fork : metric.get("rawData")) for (JsonNode v : fork) samples.add(v.asDouble() * scale);
            entries.add(new Entry(cls, method, size, op, Timing.of(samples.stream().mapToDouble(Double::doubleValue).toArray())));
        }
        return new JmhResults(entries);
    }

    private static double toMicros(String unit) {
        return switch (unit) {
            case "ns/op" -> 1e-3;
            case "us/op" -> 1.0;
            case "ms/op" -> 1e3;
            case "s/op" -> 1e6;
            default -> throw new IllegalArgumentException("unsupported JMH unit " + unit + " (use an average-time mode)");
        };
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The timing of class.method at size (a benchmark without an op parameter), or null if it did not run. */
    public Timing get(String className, String method, String size) {
        return get(className, method, size, "-");
    }

    /** The timing of class.method at size and op, or null if it did not run. */
    public Timing get(String className, String method, String size, String op) {
        for (Entry e : entries) {
            if (e.className.equals(className) && e.method.equals(method) && e.size.equals(size) && e.op.equals(op)) {
                return e.timing;
            }
        }
        return null;
    }

    /** The op parameter values of a class in first-seen order (empty when it has none or did not run). */
    public List<String> ops(String className) {
        return entries.stream().filter(e -> e.className.equals(className) && !e.op.equals("-")).map(Entry::op)
                .distinct().toList();
    }

    /** Benchmark class names in first-seen order, each with its methods. */
    public Map<String, List<String>> methodsByClass() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Entry e : entries) {
            List<String> methods = out.computeIfAbsent(e.className, k -> new ArrayList<>());
            if (!methods.contains(e.method)) methods.add(e.method);
        }
        return out;
    }

    /** The distinct sizes, small before large. */
    public List<String> sizes() {
        return entries.stream().map(Entry::size).distinct()
                .sorted((a, b) -> Integer.compare(rank(a), rank(b))).toList();
    }

    private static int rank(String size) {
        int i = Arrays.asList("small", "large").indexOf(size);
        return i < 0 ? 2 : i;
    }
}
