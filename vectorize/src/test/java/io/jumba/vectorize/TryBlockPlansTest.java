package io.jumba.vectorize;

import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.NDArray;
import io.jumba.frontend.Parser;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.runtime.parallel.ThreadCount;
import io.jumba.types.Signature;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

/**
 * try/except under the SIMD pipeline: a caught exception must leave every variable as Python does at the failing
 * iteration, so loops inside a try body run scalar, a loop holding a try is not vectorized, and a prange holding or
 * inside a try runs serially; each with its reason in explain, and the values Python gives.
 */
class TryBlockPlansTest {
    private static Program typed(String src, String fn, String... types) {
        return TypeInference.specialize(Parser.parse(src, "k.py"), fn, Arrays.stream(types).map(Signature::parseType).toList());
    }

    private static CompiledKernel compile(Program p) {
        return SimdPipeline.with(VectorOptions.fromSystemProperties()).compile(p);
    }

    @Test
    void aLoopInsideATryStopsAtTheFailingIterationWithItsSumSoFar() {
        // Without the try this loop vectorizes (a float sum with a division that raises at the same iteration).
        Program p = typed("""
                from numba import njit

                @njit
                def partial(a, b):
                    s = 0.0
                    k = 0
                    try:
                        for i in range(a.shape[0]):
                            s += a[i] / b[i]
                            k += 1
                    except Exception:
                        s = -s
                    return s, k
                """, "partial", "float64[::1]", "float64[::1]");
        CompiledKernel k = compile(p);
        String explain = Explain.of(k.plans().orElseThrow());
        assertTrue(explain.contains("inside a try block"), explain);
        double[] a = new double[40], b = new double[40];
        double expected = 0;
        for (int i = 0; i < 40; i++) {
            a[i] = 0.5 + i * 0.25;
            b[i] = i == 29 ? 0.0 : 1.0 + (i % 7);
            if (i < 29) expected += a[i] / b[i];
        }
        Object[] compiled = (Object[]) k.invoke(NDArray.wrap(a), NDArray.wrap(b));
        Object[] interpreted = (Object[]) Interpreter.run(p, NDArray.wrap(a), NDArray.wrap(b));
        assertArrayEquals(new Object[] {-expected, 29L}, compiled);
        assertArrayEquals(compiled, interpreted);
    }

    @Test
    void aLoopHoldingATryIsNotVectorized() {
        Program p = typed("""
                from numba import njit

                @njit
                def clipped(a):
                    s = 0.0
                    for i in range(a.shape[0]):
                        try:
                            s += 1.0 / a[i]
                        except Exception:
                            s += 100.0
                    return s
                """, "clipped", "float64[::1]");
        CompiledKernel k = compile(p);
        String explain = Explain.of(k.plans().orElseThrow());
        assertTrue(explain.contains("try/except in the body"), explain);
        double[] a = {1.0, 0.0, 4.0, -0.0, 2.0};
        assertEquals(1.0 + 100.0 + 0.25 + 100.0 + 0.5, (Double) k.invoke(NDArray.wrap(a)));
        assertEquals(k.invoke(NDArray.wrap(a)), Interpreter.run(p, NDArray.wrap(a)));
    }

    @Test
    void aPrangeHoldingOrInsideATryRunsSerially() {
        String src = """
                from numba import njit, prange
                import numpy as np

                @njit(parallel=True)
                def holding(a):
                    out = np.zeros(a.shape[0])
                    for i in prange(a.shape[0]):
                        try:
                            out[i] = 1.0 / a[i]
                        except Exception:
                            out[i] = -1.0
                    return out

                @njit(parallel=True)
                def inside(a):
                    s = 0.0
                    try:
                        for i in prange(a.shape[0]):
                            s += 1.0 / a[i]
                    except Exception:
                        pass
                    return s
                """;
        double[] a = new double[200_000];
        Arrays.fill(a, 2.0);
        a[150_000] = 0.0;
        Program holding = typed(src, "holding", "float64[::1]");
        CompiledKernel h = compile(holding);
        assertTrue(Explain.of(h.plans().orElseThrow()).contains("prange runs serially: try/except inside the prange loop"),
                Explain.of(h.plans().orElseThrow()));
        Program inside = typed(src, "inside", "float64[::1]");
        CompiledKernel in = compile(inside);
        assertTrue(Explain.of(in.plans().orElseThrow()).contains("inside a try block"), Explain.of(in.plans().orElseThrow()));
        try {
            ThreadCount.set(4);
            NDArray out = (NDArray) h.invoke(NDArray.wrap(a));
            assertEquals(-1.0, out.getDouble(150_000));
            assertEquals(0.5, out.getDouble(149_999));
            // Python stops at the zero: 150,000 halves, whatever the thread count.
            assertEquals(75_000.0, (Double) in.invoke(NDArray.wrap(a)));
            assertEquals(75_000.0, (Double) Interpreter.run(inside, NDArray.wrap(a)));
        } finally {
            ThreadCount.set(0);
        }
    }
}
