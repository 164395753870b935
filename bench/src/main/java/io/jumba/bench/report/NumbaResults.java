package io.jumba.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The JSON written by bench-kernels/numba_baseline.py: per case and size, Numba's time per call from Python
 * (median, best and worst sample) and its first-call compile time.
 */
public final class NumbaResults {
    private final Map<String, Timing> times = new HashMap<>();
    private final Map<String, Double> compileMs = new HashMap<>();
    private final String environment;

    private NumbaResults(JsonNode root) {
        for (JsonNode r : root.get("results")) {
            String key = key(r.get("case").asText(), r.get("size").asText());
            JsonNode nb = r.get("numba");
            times.put(key, new Timing(nb.get("median_us").asDouble(), nb.get("best_us").asDouble(), nb.get("worst_us").asDouble()));
            if (r.hasNonNull("compile_ms")) compileMs.put(key, r.get("compile_ms").asDouble());
        }
        JsonNode env = root.path("environment");
        environment = "Numba " + env.path("numba").asText("?") + ", NumPy " + env.path("numpy").asText("?")
                + ", Python " + env.path("python").asText("?") + ", " + env.path("numba_num_threads").asText("?")
                + " threads, CPU " + env.path("cpu").asText("?");
    }

    public static NumbaResults read(Path json) throws IOException {
        return new NumbaResults(new ObjectMapper().readTree(json.toFile()));
    }

    private static String key(String caseName, String size) {
        return caseName + "/" + size;
    }

    /** Numba's time per call, or null if the case did not run. */
    public Timing time(String caseName, String size) {
        return times.get(key(caseName, size));
    }

    /** Numba's first-call compile time in milliseconds, or null. */
    public Double compileMs(String caseName, String size) {
        return compileMs.get(key(caseName, size));
    }

    /** One line naming the Numba, NumPy and CPU the figures come from. */
    public String environment() {
        return environment;
    }
}
