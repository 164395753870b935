package io.jumba.conformance;

import io.jumba.Kernel;
import io.jumba.array.NDArray;
import io.jumba.array.Npy;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code @stencil} kernels of {@code stencil/stencils.py}, called standalone, from {@code @njit} functions and
 * with {@code out=}, give exactly what Numba 0.56 gave ({@code stencil/make_goldens.py} wrote the inputs and results;
 * {@code cases.txt} lists each case as: name, function, number of array inputs, scalar arguments): compiled as users
 * get them, interpreted, and compiled at each fixed species width ({@link KernelModules#fixedWidths()}).
 */
class StencilGoldenTest {
    @TestFactory
    Stream<DynamicNode> everyStencilMatchesNumba() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/stencil").toURI());
        Path kernels = dir.resolve("stencils.py");
        List<String[]> cases = Files.readAllLines(dir.resolve("cases.txt")).stream().map(line -> line.split(" ")).toList();
        assertTrue(cases.size() >= 12, "too few stencil cases: " + cases.size());
        KernelModules asUsers = KernelModules.asUsersGetThem();
        Stream<DynamicNode> compiled = suite("compiled", dir, cases, f -> asUsers.kernel(kernels, f)::call);
        Stream<DynamicNode> interpreted = suite("interpreted", dir, cases, f -> asUsers.kernel(kernels, f)::interpret);
        Stream<DynamicNode> fixed = KernelModules.fixedWidths().stream().map(w -> {
            KernelModules modules = KernelModules.compiledAt(w);
            String engine = "compiled " + w.bits() + "-bit";
            return DynamicContainer.dynamicContainer(engine, suite(engine, dir, cases, f -> modules.kernel(kernels, f)::call));
        });
        return Stream.of(compiled, interpreted, fixed).flatMap(s -> s);
    }

    /** One test per case, each calling its function (by name) as {@code run} gives it. */
    private static Stream<DynamicNode> suite(String engine, Path dir, List<String[]> cases, Function<String, Function<Object[], Object>> run) {
        return cases.stream().map(f -> DynamicTest.dynamicTest(f[0] + " [" + engine + "]", () -> check(dir, f, run.apply(f[1]))));
    }

    private static void check(Path dir, String[] f, Function<Object[], Object> run) throws IOException {
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < Integer.parseInt(f[2]); i++) args.add(Npy.read(dir.resolve(f[0] + ".in" + i + ".npy")));
        for (String scalar : Arrays.copyOfRange(f, 3, f.length)) args.add(Double.parseDouble(scalar));
        NDArray actual = (NDArray) run.apply(args.toArray());
        NDArray expected = Npy.read(dir.resolve(f[0] + ".out.npy"));
        assertEquals(expected.dtype(), actual.dtype(), f[0]);
        assertArrayEquals(expected.shape(), actual.shape(), f[0]);
        assertArrayEquals(values(expected), values(actual), f[0]);
    }

    /** The elements in C order, as doubles (exact for the int64 values of these cases). */
    private static double[] values(NDArray a) {
        int[] shape = a.shape();
        int rows = shape.length == 1 ? 1 : shape[0], cols = shape[shape.length - 1];
        double[] v = new double[rows * cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                v[i * cols + j] = a.dtype().isFloat() ? (shape.length == 1 ? a.getDouble(j) : a.getDouble(i, j))
                        : (shape.length == 1 ? a.getLong(j) : a.getLong(i, j));
            }
        }
        return v;
    }
}
