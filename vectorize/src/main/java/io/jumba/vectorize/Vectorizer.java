package io.jumba.vectorize;

import io.jumba.codegen.LoopEmitter;
import io.jumba.frontend.KernelOptions;
import io.jumba.ir.Stmt;

import java.util.List;

/**
 * The vectorize module's {@link LoopEmitter}: plug it into the code generator and every innermost loop, every
 * {@link LoopAnalysis#isOuterCandidate two-level nest} and every {@link LoopAnalysis#isTileCandidate loop around
 * one}, that {@link LoopAnalysis} accepts is emitted by
 * {@link SimdLoopEmitter}; all others stay the generator's scalar loops, with a comment saying why. The generator
 * offers outer loops first,
 * so an accepted nest is outer-loop vectorized (or register-tiled, {@link LoopPlan.Tiled}); its scalar fallback
 * offers the inner loops again.
 */
public final class Vectorizer implements LoopEmitter {
    private final VectorOptions options;

    public Vectorizer(VectorOptions options) { this.options = options; }

    /** A vectorizer configured from the {@code jumba.simd.*} system properties (see {@link VectorOptions}). */
    public static Vectorizer fromSystemProperties() { return new Vectorizer(VectorOptions.fromSystemProperties()); }

    public VectorOptions options() { return options; }

    /**
     * The loop's code, with a comment naming its line and the plan: vector code, or the host's scalar loop with the
     * reason it stays scalar.
     */
    @Override public String emit(Stmt.ForRange loop, KernelOptions kernelOptions, Host host) {
        if (!LoopAnalysis.isInnermost(loop) && !LoopAnalysis.isOuterCandidate(loop) && !LoopAnalysis.isTileCandidate(loop)) {
            return scalar(loop, "not vectorized: holds a while loop or a loop nest (its inner loops are considered by "
                    + "themselves)", host);
        }
        return switch (LoopAnalysis.analyze(loop, kernelOptions, options)) {
            case LoopPlan.Vectorizable v -> SimdLoopEmitter.emit(v, kernelOptions, options, host);
            case LoopPlan.Tiled t -> SimdLoopEmitter.emit(t, kernelOptions, options, host);
            case LoopPlan.Scalar s -> scalar(loop, Explain.describe(s, options), host);
        };
    }

    @Override public List<String> imports() { return VectorTypes.IMPORTS; }

    private static String scalar(Stmt.ForRange loop, String why, Host host) {
        return host.comment("line " + loop.pos().line() + ": " + why) + "\n" + host.scalarLoop(loop);
    }
}
