package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.ir.Program;
import io.jumba.passes.Inlining;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** After the pipeline's inlining, a {@code @stencil} kernel lowers to a loop nest over the interior whose inner loop vectorizes at every width. */
class StencilVectorizationTest {
    @Test
    void jacobiStencilInnerLoopVectorizes() {
        Program p = Inlining.apply(PythonKernels.compile("""
                from numba import stencil

                @stencil
                def jacobi(u):
                    return 0.25 * (u[-1, 0] + u[1, 0] + u[0, -1] + u[0, 1])
                """, "jacobi", List.of(Type.array(DType.FLOAT64, 2, Layout.C))));
        String text = Explain.of(p, VectorOptions.DEFAULT.withWidth(SpeciesWidth.S256));
        assertTrue(text.contains("line 4: vectorized: float64 x 4 lanes (species 256, 256 bits)"), text);
        for (SpeciesWidth w : SpeciesWidth.values()) {
            Differential.check(p, true, VectorOptions.DEFAULT.withWidth(w), "jacobi stencil @" + w);
        }
    }
}
