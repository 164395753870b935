package io.jumba.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jumba.array.Complex;
import io.jumba.conformance.ConformanceCase.Argument;
import io.jumba.conformance.ConformanceCase.Expected;
import io.jumba.conformance.ConformanceCase.Outcome;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads conformance/manifest.json (written by tools/conformance/generate.py) into {@link ConformanceCase}s. */
final class Manifest {
    private Manifest() {}

    /** All cases of the manifest in {@code root}; relative file names resolve against root. */
    static List<ConformanceCase> load(Path root) throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(root.resolve("manifest.json").toFile());
        List<ConformanceCase> cases = new ArrayList<>();
        for (JsonNode c : manifest.get("cases")) cases.add(parseCase(root, c));
        return cases;
    }

    private static ConformanceCase parseCase(Path root, JsonNode c) {
        List<Argument> args = new ArrayList<>();
        for (JsonNode a : c.get("args")) args.add(parseArgument(root, a));
        Outcome outcome;
        if (c.has("raises")) {
            outcome = new Outcome.Raises(c.get("raises").asText());
        } else {
            List<Expected> values = new ArrayList<>();
            for (JsonNode r : c.get("returns")) values.add(parseExpected(root, r));
            JsonNode named = c.get("namedtuple");
            outcome = new Outcome.Returns(c.get("tuple").asBoolean(), List.copyOf(values), named == null ? null : named.asText());
        }
        double rtol = c.has("rtol") ? c.get("rtol").asDouble() : 0;
        double atol = c.has("atol") ? c.get("atol").asDouble() : 0;
        // A golden not from Numba (a "source": "cpython" case, which Numba refuses) names its source in the case name.
        String id = c.get("id").asText() + (c.has("source") ? " [" + c.get("source").asText() + " golden]" : "");
        return new ConformanceCase(id, root.resolve(c.get("file").asText()),
                c.get("function").asText(), List.copyOf(args), outcome, rtol, atol,
                c.has("stdout") ? c.get("stdout").asText() : "");
    }

    private static Argument parseArgument(Path root, JsonNode a) {
        String type = a.get("type").asText();
        return switch (type) {
            case "array" -> new Argument.Array(root.resolve(a.get("file").asText()),
                    a.has("after") ? root.resolve(a.get("after").asText()) : null);
            case "int64" -> new Argument.Scalar(a.get("value").asLong());
            case "uint64" -> new Argument.Scalar(a.get("value").bigIntegerValue());
            case "float64" -> new Argument.Scalar(floatValue(a.get("value")));
            case "complex128" -> new Argument.Scalar(complexValue(a.get("value")));
            case "bool" -> new Argument.Scalar(a.get("value").asBoolean());
            case "none" -> new Argument.Scalar(null);
            case "tuple" -> {
                List<Argument> elements = new ArrayList<>();
                for (JsonNode e : a.get("elements")) elements.add(parseArgument(root, e));
                yield new Argument.Tuple(List.copyOf(elements));
            }
            case "list" -> new Argument.ListOf(arguments(root, a.get("elements")), a.has("after") ? arguments(root, a.get("after")) : null);
            case "namedtuple" -> {
                List<Argument> elements = new ArrayList<>();
                for (JsonNode e : a.get("elements")) elements.add(parseArgument(root, e));
                List<String> fields = new ArrayList<>();
                for (JsonNode f : a.get("fields")) fields.add(f.asText());
                yield new Argument.NamedTuple(a.get("name").asText(), List.copyOf(fields), List.copyOf(elements));
            }
            default -> throw new IllegalArgumentException("unknown argument type " + type);
        };
    }

    private static List<Argument> arguments(Path root, JsonNode items) {
        List<Argument> out = new ArrayList<>();
        for (JsonNode e : items) out.add(parseArgument(root, e));
        return List.copyOf(out);
    }

    private static Expected parseExpected(Path root, JsonNode r) {
        String type = r.get("type").asText();
        return switch (type) {
            case "array" -> new Expected.Array(root.resolve(r.get("file").asText()));
            case "none" -> new Expected.None();
            case "list", "tuple" -> {
                List<Expected> elements = new ArrayList<>();
                for (JsonNode e : r.get("elements")) elements.add(parseExpected(root, e));
                yield type.equals("list") ? new Expected.ListOf(List.copyOf(elements)) : new Expected.Tuple(List.copyOf(elements));
            }
            case "bool" -> new Expected.Scalar(type, r.get("value").asBoolean());
            case "float64", "float32" -> new Expected.Scalar(type, floatValue(r.get("value")));
            case "complex128", "complex64" -> new Expected.Scalar(type, complexValue(r.get("value")));
            default -> new Expected.Scalar(type, r.get("value").asLong());
        };
    }

    /** A complex number written as [re, im]. */
    private static Complex complexValue(JsonNode v) { return new Complex(floatValue(v.get(0)), floatValue(v.get(1))); }

    /** A float written as a JSON number, or as "nan", "inf", "-inf". */
    private static double floatValue(JsonNode v) {
        if (!v.isTextual()) return v.asDouble();
        return switch (v.asText()) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> throw new IllegalArgumentException("bad float " + v);
        };
    }
}
