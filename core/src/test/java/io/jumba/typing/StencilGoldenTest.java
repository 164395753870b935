package io.jumba.typing;

import io.jumba.array.NDArray;
import io.jumba.array.Npy;
import io.jumba.dispatch.Dispatcher;
import io.jumba.dispatch.Pipeline;
import io.jumba.frontend.Parser;
import io.jumba.frontend.ast.Module;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The {@code @stencil} kernels of {@code stencil/stencils.py}, called standalone, from {@code @njit} functions and
 * with {@code out=}, compiled and interpreted, give exactly what Numba 0.56 gave ({@code stencil/make_goldens.py}
 * wrote the inputs and results; {@code cases.txt} lists each case as: name, function, number of array inputs,
 * scalar arguments).
 */
class StencilGoldenTest {
    @TestFactory
    Stream<DynamicTest> everyStencilMatchesNumba() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/stencil").toURI());
        Module module = Parser.parse(Files.readString(dir.resolve("stencils.py")), "stencils.py");
        List<String> cases = Files.readAllLines(dir.resolve("cases.txt"));
        assertTrue(cases.size() >= 12, "too few stencil cases: " + cases.size());
        return cases.stream().flatMap(line -> {
            String[] f = line.split(" ");
            return Stream.of(true, false).map(compiled -> DynamicTest.dynamicTest(f[0] + (compiled ? " [compiled]" : " [interpreted]"),
                    () -> check(dir, module, f, compiled)));
        });
    }

    private static void check(Path dir, Module module, String[] f, boolean compiled) throws IOException {
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < Integer.parseInt(f[2]); i++) args.add(Npy.read(dir.resolve(f[0] + ".in" + i + ".npy")));
        for (String scalar : Arrays.copyOfRange(f, 3, f.length)) args.add(Double.parseDouble(scalar));
        Dispatcher d = new Dispatcher(module, f[1], Pipeline.standard(), false);
        NDArray actual = (NDArray) (compiled ? d.call(args.toArray()) : d.interpret(args.toArray()));
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
