package io.jumba.vectorize;

import io.jumba.dispatch.Pipeline;

/**
 * The standard pipeline's passes ({@link Pipeline#standard()}), then Java source compiled in memory with innermost loops emitted as
 * Vector API code by a {@link Vectorizer}, the unroll reduced where a method would be too big to JIT
 * ({@link MethodSizeFit}). The facade plugs this in where it would use {@link Pipeline#standard()}.
 */
public final class SimdPipeline {
    private SimdPipeline() {}

    /** SIMD with options from the {@code jumba.simd.*} system properties (species PREFERRED by default). */
    public static Pipeline standard() { return with(VectorOptions.fromSystemProperties()); }

    /** SIMD with the given options (part of the pipeline's identity, so the kernel cache tells them apart). */
    public static Pipeline with(VectorOptions options) {
        return Pipeline.standard().withBackend(program -> MethodSizeFit.compile(program, options).kernel())
                .identified("simd width=" + options.width() + " strict=" + options.strict()
                        + " maxUnroll=" + options.maxUnroll());
    }
}
