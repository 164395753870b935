package io.jumba;

import io.jumba.frontend.Parser;
import io.jumba.vectorize.options.VectorOptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The linear algebra compiled from Python runs vectorized loops: explain reports every loop of a vector 2-norm
 * (a vectorized sum of squares), of 1-d·2-d and 2-d·2-d products (the i-k-j order's contiguous inner loop) and of
 * an outer product as vectorized.
 */
class LinearAlgebraVectorizesTest {
    private static final String SOURCE = """
            import numpy as np
            from numba import njit

            @njit
            def norm2(x):
                return np.linalg.norm(x)

            @njit
            def row_times_matrix(v, m):
                return v @ m

            @njit
            def matrix_times_matrix(a, b):
                return np.dot(a, b)

            @njit
            def outer(a, b):
                return np.outer(a, b)
            """;

    private static String explain(String function, String signature) {
        KernelModule module = new KernelModule(Parser.parse(SOURCE, "la.py"), VectorOptions.DEFAULT, false);
        return module.function(function).explain(signature);
    }

    /** Every loop line of an explain text; at least one. */
    private static List<String> loops(String explained) {
        List<String> lines = explained.lines().filter(l -> l.trim().startsWith("line ")).toList();
        assertFalse(lines.isEmpty(), explained);
        return lines;
    }

    @Test
    void normsProductsAndOuterProductsVectorize() {
        for (String[] kernel : new String[][] {
                {"norm2", "(float64[::1],)"},
                {"row_times_matrix", "(float64[::1], float64[:, ::1])"},
                {"matrix_times_matrix", "(float64[:, ::1], float64[:, ::1])"},
                {"outer", "(float64[::1], float64[::1])"}}) {
            String explained = explain(kernel[0], kernel[1]);
            for (String loop : loops(explained)) {
                assertTrue(loop.contains(": vectorized: float64"), kernel[0] + ":\n" + explained);
            }
        }
        assertTrue(explain("norm2", "(float64[::1],)").contains("reductions: $acc1 (+)"));
    }
}
