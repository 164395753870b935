package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.ir.Program;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loops over zip() and enumerate() are plain index loops, so they vectorize like {@code for i in range(n)}. */
class IterableLoopSimdTest {
    private static final Type VECTOR = Type.array(DType.FLOAT64, 1, Layout.C);

    @Test
    void zipAndEnumerateLoopsVectorize() {
        Program zip = PythonKernels.compile("""
                from numba import njit

                @njit
                def dot(a, b):
                    s = 0.0
                    for x, y in zip(a, b):
                        s += x * y
                    return s
                """, "dot", List.of(VECTOR, VECTOR));
        Program enumerate = PythonKernels.compile("""
                import numpy as np
                from numba import njit

                @njit
                def scale(a):
                    out = np.empty_like(a)
                    for i, x in enumerate(a):
                        out[i] = x * 2.0
                    return out
                """, "scale", List.of(VECTOR));
        VectorOptions at256 = VectorOptions.DEFAULT.withWidth(SpeciesWidth.S256);
        assertTrue(Explain.of(zip, at256).contains("line 6: vectorized: float64 x 4 lanes"), Explain.of(zip, at256));
        assertTrue(Explain.of(enumerate, at256).contains("line 7: vectorized: float64 x 4 lanes"), Explain.of(enumerate, at256));
        for (SpeciesWidth w : SpeciesWidth.values()) {
            Differential.check(zip, true, at256.withWidth(w), "zip @" + w);
            Differential.check(enumerate, true, at256.withWidth(w), "enumerate @" + w);
        }
    }
}
