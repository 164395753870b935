package io.jumba;

import io.jumba.dispatch.Dispatcher;
import io.jumba.dispatch.Pipeline;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.Module;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A parsed kernel file: hands out its functions as {@link Kernel}s. Each name always gives the same Kernel, so
 * its compiled specializations are shared by all callers. Thread-safe.
 */
public final class KernelModule {
    private final Module module;
    private final Pipeline pipeline;
    private final boolean jitDisabled;
    private final ConcurrentHashMap<String, Kernel> kernels = new ConcurrentHashMap<>();

    /**
     * A module whose functions compile through pipeline.
     *
     * @param jitDisabled true to run calls in the interpreter (as {@code JUMBA_DISABLE_JIT=1})
     */
    public KernelModule(Module module, Pipeline pipeline, boolean jitDisabled) {
        this.module = module;
        this.pipeline = pipeline;
        this.jitDisabled = jitDisabled;
    }

    /**
     * The function named name.
     *
     * @throws io.jumba.error.TypingError when the module has no such function (the message lists those it has)
     */
    public Kernel function(String name) {
        Kernel k = kernels.get(name);
        if (k != null) return k;
        Kernel fresh = new Kernel(new Dispatcher(module, name, pipeline, jitDisabled));
        Kernel raced = kernels.putIfAbsent(name, fresh);
        return raced != null ? raced : fresh;
    }

    /** The names of the module's functions, in source order. */
    public List<String> functionNames() {
        return module.functions().stream().map(FunctionDef::name).toList();
    }

    /** The parsed source. */
    public Module module() { return module; }
}
