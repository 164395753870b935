package io.jumba;

import io.jumba.cache.CachePolicy;
import io.jumba.dispatch.Dispatcher;
import io.jumba.dispatch.Pipeline;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.Module;
import io.jumba.vectorize.SimdPipeline;
import io.jumba.vectorize.options.VectorOptions;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A parsed kernel file: hands out its functions as {@link Kernel}s. Each name always gives the same Kernel, so
 * its compiled specializations are shared by all callers. Thread-safe.
 */
public final class KernelModule {
    private final Module module;
    private final VectorOptions options;
    private final Pipeline pipeline;
    private final boolean jitDisabled;
    private final CachePolicy cache;
    private final ConcurrentHashMap<String, Kernel> kernels = new ConcurrentHashMap<>();

    /**
     * A module whose functions compile through {@link SimdPipeline#with} options, cached on disk as their decorators
     * and the environment say ({@link CachePolicy#fromEnvironment()}).
     *
     * @param jitDisabled true to run calls in the interpreter (as {@code JUMBA_DISABLE_JIT=1})
     */
    KernelModule(Module module, VectorOptions options, boolean jitDisabled) {
        this(module, options, jitDisabled, CachePolicy.fromEnvironment());
    }

    /**
     * A module whose functions compile through {@link SimdPipeline#with} options, cached on disk as cache says.
     *
     * @param jitDisabled true to run calls in the interpreter (as {@code JUMBA_DISABLE_JIT=1})
     */
    KernelModule(Module module, VectorOptions options, boolean jitDisabled, CachePolicy cache) {
        this(module, options, jitDisabled, cache, false);
    }

    private KernelModule(Module module, VectorOptions options, boolean jitDisabled, CachePolicy cache,
                         boolean rejectComputedIndexRaces) {
        this.module = module;
        this.options = options;
        Pipeline simd = SimdPipeline.with(options);
        this.pipeline = rejectComputedIndexRaces ? simd.rejectingComputedIndexRaces() : simd;
        this.jitDisabled = jitDisabled;
        this.cache = cache;
    }

    /**
     * The same functions, compiled so that float sums and products keep the sequential order of the interpreter
     * (and of Python): bit-identical results instead of the vectorized loop's reassociated order, at the cost of
     * leaving those reductions scalar. Kernels from it have their own compile cache; the kernel file is unchanged.
     */
    public KernelModule strict() {
        return new KernelModule(module, options.withStrict(true), jitDisabled, cache, rejectsComputedIndexRaces());
    }

    /**
     * The same functions, with a prange write through a computed index ({@code out[idx[i]] = ...}, which races
     * when two iterations compute the same index) a compile error, a {@link io.jumba.diag.ParallelSafetyError} at
     * the kernel line, instead of a warning. Kernels from it have their own compile cache.
     */
    public KernelModule rejectComputedIndexRaces() {
        return new KernelModule(module, options, jitDisabled, cache, true);
    }

    /** Whether a prange write through a computed index is a compile error ({@link #rejectComputedIndexRaces}). */
    public boolean rejectsComputedIndexRaces() {
        return pipeline.computedIndices() == io.jumba.parallel.RaceDetection.ComputedIndices.REJECT;
    }

    /**
     * The same functions, cached on disk as cache says instead: in another directory, or every function (or none)
     * whatever its decorator's {@code cache=}. Kernels from it have their own in-memory compile cache, e.g.
     * <pre>{@code
     * module.withCache(module.cachePolicy().inDirectory(dir).withMode(CachePolicy.Mode.ALWAYS))
     * }</pre>
     */
    public KernelModule withCache(CachePolicy cache) {
        return new KernelModule(module, options, jitDisabled, cache, rejectsComputedIndexRaces());
    }

    /** Whether and where this module's functions are cached on disk. */
    public CachePolicy cachePolicy() { return cache; }

    /** The vectorizer options this module's functions compile with. */
    public VectorOptions vectorOptions() { return options; }

    /**
     * The function named name.
     *
     * @throws io.jumba.diag.TypingError when the module has no such function (the message lists those it has), or
     *                                    its decorator declares a signature that does not type
     */
    public Kernel function(String name) {
        Kernel k = kernels.get(name);
        if (k != null) return k;
        // Made once per name: a function with declared signatures compiles them when its Dispatcher is made.
        return kernels.computeIfAbsent(name, n -> new Kernel(new Dispatcher(module, n, pipeline, jitDisabled, cache)));
    }

    /** The names of the module's functions, in source order. */
    public List<String> functionNames() {
        return module.functions().stream().map(FunctionDef::name).toList();
    }

}
