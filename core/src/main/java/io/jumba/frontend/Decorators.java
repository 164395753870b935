package io.jumba.frontend;

import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.Module;
import io.jumba.frontend.ast.PyExpr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a function's Numba decorators, resolving their names through the module's imports, so that
 * {@code @njit}, {@code @numba.njit}, {@code @nb.jit(nopython=True)} and {@code @jit} all mean the same.
 */
public final class Decorators {
    private static final String NJIT = "numba.njit";
    private static final String JIT = "numba.jit";
    private static final String VECTORIZE = "numba.vectorize";
    private static final String GUVECTORIZE = "numba.guvectorize";
    private static final String STENCIL = "numba.stencil";

    private Decorators() {}

    /** Whether {@code f} carries {@code @njit} or {@code @jit} (bare or called with options). */
    public static boolean isJit(Module module, FunctionDef f) {
        return find(module, f, NJIT).or(() -> find(module, f, JIT)).isPresent();
    }

    /** Whether {@code f} carries Numba's {@code @stencil} (bare or called with options). */
    public static boolean isStencil(Module module, FunctionDef f) { return find(module, f, STENCIL).isPresent(); }

    /** The value of the keyword argument name given to {@code f}'s {@code @stencil} decorator, if any. */
    public static Optional<PyExpr> stencilKeyword(Module module, FunctionDef f, String name) {
        return keyword(module, f, STENCIL, name);
    }

    public static boolean isVectorize(Module module, FunctionDef f) { return find(module, f, VECTORIZE).isPresent(); }

    public static boolean isGuvectorize(Module module, FunctionDef f) { return find(module, f, GUVECTORIZE).isPresent(); }

    /**
     * The options of {@code f}'s jit decorator; {@link KernelOptions#DEFAULT} when it has none or has no
     * arguments. {@link DecoratorRules} has already refused keywords Jumba does not know.
     *
     * @throws UnsupportedError for object mode ({@code forceobj=True}, {@code nopython=False}) or an option value
     *                          that is not a literal of the right kind
     */
    public static KernelOptions options(Module module, FunctionDef f) {
        Optional<PyExpr> decorator = find(module, f, NJIT).or(() -> find(module, f, JIT));
        if (decorator.isEmpty() || !(decorator.get() instanceof PyExpr.Call call)) return KernelOptions.DEFAULT;
        boolean parallel = false, fastmath = false, boundscheck = false, cache = false, nogil = false;
        String errorModel = "python";
        for (PyExpr.Keyword k : call.keywords()) {
            switch (k.name()) {
                case "parallel" -> parallel = flag(k);
                case "fastmath" -> fastmath = flag(k);
                case "boundscheck" -> boundscheck = flag(k);
                case "cache" -> cache = flag(k);
                case "nogil" -> nogil = flag(k);
                case "error_model" -> errorModel = errorModel(k);
                case "looplift" -> flag(k); // only changes object mode, which Jumba refuses
                case "inline" -> inline(k); // Jumba inlines by its own rule; results are the same either way
                case "nopython" -> {
                    if (!flag(k)) throw new UnsupportedError(k.pos(), "object mode (nopython=False) is not supported");
                }
                case "forceobj" -> {
                    if (flag(k)) throw new UnsupportedError(k.pos(), "object mode (forceobj=True) is not supported");
                }
                default -> { }
            }
        }
        return new KernelOptions(parallel, fastmath, errorModel, boundscheck, cache, nogil);
    }

    /**
     * The signature strings given to {@code @vectorize}, {@code @guvectorize} or a jit decorator as its first
     * argument (one signature or a list of them, strings or Numba type objects such as
     * {@code float64(float64[:])}, rendered as strings); empty when there are none.
     */
    public static List<String> signatures(Module module, FunctionDef f) {
        return signatureStrings(module, find(module, f, VECTORIZE).or(() -> find(module, f, GUVECTORIZE))
                .or(() -> find(module, f, NJIT)).or(() -> find(module, f, JIT)));
    }

