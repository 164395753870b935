package io.jumba.vectorize;

import io.jumba.codegen.LoopEmitter;
import io.jumba.frontend.KernelOptions;
import io.jumba.ir.Stmt;

/**
 * The vectorize module's {@link LoopEmitter}: plug it into the code generator and every innermost loop, and every
 * {@link LoopAnalysis#isOuterCandidate two-level nest}, that {@link LoopAnalysis} accepts is emitted by
 * {@link SimdLoopEmitter}; all others stay the generator's scalar loops. The generator offers outer loops first,
 * so an accepted nest is outer-loop vectorized; its scalar fallback offers the inner loops again.
 */
public final class Vectorizer implements LoopEmitter {
    private final VectorOptions options;

    public Vectorizer(VectorOptions options) { this.options = options; }

    /** A vectorizer configured from the {@code jumba.simd.*} system properties (see {@link VectorOptions}). */
    public static Vectorizer fromSystemProperties() { return new Vectorizer(VectorOptions.fromSystemProperties()); }

    public VectorOptions options() { return options; }

    @Override public String emit(Stmt.ForRange loop, KernelOptions kernelOptions, Host host) {
        if (!LoopAnalysis.isInnermost(loop) && !LoopAnalysis.isOuterCandidate(loop)) return null;
        return LoopAnalysis.analyze(loop, kernelOptions, options) instanceof LoopPlan.Vectorizable v
                ? SimdLoopEmitter.emit(v, kernelOptions, options, host) : null;
    }
}
