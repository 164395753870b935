package io.jumba.vectorize;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.frontend.Parser;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.passes.ScatterDistribution;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;
import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A histogram's scatter loop, distributed by the SIMD pipeline ({@link ScatterDistribution}): its index loop is
 * vectorized at every width, the vector code runs (the guarded vectorizer fails a silent fallback to scalar), and the
 * counts are the interpreter's on the original loop for sizes around the strip and lane counts, NaN and
 * out-of-range samples included; an index that faults raises the same IndexError after the same updates.
 */
class ScatterSimdTest {
    private static final String SOURCE = """
            from numba import njit

            @njit
            def histogram(x, lo, hi, counts):
                nbins = counts.shape[0]
                per_unit = nbins / (hi - lo)
                for i in range(x.shape[0]):
                    xi = x[i]
                    if xi >= lo and xi < hi:
                        b = min(int((xi - lo) * per_unit), nbins - 1)
                        counts[b] += 1

            @njit
            def unclamped(x, counts):
                for i in range(x.shape[0]):
                    counts[int(x[i] * 10.0 - 0.25)] += 1
            """;

    private static final Type F1 = Type.array(DType.FLOAT64, 1, Layout.C), I1 = Type.array(DType.INT64, 1, Layout.C);

    private static Program lowered(Program typed) { return SimdPipeline.with(VectorOptions.DEFAULT).lower(typed); }

    private static CompiledKernel compile(Program typed, SpeciesWidth w) {
        CompiledKernel k = GuardedVectorizer.compile(ScatterDistribution.apply(lowered(typed)), VectorOptions.DEFAULT.withWidth(w));
        assertTrue(k.javaSource().contains("VectorSpecies"), k.javaSource());
        return k;
    }

    /** n normal samples (seeded), every 7th NaN and every 11th far outside [-3, 3). */
    private static NDArray samples(int n) {
        NDArray x = NDArray.empty(DType.FLOAT64, n);
        java.util.Random r = new java.util.Random(n);
        for (int k = 0; k < n; k++) x.setDouble(k % 7 == 3 ? Double.NaN : k % 11 == 5 ? 40.0 * r.nextGaussian() : r.nextGaussian(), k);
        return x;
    }

    @Test
    void theIndexLoopOfAHistogramIsVectorizedAndCountsAsTheInterpreter() {
        Program typed = TypeInference.specialize(Parser.parse(SOURCE, "k.py"), "histogram",
                List.of(F1, Type.FLOAT64, Type.FLOAT64, I1));
        String text = Explain.of(lowered(typed), VectorOptions.DEFAULT.withWidth(SpeciesWidth.S256));
        assertTrue(text.contains("  line 7: vectorized: int64/float64 x 4 lanes"), text);
        for (SpeciesWidth w : SpeciesWidth.values()) {
            CompiledKernel k = compile(typed, w);
            for (int n : new int[] {0, 1, 3, 8, 17, 511, 512, 513, 2000}) {
                Differential.compare(typed, k, () -> new Object[] {samples(n), -3.0, 3.0, NDArray.zeros(DType.INT64, 16)},
                        "histogram of " + n + " @" + w, true);
            }
        }
    }

    @Test
    void aFaultingIndexRaisesAfterTheSameUpdatesAtEveryWidth() {
        Program typed = TypeInference.specialize(Parser.parse(SOURCE, "k.py"), "unclamped", List.of(F1, I1));
        for (SpeciesWidth w : SpeciesWidth.values()) {
            CompiledKernel k = compile(typed, w);
            NDArray x = NDArray.empty(DType.FLOAT64, 1000);
            for (int q = 0; q < 1000; q++) x.setDouble(q == 700 ? 2.5 : (q % 10) / 10.0 + 0.05, q);
            NDArray expected = NDArray.zeros(DType.INT64, 10), actual = NDArray.zeros(DType.INT64, 10);
            KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> Interpreter.run(typed, x, expected));
            KernelRuntimeError a = assertThrows(KernelRuntimeError.class, () -> k.invoke(x, actual));
            assertEquals(e.getMessage(), a.getMessage());
            for (int b = 0; b < 10; b++) assertEquals(expected.getLong(b), actual.getLong(b), "bin " + b + " @" + w);
            assertEquals(70L, actual.getLong(0), "the 70 samples of bin 0 before the fault @" + w);
        }
    }
}
