package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.cache.CachePolicy;
import io.jumba.dispatch.Dispatcher;
import io.jumba.dispatch.Pipeline;
import io.jumba.frontend.Parser;
import io.jumba.jit.CompiledKernel;
import io.jumba.passes.Pass;
import io.jumba.types.Signature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Vectorized kernels in the disk cache: the SIMD code is what is stored and loaded, and the vectorizer's options
 * (species width, strict reductions, unroll) are part of the key, as are split methods ({@link io.jumba.jit.MethodSizeFit}).
 */
class SimdCacheTest {
    private static final String SOURCE = """
            from numba import njit

            @njit(cache=True)
            def dot(a, b):
                s = 0.0
                for i in range(a.shape[0]):
                    s += a[i] * b[i]
                return s
            """;
    private static final String SIGNATURE = "(float64[::1], float64[::1])";

    @TempDir
    Path dir;
    private final AtomicInteger compiles = new AtomicInteger();

    /** The SIMD pipeline for options, counting its compiles, under the SIMD pipeline's own identity. */
    private Pipeline counted(VectorOptions options) {
        Pipeline simd = SimdPipeline.with(options);
        return simd.withPass(new Pass("count-compiles", p -> {
            compiles.incrementAndGet();
            return p;
        })).identified(simd.identity().orElseThrow());
    }

    private CompiledKernel compile(String source, VectorOptions options) {
        Dispatcher d = new Dispatcher(Parser.parse(source, "dot.py"), "dot", counted(options), false,
                new CachePolicy(dir, CachePolicy.Mode.DECORATOR, 1 << 24));
        CompiledKernel k = d.compile(Signature.parse(SIGNATURE)).kernel();
        NDArray a = NDArray.arange(0.0, 100.0, 1.0), b = NDArray.full(DType.FLOAT64, 2.0, 100);
        assertEquals(9900.0, (Double) k.invoke(a, b));
        return k;
    }

    @Test
    void theVectorizedCodeIsCachedPerSpeciesWidth() {
        VectorOptions s128 = VectorOptions.DEFAULT.withWidth(SpeciesWidth.S128);
        CompiledKernel first = compile(SOURCE, s128);
        assertTrue(first.javaSource().contains("DoubleVector.SPECIES_128"), first.javaSource());
        CompiledKernel hit = compile(SOURCE, s128);
        assertEquals(1, compiles.get());
        assertEquals(first.javaSource(), hit.javaSource());

        CompiledKernel wider = compile(SOURCE, VectorOptions.DEFAULT.withWidth(SpeciesWidth.S256));
        assertEquals(2, compiles.get());
        assertTrue(wider.javaSource().contains("DoubleVector.SPECIES_256"), wider.javaSource());
        compile(SOURCE, VectorOptions.DEFAULT.withWidth(SpeciesWidth.S256));
        assertEquals(2, compiles.get());
    }

    @Test
    void strictAndUnrollAreInTheKey() {
        CompiledKernel loose = compile(SOURCE, VectorOptions.DEFAULT);
        CompiledKernel strict = compile(SOURCE, VectorOptions.DEFAULT.withStrict(true));
        assertEquals(2, compiles.get());
        assertNotEquals(loose.javaSource(), strict.javaSource());
        compile(SOURCE, VectorOptions.DEFAULT.withMaxUnroll(1));
        assertEquals(3, compiles.get());
        compile(SOURCE, VectorOptions.DEFAULT.withStrict(true));
        assertEquals(3, compiles.get());
    }

    @Test
    void aKernelSplitIntoManyMethodsIsCachedWhole() {
        StringBuilder big = new StringBuilder(SOURCE.replace("    return s\n", ""));
        for (int k = 0; k < 16; k++) {
            big.append("    t").append(k).append(" = 0.0\n    for i in range(a.shape[0]):\n        t").append(k)
               .append(" += a[i] * b[i] + ").append(k).append(".0\n    s += t").append(k).append(" - ")
               .append(k).append(".0 * a.shape[0]\n");
        }
        String source = big.append("    return s / 17.0\n").toString();
        CompiledKernel first = compile(source, VectorOptions.DEFAULT);
        assertTrue(first.methodSizes().size() > 1, first.methodSizes().toString());
        CompiledKernel hit = compile(source, VectorOptions.DEFAULT);
        assertEquals(1, compiles.get());
        assertEquals(first.methodSizes(), hit.methodSizes());
        assertTrue(hit.hugeFunctions().isEmpty(), hit.methodSizes().toString());
    }
}
