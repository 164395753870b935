package io.jumba.dispatch;

import io.jumba.codegen.LoopEmitter;
import io.jumba.ir.ArrayStorage;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.jit.MethodSizeFit;
import io.jumba.parallel.RaceDetection;
import io.jumba.passes.Pass;
import io.jumba.passes.PassList;

import java.util.Optional;
import java.util.function.Function;

/**
 * How a typed {@link Program} becomes runnable code: named IR passes applied in order, then a backend.
 * Modules that core does not know (e.g. SIMD vectorization) plug in their own backend with
 * {@link #withBackend} instead of core depending on them.
 *
 * @param passes   IR-to-IR rewrites, applied first to last
 * @param backend  turns the final program into a callable kernel
 * @param identity names what the passes and backend do, and changes whenever the code they make could (for
 *                 example with vectorizer options); the on-disk kernel cache keys entries by it. Empty for a
 *                 pipeline extended by code the name does not describe: its kernels are never cached
 * @param computedIndices whether a prange write through a computed index is warned about (the default) or rejected
 */
public record Pipeline(PassList passes, Function<Program, CompiledKernel> backend, Optional<String> identity,
                       RaceDetection.ComputedIndices computedIndices) {
    /**
     * The {@linkplain PassList#standard() standard passes}, then every loop planned scalar and Java source compiled
     * in memory, split where a method would be too big to JIT ({@link MethodSizeFit}).
     */
    public static Pipeline standard() {
        return new Pipeline(PassList.standard(), program -> MethodSizeFit.compile(program, LoopEmitter.NONE).kernel(),
                Optional.of("standard"),
                RaceDetection.ComputedIndices.WARN);
    }

    /** This pipeline's passes with another backend; without an identity until {@link #identified} gives one. */
    public Pipeline withBackend(Function<Program, CompiledKernel> other) {
        return new Pipeline(passes, other, Optional.empty(), computedIndices);
    }

    /** This pipeline with pass appended; without an identity until {@link #identified} gives one. */
    public Pipeline withPass(Pass pass) {
        return new Pipeline(passes.then(pass), backend, Optional.empty(), computedIndices);
    }

    /** This pipeline named name (see {@link #identity}): what makes its kernels cacheable on disk. */
    public Pipeline identified(String name) {
        return new Pipeline(passes, backend, Optional.of(name), computedIndices);
    }

    /**
     * This pipeline with a prange write through a computed index ({@code out[idx[i]] = ...}) a compile error
     * instead of a warning. The identity says so, so the disk cache never hands such a kernel to the other policy.
     */
    public Pipeline rejectingComputedIndexRaces() {
        return new Pipeline(passes, backend, identity.map(n -> n + "+reject-computed-index-races"),
                RaceDetection.ComputedIndices.REJECT);
    }

    /** Applies every pass to typed, in order. */
    public Program lower(Program typed) {
        return passes.run(typed);
    }

    /** Checks typed's prange loops for races ({@link RaceDetection#check}), lowers it and hands it to the backend. */
    public CompiledKernel compile(Program typed) {
        return compile(typed, ArrayStorage.HEAP);
    }

    /** Like {@link #compile(Program)}, with generated code that reads arrays as storage says. */
    public CompiledKernel compile(Program typed, ArrayStorage storage) {
        RaceDetection.check(typed, computedIndices);
        return backend.apply(lower(typed).withStorage(storage));
    }
}
