package io.jumba.vectorize;

import io.jumba.vectorize.options.VectorOptions;
import io.jumba.codegen.LoopEmitter;
import io.jumba.dispatch.Pipeline;
import io.jumba.jit.MethodSizeFit;
import io.jumba.plan.ScalarPlanner;
import io.jumba.runtime.VectorApiModule;

import java.util.concurrent.atomic.AtomicBoolean;

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

    /**
     * SIMD with the given options (part of the pipeline's identity, so the kernel cache tells them apart). In a JVM
     * without the Vector API module ({@link VectorApiModule}), scalar loops that explain says so of, and one line on
     * standard error, the first time, naming the flag.
     */
    public static Pipeline with(VectorOptions options) {
        if (!VectorApiModule.resolved()) return withoutVectorApi();
        return Pipeline.standard().withBackend(program -> MethodSizeFit.compile(program, new Vectorizer(options)).kernel())
                .identified("simd width=" + options.width() + " strict=" + options.strict()
                        + " maxUnroll=" + options.maxUnroll());
    }

    /** Why loops stay scalar in a JVM without the Vector API module. */
    static final String NO_VECTOR_API = "scalar: the Vector API module is not resolved (start java with "
            + VectorApiModule.FLAG + ")";

    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private static Pipeline withoutVectorApi() {
        if (WARNED.compareAndSet(false, true)) {
            System.err.println("jumba: kernels run as scalar loops, without SIMD: the Vector API module is not resolved;"
                    + " start java with " + VectorApiModule.FLAG);
        }
        LoopEmitter scalar = LoopEmitter.scalar(ScalarPlanner.because(NO_VECTOR_API));
        return Pipeline.standard().withBackend(program -> MethodSizeFit.compile(program, scalar).kernel())
                .identified("scalar without the Vector API module");
    }
}
