package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.ir.Program;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kernel identifiers are untrusted: kernels whose variables are named like the generated code's temporaries
 * ({@code i}, {@code next}, {@code ok}, {@code tail}, {@code best}, ...), like the names it keeps for variables
 * ({@code a_data}, {@code s_acc0}, {@code a_arr}, {@code m_sel0}, ...), like its species fields ({@code DOUBLE_256})
 * and like the classes it imports ({@code DoubleVector}, {@code VectorMask}, {@code Math}, {@code NDArray},
 * {@code java}) must vectorize and agree with the interpreter at every species width.
 */
class HostileNamesSimdTest {
    private static final String SOURCE = """
            from numba import njit


            @njit
            def reduce_masked(DoubleVector, VectorMask, lo):
                acc0 = 0.0
                s_acc0 = 0.0
                java = 0.0
                for next in range(DoubleVector.shape[0]):
                    end = DoubleVector[next]
                    ok = VectorMask[next] * 2.0
                    java = end - ok if end > lo else ok
                    VectorMask[next] = java
                    acc0 += end * ok
                    s_acc0 += java
                return acc0 + 2.0 * s_acc0


            @njit
            def argmin_named(Math, P):
                best = 10.0
                bestK = 0
                for q in range(Math.shape[0]):
                    if Math[q] < best:
                        best = Math[q]
                        bestK = q
                return bestK * P


            @njit
            def column_sums_named(a_data, NDArray):
                for i in range(a_data.shape[1]):
                    m_sel0 = 0.0
                    for idx in range(a_data.shape[0]):
                        m_sel0 += a_data[idx, i]
                    NDArray[0, i] = m_sel0


            @njit
            def tiles_named(a_data, a_arr, a_elems):
                for row in range(a_data.shape[0]):
                    for rowNext in range(a_data.shape[1]):
                        DOUBLE_256 = 0.0
                        for start in range(a_arr.shape[0]):
                            DOUBLE_256 += a_data[row, rowNext] * a_arr[start, rowNext]
                        a_elems[row, rowNext] = DOUBLE_256
            """;

    private static final Type VECTOR = Type.array(DType.FLOAT64, 1, Layout.C);
    private static final Type MATRIX = Type.array(DType.FLOAT64, 2, Layout.C);

    private record Case(String function, List<Type> args, String verdict) {}

    @TestFactory
    List<DynamicTest> hostileNamesCompileAndAgreeWithTheInterpreter() {
        List<Case> cases = List.of(
                new Case("reduce_masked", List.of(VECTOR, VECTOR, Type.FLOAT64), "reductions: acc0 (+), s_acc0 (+)"),
                new Case("argmin_named", List.of(VECTOR, Type.FLOAT64), "reductions: best (min), bestK (argmin)"),
                new Case("column_sums_named", List.of(MATRIX, MATRIX), "outer-loop vectorized over i"),
                new Case("tiles_named", List.of(MATRIX, MATRIX, MATRIX), "register-tiled: 4 rows of row"));
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases) {
            tests.add(DynamicTest.dynamicTest(c.function(), () -> {
                Program p = PythonKernels.compile(SOURCE, c.function(), c.args());
                String text = Explain.of(p, VectorOptions.DEFAULT);
                assertTrue(text.contains(c.verdict()), text);
                for (SpeciesWidth w : SpeciesWidth.values()) {
                    // 2-d arrays of 9 rows, so that tiles of 4 rows run
                    Differential.check(p, true, VectorOptions.DEFAULT.withWidth(w), c.function() + " @" + w,
                            (params, n) -> c.args().contains(MATRIX) ? matrices(params.size(), n)
                                    : Differential.arguments(params, n));
                }
            }));
        }
        return tests;
    }

    private static Object[] matrices(int count, int n) {
        Object[] args = new Object[count];
        for (int k = 0; k < count; k++) args[k] = NDArray.random(31L * n + k, 9, Math.max(1, n));
        return args;
    }
}
