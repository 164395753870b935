package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Built-ins whose loops vectorize since the vectorizer has bool, int8, uint8 and int16 lanes, bool results and
 * {@code LaneFunctions}: every NumPy type loop of each, applied to contiguous arrays of its input types, with and
 * without {@code where=}, is reported vectorized by {@link Application#explain()} at every species width, and at
 * every width gives the interpreter's answer on 203 elements with NaN, infinities, signed zeros, powers of two and
 * full-range integers (transcendental float loops within 1e-12, float32 1e-5, as the golden test compares).
 */
class UFuncSimdTest {
    /** Built-ins with every loop vectorized. */
    private static final List<String> ALL_LOOPS = List.of("add", "subtract", "multiply", "negative", "absolute", "sign",
            "square", "minimum", "maximum", "fmin", "fmax", "exp2", "log2", "greater", "greater_equal", "less",
            "less_equal", "equal", "not_equal", "logical_and", "logical_or", "logical_xor", "logical_not", "isnan",
            "isinf", "isfinite", "bitwise_and", "bitwise_or", "bitwise_xor", "invert");
    /** Built-ins whose float loops vectorize (power's integer loops call a helper function, which stays scalar). */
    private static final List<String> FLOAT_LOOPS = List.of("power");
    /**
     * Built-ins whose float64 loop vectorizes: float32 computes in float64 (exact only there), and integer division
     * has no vector instruction on x86 (the Vector API's integer DIV runs lane by lane in Java).
     */
    private static final List<String> FLOAT64_LOOPS = List.of("floor_divide", "remainder");
    private static final Set<String> TRANSCENDENTAL = Set.of("exp2", "log2", "power");

    @TestFactory
    List<DynamicTest> loopsVectorizeAndMatchTheInterpreter() {
        List<DynamicTest> tests = new ArrayList<>();
        List<String> names = new ArrayList<>(ALL_LOOPS);
        names.addAll(FLOAT_LOOPS);
        names.addAll(FLOAT64_LOOPS);
        for (String name : names) {
            UFunc f = UFuncs.byName(name);
            for (Loop loop : f.loops()) {
                if (FLOAT_LOOPS.contains(name) && !loop.outputType().isFloat()) continue;
                if (FLOAT64_LOOPS.contains(name) && loop.outputType() != DType.FLOAT64) continue;
                for (SpeciesWidth w : SpeciesWidth.values()) {
                    tests.add(DynamicTest.dynamicTest(name + " " + loop.types() + " @" + w, () -> check(f, loop, w)));
                }
            }
        }
        return tests;
    }

    private static void check(UFunc f, Loop loop, SpeciesWidth w) {
        UFunc compiled = f.withEngine(new Engine.Compiled(VectorOptions.DEFAULT.withWidth(w)));
        Object[] inputs = new Object[loop.nin()];
        for (int k = 0; k < inputs.length; k++) inputs[k] = edgeArray(loop.inputTypes().get(k), 203, k);
        NDArray mask = edgeArray(DType.BOOL, 203, 9);
        // inputs of the loop's own types select it (NumPy: the first loop they cast to safely)
        assertEquals(loop.outputType(), f.withEngine(new Engine.Interpreted()).on(inputs).run().dtype());
        String plain = compiled.on(inputs).explain();
        String masked = compiled.on(inputs).where(mask).explain();
        for (String report : List.of(plain, masked)) {
            assertTrue(report.contains(": vectorized: ") && !report.contains("not vectorized"), report);
        }
        NDArray expected = f.withEngine(new Engine.Interpreted()).on(inputs).run();
        assertClose(expected, compiled.on(inputs).run(), TRANSCENDENTAL.contains(f.name()));
        NDArray expectedMasked = NDArray.full(loop.outputType(), 1L, 203);
        NDArray actualMasked = expectedMasked.copy();
        f.withEngine(new Engine.Interpreted()).on(inputs).where(mask).out(expectedMasked).run();
        compiled.on(inputs).where(mask).out(actualMasked).run();
        assertClose(expectedMasked, actualMasked, TRANSCENDENTAL.contains(f.name()));
    }

    /** Equal elements (floats: NaN equals NaN, signed zeros apart), transcendental float loops within a tolerance. */
    private static void assertClose(NDArray expected, NDArray actual, boolean transcendental) {
        assertEquals(expected.dtype(), actual.dtype());
        assertArrayEquals(expected.shape(), actual.shape());
        if (!expected.dtype().isFloat()) {
            assertTrue(expected.contentEquals(actual), () -> "compiled " + actual + " but interpreted " + expected);
            return;
        }
        double[] e = expected.toFlatDoubleArray(), a = actual.toFlatDoubleArray();
        double tol = !transcendental ? 0 : expected.dtype() == DType.FLOAT32 ? 1e-5 : 1e-12;
        for (int q = 0; q < e.length; q++) {
            boolean same = Double.compare(e[q], a[q]) == 0 || Math.abs(e[q] - a[q]) <= tol * Math.abs(e[q]);
            assertTrue(same, "element " + q + ": compiled " + a[q] + " but interpreted " + e[q]);
        }
    }

    private static final double[] SPECIAL = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
            1.0, -1.0, 2.0, 0.5, 1024.0, 0x1p-1074, 0x1p-140, 0x1p-126, 3e9, -3e9, 255.5, -128.5};

    /** n elements of dtype d: a quarter of float elements from SPECIAL, the rest small reals; ints over their range. */
    private static NDArray edgeArray(DType d, int n, int seed) {
        Random rnd = new Random(seed);
        NDArray a = NDArray.empty(d, n);
        for (int q = 0; q < n; q++) {
            if (d.isFloat()) a.writeDouble(q, rnd.nextInt(4) == 0 ? SPECIAL[rnd.nextInt(SPECIAL.length)] : rnd.nextDouble() * 8 - 4);
            else a.writeLong(q, d.isBool() ? rnd.nextInt(2) : rnd.nextLong());
        }
        return a;
    }
}
