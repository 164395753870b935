package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.cache.CachePolicy;
import io.jumba.dispatch.Dispatcher;
import io.jumba.dispatch.Pipeline;
import io.jumba.frontend.Parser;
import io.jumba.passes.Pass;
import io.jumba.types.Signature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Explain reads the plans of the kernel in the dispatcher's compile cache: it compiles nothing that was compiled. */
class ExplainCacheTest {
    private static final String SOURCE = """
            from numba import njit

            @njit(cache=True)
            def dot(a, b):
                s = 0.0
                for i in range(a.shape[0]):
                    s += a[i] * b[i]
                return s
            """;
    private static final Signature SIGNATURE = Signature.parse("(float64[::1], float64[::1])");
    private static final VectorOptions AT_256 = VectorOptions.DEFAULT.withWidth(SpeciesWidth.S256);

    @TempDir
    Path dir;
    private final AtomicInteger compiles = new AtomicInteger();

    /** A dispatcher of dot on the SIMD pipeline, counting its compiles; cached on disk when mode says so. */
    private Dispatcher dispatcher(CachePolicy.Mode mode) {
        Pipeline simd = SimdPipeline.with(AT_256);
        Pipeline counted = simd.withPass(new Pass("count-compiles", p -> {
            compiles.incrementAndGet();
            return p;
        })).identified(simd.identity().orElseThrow());
        return new Dispatcher(Parser.parse(SOURCE, "dot.py"), "dot", counted, false, new CachePolicy(dir, mode, 1 << 24));
    }

    private static void call(Dispatcher d) {
        assertEquals(9900.0, (Double) d.call(NDArray.arange(0.0, 100.0, 1.0), NDArray.full(DType.FLOAT64, 2.0, 100)));
    }

    @Test
    void explainAfterACallCompilesNothing() {
        Dispatcher d = dispatcher(CachePolicy.Mode.NEVER);
        call(d);
        assertEquals(1, compiles.get());
        String text = Explain.of(d.plans(SIGNATURE));
        assertEquals(1, compiles.get(), "explain compiled again");
        assertTrue(text.contains("line 6: vectorized: float64 x 4 lanes (species 256, 256 bits), unroll 4"), text);
        assertEquals(text, Explain.of(d.plans(SIGNATURE)));
        call(d);
        assertEquals(1, compiles.get());
    }

    @Test
    void explainBeforeACallCompilesOnceForBoth() {
        Dispatcher d = dispatcher(CachePolicy.Mode.NEVER);
        String text = Explain.of(d.plans(SIGNATURE));
        call(d);
        assertEquals(1, compiles.get());
        assertTrue(text.contains("reductions: s (+)"), text);
    }

    @Test
    void aKernelFromTheDiskCacheIsPlannedOnceForExplain() {
        call(dispatcher(CachePolicy.Mode.DECORATOR));
        assertEquals(1, compiles.get());
        Dispatcher fresh = dispatcher(CachePolicy.Mode.DECORATOR);
        call(fresh);
        assertEquals(1, compiles.get(), "loaded from the disk cache");
        String text = Explain.of(fresh.plans(SIGNATURE));
        assertEquals(2, compiles.get(), "the disk cache holds no IR: the plans are compiled in memory");
        assertEquals(text, Explain.of(fresh.plans(SIGNATURE)));
        assertEquals(2, compiles.get(), "once");
        assertTrue(text.contains("line 6: vectorized"), text);
    }
}
