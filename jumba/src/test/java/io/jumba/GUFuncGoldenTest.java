package io.jumba;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jumba.array.NDArray;
import io.jumba.array.Npy;
import io.jumba.diag.UFuncException;
import io.jumba.ufunc.GUFunc;
import io.jumba.ufunc.VectorizedModule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The gufuncs of src/test/resources/gufunc_golden/kernels.py against NumPy's answers and errors (manifest and data
 * from tools/ufunc_golden/generate.py): layouts {@code (m,n),(n)->(m)}, {@code (n),(n)->()}, {@code (n)->(n)} and
 * {@code (n)->(),()}, outer dimensions broadcast (two of them), outputs allocated or given (of another dtype too),
 * and NumPy's errors by exception name and message. Compiled and in the interpreter.
 */
public class GUFuncGoldenTest {
    /** NumPy sums matvec/vecdot rows in its own order; the kernels add left to right. */
    private static final double RTOL = 1e-12;

    @TestFactory
    Stream<DynamicContainer> numpyGoldenCases() throws IOException, URISyntaxException {
        Path root = Path.of(GUFuncGoldenTest.class.getResource("/gufunc_golden").toURI());
        String source = Files.readString(root.resolve("kernels.py"));
        JsonNode manifest = new ObjectMapper().readTree(root.resolve("manifest.json").toFile());
        return Stream.of(false, true).map(interpreted -> {
            VectorizedModule module = VectorizedModule.of(source, "kernels.py", interpreted);
            List<DynamicTest> tests = new ArrayList<>();
            for (JsonNode c : manifest.get("cases")) {
                tests.add(DynamicTest.dynamicTest(c.get("id").asText(), () -> check(module, root, c)));
            }
            return DynamicContainer.dynamicContainer(interpreted ? "interpreted" : "compiled", tests);
        });
    }

    private static void check(VectorizedModule module, Path root, JsonNode c) throws IOException {
        List<Object> args = new ArrayList<>();
        for (JsonNode in : c.get("inputs")) args.add(operand(root, in));
        List<NDArray> given = new ArrayList<>();
        for (JsonNode out : c.path("outputs")) given.add(read(root, out.asText()));
        args.addAll(given);
        GUFunc gufunc = module.gufunc(c.get("function").asText());
        String id = c.get("id").asText();
        if (c.has("error")) {
            var e = assertThrows(UFuncException.class, () -> gufunc.apply(args.toArray()), id);
            assertEquals(c.get("errorType").asText(), e.pythonName(), id + ": exception type");
            assertEquals(c.get("error").asText(), e.getMessage(), id);
            return;
        }
        List<NDArray> outputs = gufunc.apply(args.toArray());
        JsonNode expected = c.get("expected");
        assertEquals(expected.size(), outputs.size(), id + ": outputs");
        for (int j = 0; j < outputs.size(); j++) {
            if (!given.isEmpty()) assertTrue(outputs.get(j) == given.get(j), id + ": output " + j + " is the given array");
            assertMatches(read(root, expected.get(j).asText()), outputs.get(j), id + " output " + j);
        }
    }

    /** Same dtype and shape as NumPy's, values within {@link #RTOL}. */
    public static void assertMatches(NDArray expected, NDArray actual, String id) {
        assertEquals(expected.dtype(), actual.dtype(), id + ": dtype");
        assertArrayEquals(expected.shape(), actual.shape(), id + ": shape");
        double[] e = expected.toFlatDoubleArray(), a = actual.toFlatDoubleArray();
        for (int i = 0; i < e.length; i++) {
            assertEquals(e[i], a[i], RTOL * Math.abs(e[i]), id + " at flat index " + i);
        }
    }

    private static Object operand(Path root, JsonNode node) throws IOException {
        if (node.isTextual()) return read(root, node.asText());
        assertEquals("float64", node.get("type").asText(), "the manifest's scalars are Python floats");
        return node.get("scalar").asDouble();
    }

    static NDArray read(Path root, String file) throws IOException {
        return Npy.read(root.resolve("data").resolve(file));
    }
}
