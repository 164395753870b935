package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.frontend.Parser;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 5-point stencil that copies its border points under an {@code if} in the nest: the pipeline's index-set
 * splitting leaves a border-row loop and an interior loop without the test, both vectorized at every width, and the
 * compiled kernel computes what the interpreter computes on the original (unsplit) program for grids around the lane
 * counts.
 */
class StencilBorderSimdTest {
    private static final String SOURCE = """
            from numba import njit

            @njit
            def stencil(a, out):
                n, m = a.shape
                for i in range(n):
                    for j in range(m):
                        if i == 0 or j == 0 or i == n - 1 or j == m - 1:
                            out[i, j] = a[i, j]
                        else:
                            out[i, j] = 0.25 * (a[i - 1, j] + a[i + 1, j] + a[i, j - 1] + a[i, j + 1])
            """;

    private static final Type C2 = Type.array(DType.FLOAT64, 2, Layout.C);

    @Test
    void theBorderTestIsSplitOffAndTheInteriorVectorizesWithoutIt() {
        Program typed = TypeInference.specialize(Parser.parse(SOURCE, "k.py"), "stencil", List.of(C2, C2));
        Program lowered = SimdPipeline.with(VectorOptions.DEFAULT).lower(typed);
        String text = Explain.of(lowered, VectorOptions.DEFAULT.withWidth(SpeciesWidth.S256));
        assertEquals(2, text.lines().filter(l -> l.startsWith("  line 7: vectorized: float64 x 4 lanes")).count(), text);
        for (SpeciesWidth w : SpeciesWidth.values()) {
            CompiledKernel k = GuardedVectorizer.compile(lowered, VectorOptions.DEFAULT.withWidth(w));
            assertTrue(k.javaSource().contains("VectorSpecies"), k.javaSource());
            for (int n : new int[] {1, 2, 3, 5}) {
                for (int m : new int[] {1, 2, 3, 7, 9, 17, 33, 70}) {
                    Differential.compare(typed, k, () -> new Object[] {NDArray.random(n * 100L + m, n, m),
                            NDArray.zeros(DType.FLOAT64, n, m)}, "stencil " + n + "x" + m + " @" + w, true);
                }
            }
        }
    }
}
