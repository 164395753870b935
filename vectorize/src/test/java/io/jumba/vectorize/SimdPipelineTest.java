package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.dispatch.Pipeline;
import io.jumba.frontend.Parser;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The vectorizer inside core's real generator, compiler and sandbox, through {@link SimdPipeline}. */
class SimdPipelineTest {
    private static final String SOURCE = """
            import numpy as np
            from numba import njit

            @njit
            def total(a):
                s = 0.0
                for i in range(a.shape[0]):
                    s += a[i]
                return s

            @njit
            def count_pos(a):
                c = 0
                for i in range(a.shape[0]):
                    if a[i] > 0:
                        c += 1
                return c

            @njit
            def fused(a, b):
                return np.exp(a) * 2.0 + np.minimum(a, b)

            @njit
            def ramp(a):
                for i in range(a.shape[0]):
                    a[i] = i * 0.5
                return i
            """;

    private static final Type F64 = Type.array(DType.FLOAT64, 1, Layout.C);

    private static Object[] run(String function, List<Type> types, VectorOptions options, Object... args) {
        Program typed = TypeInference.specialize(Parser.parse(SOURCE, "kernel.py"), function, types);
        Pipeline pipeline = SimdPipeline.with(options);
        CompiledKernel k = pipeline.compile(typed);
        assertTrue(k.javaSource().contains("VectorSpecies"), "vectorized\n" + k.javaSource());
        return new Object[] {k.invoke(args), k.javaSource()};
    }

    private static NDArray data(int n) { return NDArray.randomNormal(11, n + 1).slice(0, 1, n + 1, 1); }

    @Test
    void reductionsMatchTheInterpreterAtEveryWidth() {
        for (SpeciesWidth w : SpeciesWidth.values()) {
            for (int n : new int[] {0, 1, 7, 8, 9, 33, 100, 1001}) {
                NDArray a = data(n);
                Program lowered = SimdPipeline.with(VectorOptions.DEFAULT).lower(
                        TypeInference.specialize(Parser.parse(SOURCE, "kernel.py"), "total", List.of(F64)));
                double expected = (Double) Interpreter.run(lowered, a);
                double actual = (Double) run("total", List.of(F64), VectorOptions.DEFAULT.withWidth(w), a)[0];
                assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), w + " n=" + n);
                Program count = TypeInference.specialize(Parser.parse(SOURCE, "kernel.py"), "count_pos", List.of(F64));
                assertEquals(Interpreter.run(count, a), run("count_pos", List.of(F64), VectorOptions.DEFAULT.withWidth(w), a)[0]);
            }
        }
    }

    @Test
    void fusedArrayExpressionMatches() {
        for (int n : new int[] {0, 3, 64, 257}) {
            NDArray a = data(n), b = NDArray.randomNormal(12, n);
            Program typed = TypeInference.specialize(Parser.parse(SOURCE, "kernel.py"), "fused", List.of(F64, F64));
            NDArray expected = (NDArray) Interpreter.run(typed, a, b);
            NDArray actual = (NDArray) run("fused", List.of(F64, F64), VectorOptions.DEFAULT, a, b)[0];
            for (int q = 0; q < n; q++) {
                assertEquals(expected.getDouble(q), actual.getDouble(q), 1e-12 * Math.max(1, Math.abs(expected.getDouble(q))));
            }
        }
    }

    @Test
    void indexValueAfterTheLoop() {
        for (int n : new int[] {1, 16, 17}) {
            NDArray a = NDArray.zeros(DType.FLOAT64, n), b = NDArray.zeros(DType.FLOAT64, n);
            Program typed = TypeInference.specialize(Parser.parse(SOURCE, "kernel.py"), "ramp", List.of(F64));
            assertEquals(Interpreter.run(typed, a), run("ramp", List.of(F64), VectorOptions.DEFAULT, b)[0]);
            for (int q = 0; q < n; q++) assertEquals(a.getDouble(q), b.getDouble(q));
        }
    }
}
