package io.jumba;

import io.jumba.dispatch.Dispatcher;
import io.jumba.dispatch.Pipeline;
import io.jumba.error.TypingError;
import io.jumba.error.UnsupportedError;
import io.jumba.frontend.Decorators;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.Module;
import io.jumba.types.Signature;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code @vectorize} and {@code @guvectorize} functions of a Python file, each as a {@link GUFunc} applied with
 * NumPy's ufunc rules. The decorators are Numba's, unchanged:
 * <pre>{@code
 * @vectorize(["float64(float64, float64)", "float32(float32, float32)"])
 * def rel_diff(x, y): ...
 * @guvectorize(["void(float64[:], float64[:], float64[:])"], "(n),(n)->()")
 * def dot(a, b, res): ...
 * }</pre>
 */
public final class VectorizedModule {
    private final Module module;
    private final Map<String, GUFunc> functions = new LinkedHashMap<>();

    /**
     * Reads the decorated functions of module; each compiles per declared signature on first use.
     *
     * @throws UnsupportedError for a decorator without signatures (Numba's lazy DUFunc) or a gufunc without layout
     */
    public VectorizedModule(Module module, Pipeline pipeline, boolean jitDisabled) {
        this.module = module;
        for (FunctionDef f : module.functions()) {
            boolean vectorize = Decorators.isVectorize(module, f), gu = Decorators.isGuvectorize(module, f);
            if (!vectorize && !gu) continue;
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
            functions.put(f.name(), new GUFunc(f.name(), new Dispatcher(module, f.name(), pipeline, jitDisabled),
                    layout, signatures, !gu));
        }
    }

    /**
     * The decorated function named name.
     *
     * @throws IllegalArgumentException when the file has no such {@code @vectorize}/{@code @guvectorize} function
     */
    public GUFunc function(String name) {
        GUFunc f = functions.get(name);
        if (f == null) {
            throw new IllegalArgumentException("no @vectorize or @guvectorize function '" + name + "' in "
                    + module.file() + " (it has " + String.join(", ", functions.keySet()) + ")");
        }
        return f;
    }

    /** Whether name is a decorated function of this file. */
    public boolean has(String name) { return functions.containsKey(name); }

    /** The names of the decorated functions, in source order. */
    public Set<String> names() { return functions.keySet(); }

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
