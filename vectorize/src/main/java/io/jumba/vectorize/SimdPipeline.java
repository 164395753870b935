package io.jumba.vectorize;

import io.jumba.dispatch.Pipeline;
import io.jumba.jit.MethodSizeFit;

/**
 * The standard pipeline's passes ({@link Pipeline#standard()}), then the loops planned by a {@link SimdPlanner} and
 * Java source compiled in memory with the vector plans written as Vector API code by a {@link Vectorizer}, methods
 * split and the unroll reduced where a method would be too big to JIT ({@link MethodSizeFit}). The facade plugs
 * this in where it would use {@link Pipeline#standard()}.
 */
public final class SimdPipeline {
    private SimdPipeline() {}

    /** SIMD with options from the {@code jumba.simd.*} system properties (species PREFERRED by default). */
    public static Pipeline standard() { return with(VectorOptions.fromSystemProperties()); }

    /** SIMD with the given options (part of the pipeline's identity, so the kernel cache tells them apart). */
    public static Pipeline with(VectorOptions options) {
        return Pipeline.standard().withBackend(program -> MethodSizeFit.compile(program, new Vectorizer(options)).kernel())
                .identified("simd width=" + options.width() + " strict=" + options.strict()
                        + " maxUnroll=" + options.maxUnroll());
    }
}