    /**
     * The signatures of {@code f}'s jit decorator only ({@code @njit("float64(float64[:])")},
     * {@code @jit(["...", "..."], nopython=True)}): the ones it compiles eagerly; empty when there are none.
     */
    public static List<String> jitSignatures(Module module, FunctionDef f) {
        return signatureStrings(module, find(module, f, NJIT).or(() -> find(module, f, JIT)));
    }

    private static List<String> signatureStrings(Module module, Optional<PyExpr> decorator) {
        if (decorator.isEmpty() || !(decorator.get() instanceof PyExpr.Call call) || call.args().isEmpty()) return List.of();
        PyExpr first = call.args().getFirst();
        List<PyExpr> items = first instanceof PyExpr.Tuple t ? t.elements() : List.of(first);
        List<String> signatures = new ArrayList<>();
        for (PyExpr item : items) signatures.add(SignatureText.of(module, item));
        return List.copyOf(signatures);
    }

    /** The layout string of {@code @guvectorize(signatures, "(n),()->(n)")}, if given. */
    public static Optional<String> guvectorizeLayout(Module module, FunctionDef f) {
        return find(module, f, GUVECTORIZE)
                .filter(d -> d instanceof PyExpr.Call c && c.args().size() >= 2 && c.args().get(1) instanceof PyExpr.StrLit)
                .map(d -> ((PyExpr.StrLit) ((PyExpr.Call) d).args().get(1)).value());
    }

    /** The value of the keyword argument name given to {@code f}'s {@code @vectorize} decorator, if any. */
    public static Optional<PyExpr> vectorizeKeyword(Module module, FunctionDef f, String name) {
        return keyword(module, f, VECTORIZE, name);
    }

    /** The value of the keyword argument name given to {@code f}'s {@code @guvectorize} decorator, if any. */
    public static Optional<PyExpr> guvectorizeKeyword(Module module, FunctionDef f, String name) {
        return keyword(module, f, GUVECTORIZE, name);
    }

    private static Optional<PyExpr> keyword(Module module, FunctionDef f, String decorator, String name) {
        return find(module, f, decorator).filter(d -> d instanceof PyExpr.Call).stream()
                .flatMap(d -> ((PyExpr.Call) d).keywords().stream())
                .filter(k -> k.name().equals(name)).map(PyExpr.Keyword::value).findFirst();
    }

    /** The decorator of {@code f} whose name (called or not) resolves to {@code qualifiedName}. */
    public static Optional<PyExpr> find(Module module, FunctionDef f, String qualifiedName) {
        return f.decorators().stream()
                .filter(d -> qualifiedName.equals(qualify(module, d instanceof PyExpr.Call c ? c.func() : d)))
                .findFirst();
    }

    /** {@code nb.njit} → "numba.njit" through the imports; null when the name was not imported. */
    public static String qualify(Module module, PyExpr e) {
        return switch (e) {
            case PyExpr.Name n -> module.imports().get(n.id());
            case PyExpr.Attribute a -> {
                String base = qualify(module, a.value());
                yield base == null ? null : base + "." + a.attr();
            }
            default -> null;
        };
    }

    private static boolean flag(PyExpr.Keyword k) {
        if (k.value() instanceof PyExpr.BoolLit b) return b.value();
        throw new UnsupportedError(k.value().pos(), "decorator option '" + k.name() + "' must be True or False");
    }

    private static void inline(PyExpr.Keyword k) {
        if (!(k.value() instanceof PyExpr.StrLit s && (s.value().equals("never") || s.value().equals("always")))) {
            throw new UnsupportedError(k.value().pos(), "inline must be 'never' or 'always'");
        }
    }

    private static String errorModel(PyExpr.Keyword k) {
        if (k.value() instanceof PyExpr.StrLit s && (s.value().equals("python") || s.value().equals("numpy"))) {
            return s.value();
        }
        throw new UnsupportedError(k.value().pos(), "error_model must be 'python' or 'numpy'");
    }
}
