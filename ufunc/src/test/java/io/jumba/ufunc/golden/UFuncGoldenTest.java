package io.jumba.ufunc.golden;

import static org.junit.jupiter.api.Assertions.fail;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.ufunc.Casting;
import io.jumba.ufunc.Engine;
import io.jumba.ufunc.UFunc;
import io.jumba.ufunc.UFuncs;
import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every case of the golden manifest (NumPy 2's own answers, NEP 50 promotion included; see
 * tools/ufunc_golden/generate.py) through the public ufunc API: calls with out/where/dtype/casting, reduce,
 * accumulate, reduceat, outer, at, and the errors NumPy raises, by exception name and message. The whole manifest runs on every {@link Engine}: compiled as users get it (the
 * {@code jumba.simd.*} properties), compiled at each fixed species width, and in the reference interpreter.
 * One dynamic test per case, grouped by engine, then by ufunc.
 */
class UFuncGoldenTest {
    private static final List<JsonNode> CASES = GoldenData.cases();

    /** The engines by display name; the fixed widths wider than the hardware's run in software, slowly but exactly. */
    private static final Map<String, Engine> ENGINES = engines();

    @TestFactory
    Stream<DynamicNode> numpyGoldenCases() {
        return ENGINES.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(), byUfunc(e.getValue())));
    }

    private static Map<String, Engine> engines() {
        Map<String, Engine> engines = new LinkedHashMap<>();
        engines.put("compiled (default)", Engine.fromSystemProperties());
        for (SpeciesWidth width : SpeciesWidth.values()) {
            if (width != SpeciesWidth.PREFERRED) {
                engines.put("compiled " + width.bits() + "-bit", new Engine.Compiled(VectorOptions.DEFAULT.withWidth(width)));
            }
        }
        engines.put("interpreted", new Engine.Interpreted());
        return engines;
    }

    /** The manifest's cases on engine, grouped by ufunc; each ufunc's kernels are shared by its cases. */
    private static Stream<DynamicNode> byUfunc(Engine engine) {
        Map<String, List<DynamicTest>> byUfunc = new LinkedHashMap<>();
        Map<String, UFunc> ufuncs = new HashMap<>();
        for (JsonNode c : CASES) {
            String name = c.get("ufunc").asText();
            UFunc ufunc = ufuncs.computeIfAbsent(name, n -> UFuncs.byName(n).withEngine(engine));
            byUfunc.computeIfAbsent(name, k -> new ArrayList<>())
                    .add(DynamicTest.dynamicTest(c.get("id").asText(), () -> check(ufunc, c)));
        }
        return byUfunc.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(e.getKey(), e.getValue()));
    }

    private static void check(UFunc ufunc, JsonNode c) {
        String id = c.get("id").asText();
        Object result;
        try {
            result = run(ufunc, c);
        } catch (RuntimeException e) {
            if (c.has("error")) {
                GoldenComparison.assertError(c.get("errorType").asText(), c.get("error").asText(), e, id);
                return;
            }
            throw new AssertionError(id + ": unexpected " + e, e);
        }
        if (c.has("error")) {
            fail(id + ": expected the error \"" + c.get("error").asText() + "\" but got " + result);
        }
        JsonNode expected = c.get("expected");
        // call cases list one file per output; the methods have exactly one result.
        String file = expected.isArray() ? expected.get(0).asText() : expected.asText();
        GoldenComparison.assertMatches(GoldenData.array(file), result, c.get("ufunc").asText(), id);
    }

    private static Object run(UFunc ufunc, JsonNode c) {
        return switch (c.get("kind").asText()) {
            case "call" -> call(ufunc, c);
            case "reduce" -> reduce(ufunc, c);
            case "accumulate" -> ufunc.accumulate(array(c, "array"), c.get("axis").asInt());
            case "reduceat" -> ufunc.reduceat(array(c, "array"), longs(c.get("indices")), c.get("axis").asInt());
            case "outer" -> ufunc.outer(GoldenData.array(c.get("inputs").get(0).asText()),
                    GoldenData.array(c.get("inputs").get(1).asText()));
            case "at" -> at(ufunc, c);
            default -> throw new IllegalStateException("unknown case kind in manifest: " + c.get("kind"));
        };
    }

    private static Object call(UFunc ufunc, JsonNode c) {
        List<Object> inputs = new ArrayList<>();
        c.get("inputs").forEach(node -> inputs.add(GoldenData.operand(node)));
        for (int k = 0; k < c.path("extraArgs").asInt(0); k++) {
            inputs.add(inputs.getFirst());
        }
        boolean plain = !c.has("out") && !c.has("where") && !c.has("dtype") && !c.has("casting");
        if (plain) {
            return ufunc.call(inputs.toArray());
        }
        var application = ufunc.on(inputs.toArray());
        if (c.has("out")) {
            application = application.out(array(c, "out"));
        }
        if (c.has("where")) {
            application = application.where(GoldenData.operand(c.get("where")));
        }
        if (c.has("dtype")) {
            application = application.dtype(DType.byName(c.get("dtype").asText()));
        }
        if (c.has("casting")) {
            application = application.casting(Casting.valueOf(c.get("casting").asText().toUpperCase(Locale.ROOT)));
        }
        return application.run();
    }

    private static Object reduce(UFunc ufunc, JsonNode c) {
        NDArray a = array(c, "array");
        boolean plain = !c.has("axis") && !c.has("keepdims") && !c.has("initial") && !c.has("where");
        if (plain) {
            return ufunc.reduce(a);
        }
        var reducer = ufunc.reducer(a);
        if (c.has("axis")) {
            JsonNode axis = c.get("axis");
            reducer = reducer.axis(axis.isNull() ? null : GoldenData.ints(axis));
        }
        if (c.has("keepdims")) {
            reducer = reducer.keepdims(c.get("keepdims").asBoolean());
        }
        if (c.has("initial")) {
            reducer = reducer.initial(GoldenData.operand(c.get("initial")));
        }
        if (c.has("where")) {
            reducer = reducer.where(array(c, "where"));
        }
        return reducer.run();
    }

    /** at with one index array or a tuple of them (a list of files), and b unless the ufunc is unary. */
    private static Object at(UFunc ufunc, JsonNode c) {
        NDArray target = array(c, "array");
        JsonNode indices = c.get("indices");
        List<NDArray> tuple = new ArrayList<>();
        indices.forEach(node -> tuple.add(GoldenData.array(node.asText())));
        Object b = c.has("b") ? GoldenData.operand(c.get("b")) : null;
        if (indices.isTextual()) {
            NDArray index = GoldenData.array(indices.asText());
            if (b == null) ufunc.at(target, index);
            else ufunc.at(target, index, b);
        } else if (b == null) {
            ufunc.at(target, tuple);
        } else {
            ufunc.at(target, tuple, b);
        }
        return target;
    }

    private static NDArray array(JsonNode c, String field) {
        return GoldenData.array(c.get(field).asText());
    }

    private static long[] longs(JsonNode node) {
        long[] values = new long[node.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = node.get(i).asLong();
        }
        return values;
    }
}
