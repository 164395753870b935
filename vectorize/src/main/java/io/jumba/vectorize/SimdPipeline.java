package io.jumba.vectorize;

import io.jumba.codegen.KernelCompiler;
import io.jumba.dispatch.Pipeline;
import io.jumba.passes.ArrayLowering;
import io.jumba.passes.SmallLoopUnrolling;

import java.util.List;

/**
 * The standard pipeline (array lowering and small-loop unrolling, then Java source compiled in memory) with innermost loops emitted as
 * Vector API code by a {@link Vectorizer}. The facade plugs this in where it would use {@link Pipeline#standard()}.
 */
public final class SimdPipeline {
    private SimdPipeline() {}

    /** SIMD with options from the {@code jumba.simd.*} system properties (species PREFERRED by default). */
    public static Pipeline standard() { return with(VectorOptions.fromSystemProperties()); }

    /** SIMD with the given options. */
    public static Pipeline with(VectorOptions options) {
        Vectorizer vectorizer = new Vectorizer(options);
        return new Pipeline(List.of(ArrayLowering::apply, SmallLoopUnrolling::apply), program -> KernelCompiler.compile(program, vectorizer));
    }
}
