package io.jumba;

import io.jumba.array.NDArray;
import io.jumba.frontend.Parser;
import io.jumba.vectorize.options.VectorOptions;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link KernelModule#strict()}: float sums keep the interpreter's sequential order, per kernel, while the default
 * vectorized loop adds in lanes and folds them (a different, also deterministic, rounding).
 */
class StrictReductionTest {
    private static final String SOURCE = """
            from numba import njit

            @njit
            def total(a):
                s = 0.0
                for i in range(a.shape[0]):
                    s += a[i]
                return s
            """;

    /** The module with default vectorizer options, whatever {@code -Djumba.simd.strict} this JVM has. */
    private static KernelModule defaults() {
        return new KernelModule(Parser.parse(SOURCE, "total.py"), VectorOptions.DEFAULT, false);
    }

    /** Values of widely spread magnitudes and signs, so that any other order of additions rounds differently. */
    private static NDArray spread() {
        Random rng = new Random(42);
        double[] v = new double[10_007];
        for (int i = 0; i < v.length; i++) v[i] = (rng.nextDouble() - 0.5) * Math.pow(10, rng.nextInt(17));
        return NDArray.of(v);
    }

    @Test
    void strictSumIsBitIdenticalToTheInterpreterWhereTheVectorizedOneIsNot() {
        KernelModule module = defaults();
        NDArray a = spread();
        double sequential = (Double) module.function("total").interpret(a);
        double vectorized = (Double) module.function("total").call(a);
        double strict = (Double) module.strict().function("total").call(a);
        assertNotEquals(sequential, vectorized, "the data must tell the two orders apart");
        assertEquals(Double.doubleToRawLongBits(sequential), Double.doubleToRawLongBits(strict));
    }

    @Test
    void strictIsPerModuleHandleAndExplained() {
        KernelModule module = defaults();
        KernelModule strict = module.strict();
        assertTrue(strict.vectorOptions().strict());
        assertFalse(module.vectorOptions().strict());
        String explained = strict.function("total").explain("(float64[::1],)");
        assertTrue(explained.contains("strict: float reduction"), explained);
        assertFalse(module.function("total").explain("(float64[::1],)").contains("strict"));
    }
}
