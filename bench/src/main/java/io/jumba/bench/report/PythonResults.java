package io.jumba.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Timings from Python: the JSON of bench/kernels/numba_timings.py ({@code numba} timings per case and size, with
 * first-call compile times) or of bench/numpy_ufuncs.py ({@code numpy} timings per op and size). Both hold
 * {@code results[]} with {@code case}, {@code size}, the tool's {@code median_us/best_us/worst_us} (and
 * {@code p10_us/p90_us} where given), and an {@code environment} object.
 */
public final class PythonResults {
    /** Environment keys and how the summary line shows them, in order. */
    private static final List<Map.Entry<String, String>> ENVIRONMENT = List.of(Map.entry("numba", "Numba %s"),
            Map.entry("numpy", "NumPy %s"), Map.entry("python", "Python %s"), Map.entry("numba_num_threads", "%s threads"),
            Map.entry("cpu", "CPU %s"), Map.entry("numpy_simd", "NumPy SIMD targets %s"));

    private final Map<String, Timing> times = new HashMap<>();
    private final Map<String, Double> compileMs = new HashMap<>();
    private final List<String> mismatches = new ArrayList<>();
    private final String environment;

    private PythonResults(JsonNode root, String tool) {
        for (JsonNode r : root.get("results")) {
            String key = key(r.get("case").asText(), r.get("size").asText());
            if (r.path("check_ok").isBoolean() && !r.get("check_ok").asBoolean()) mismatches.add(key);
            JsonNode t = r.get(tool);
            if (t == null || t.isNull()) continue;
            times.put(key, new Timing(t.get("median_us").asDouble(), t.get("best_us").asDouble(),
                    t.path("p10_us").asDouble(Double.NaN), t.path("p90_us").asDouble(Double.NaN), t.get("worst_us").asDouble()));
            if (r.hasNonNull("compile_ms")) compileMs.put(key, r.get("compile_ms").asDouble());
        }
        JsonNode env = root.path("environment");
        List<String> parts = new ArrayList<>();
        for (var e : ENVIRONMENT) {
            if (env.hasNonNull(e.getKey())) parts.add(e.getValue().formatted(env.get(e.getKey()).asText()));
        }
        environment = String.join(", ", parts);
    }

    /** numba_timings.py's output. */
    public static PythonResults numba(Path json) throws IOException {
        return new PythonResults(new ObjectMapper().readTree(json.toFile()), "numba");
    }

    /** numpy_ufuncs.py's output. */
    public static PythonResults numpy(Path json) throws IOException {
        return new PythonResults(new ObjectMapper().readTree(json.toFile()), "numpy");
    }

    private static String key(String caseName, String size) {
        return caseName + "/" + size;
    }

    /** The time per call of a case (or op) at a size, or null if it did not run. */
    public Timing time(String caseName, String size) {
        return times.get(key(caseName, size));
    }

    /** Numba's first-call compile time in milliseconds, or null. */
    public Double compileMs(String caseName, String size) {
        return compileMs.get(key(caseName, size));
    }

    /** The "case/size" rows whose result check failed in the Python run (check_ok false). */
    public List<String> mismatches() {
        return List.copyOf(mismatches);
    }

    /** One line naming the versions and CPU the figures come from. */
    public String environment() {
        return environment;
    }
}
