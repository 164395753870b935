package io.jumba;

import io.jumba.dispatch.Dispatcher;
import io.jumba.dispatch.Pipeline;
import io.jumba.error.TypingError;
import io.jumba.error.UnsupportedError;
import io.jumba.frontend.Decorators;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.Module;
import io.jumba.types.Signature;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code @vectorize} and {@code @guvectorize} functions of a Python file, each as a {@link GUFunc} applied with
 * NumPy's ufunc rules. The decorators are Numba's, unchanged:
 * <pre>{@code
 * @vectorize(["float64(float64, float64)", "float32(float32, float32)"])
 * def rel_diff(x, y): ...
 * @guvectorize(["void(float64[:], float64[:], float64[:])"], "(n),(n)->()")
 * def dot(a, b, res): ...
 * }</pre>
 * Thread-safe.
 */
public final class VectorizedModule {
    private final Module module;
    private final Pipeline pipeline;
    private final boolean jitDisabled;
    private final ConcurrentHashMap<String, GUFunc> functions = new ConcurrentHashMap<>();

    /** The decorated functions of module; each is checked when first asked for and compiles per signature on use. */
    public VectorizedModule(Module module, Pipeline pipeline, boolean jitDisabled) {
        this.module = module;
        this.pipeline = pipeline;
        this.jitDisabled = jitDisabled;
    }

    /**
     * The decorated function named name (the same object on every request).
     *
     * @throws IllegalArgumentException when the file has no such {@code @vectorize}/{@code @guvectorize} function
     * @throws UnsupportedError         for a decorator without signatures (Numba's lazy DUFunc) or a gufunc without
     *                                  its layout
     * @throws TypingError              for a signature or layout that does not fit the function
     */
    public GUFunc function(String name) {
        if (!has(name)) {
            throw new IllegalArgumentException("no @vectorize or @guvectorize function '" + name + "' in "
                    + module.file() + " (it has " + String.join(", ", names()) + ")");
        }
        return functions.computeIfAbsent(name, n -> build(module.function(n)));
    }

    /** Whether name is a decorated function of this file. */
    public boolean has(String name) {
        FunctionDef f = module.function(name);
        return f != null && (Decorators.isVectorize(module, f) || Decorators.isGuvectorize(module, f));
    }

    /** The names of the decorated functions, in source order. */
    public List<String> names() {
        return module.functions().stream().map(FunctionDef::name).filter(this::has).toList();
    }

    private GUFunc build(FunctionDef f) {
        boolean gu = Decorators.isGuvectorize(module, f);
        List<String> declared = Decorators.signatures(module, f);
        if (declared.isEmpty()) {
            throw new UnsupportedError(f.pos(), "give @" + (gu ? "guvectorize" : "vectorize")
                    + " its signatures, e.g. [\"float64(float64, float64)\"] (lazy ufuncs are not supported)");
        }
        List<Signature> signatures = declared.stream().map(s -> parse(f, s)).toList();
        CoreLayout layout = gu ? guLayout(f) : CoreLayout.elementwise(f.params().size());
        int operands = layout.inputs().size() + (gu ? layout.outputs().size() : 0);
        for (int s = 0; s < signatures.size(); s++) {
            if (signatures.get(s).args().size() != operands) {
                throw new TypingError(f.pos(), "signature \"" + declared.get(s) + "\" of " + f.name() + " has "
                        + signatures.get(s).args().size() + " arguments, the function takes " + operands);
            }
        }
        return new GUFunc(f.name(), new Dispatcher(module, f.name(), pipeline, jitDisabled), layout, signatures, !gu);
    }

    private CoreLayout guLayout(FunctionDef f) {
        String text = Decorators.guvectorizeLayout(module, f).orElseThrow(() -> new UnsupportedError(f.pos(),
                "@guvectorize needs its layout, e.g. @guvectorize([...], \"(n),(n)->()\")"));
        CoreLayout layout;
        try {
            layout = CoreLayout.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TypingError(f.pos(), e.getMessage());
        }
        if (layout.inputs().size() + layout.outputs().size() != f.params().size()) {
            throw new TypingError(f.pos(), "layout \"" + text + "\" has " + (layout.inputs().size()
                    + layout.outputs().size()) + " operands, " + f.name() + " takes " + f.params().size());
        }
        return layout;
    }

    private static Signature parse(FunctionDef f, String text) {
        try {
            return Signature.parse(text);
        } catch (RuntimeException e) {
            throw new TypingError(f.pos(), "bad signature \"" + text + "\" for " + f.name() + ": " + e.getMessage());
        }
    }
}
