package io.jumba.ufunc.golden;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.array.Npy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the golden manifest and its arrays (written by tools/ufunc_golden/generate.py) from the test classpath. */
final class GoldenData {
    private static final String ROOT = "/golden/";

    private GoldenData() {}

    /** The manifest's cases, in file order. */
    static List<JsonNode> cases() {
        try (InputStream in = resource("manifest.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            List<JsonNode> cases = new ArrayList<>();
            root.get("cases").forEach(cases::add);
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One array of the data folder, by file name. */
    static NDArray array(String file) {
        try (InputStream in = resource("data/" + file)) {
            return Npy.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(file, e);
        }
    }

    /**
     * An operand: a file name is an array, {"scalar": v, "type": t} a boxed scalar following Jumba's conventions
     * (Double for float64, Long for int64 or a BigInteger beyond its range, Boolean for bool).
     */
    static Object operand(JsonNode node) {
        if (node.isTextual()) {
            return array(node.asText());
        }
        JsonNode value = node.get("scalar");
        return switch (DType.byName(node.get("type").asText())) {
            case FLOAT64 -> value.asDouble();
            case INT64 -> value.canConvertToLong() ? value.asLong() : value.bigIntegerValue();
            case BOOL -> value.asBoolean();
            default -> throw new IllegalArgumentException("unexpected scalar type in manifest: " + node);
        };
    }

    /** An int list of the manifest ({@code [0, 2]}) or a single int as a one-element array. */
    static int[] ints(JsonNode node) {
        if (!node.isArray()) {
            return new int[] {node.asInt()};
        }
        int[] values = new int[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = node.get(i).asInt();
        }
        return values;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = GoldenData.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IOException("missing golden resource " + ROOT + name
                    + " (regenerate with python3 tools/ufunc_golden/generate.py, NumPy >= 2)");
        }
        return in;
    }
}
