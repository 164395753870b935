package io.jumba.frontend;

import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.Module;
import io.jumba.frontend.ast.PyExpr;

import java.util.Map;
import java.util.Set;

/**
 * Refuses any decorator, decorator argument or option that Jumba does not understand, so that none is silently
 * ignored (an ignored decorator can change what a function means). Option values are checked where they are read.
 */
final class DecoratorRules {
    /** What each accepted decorator may take: at most {@code positional} arguments and these keyword names. */
    private record Rule(String shown, int positional, Set<String> keywords) {}

    private static final Set<String> JIT_OPTIONS = Set.of("parallel", "fastmath", "cache", "error_model", "boundscheck",
            "nogil", "nopython", "forceobj", "inline", "looplift");
    private static final Map<String, Rule> RULES = Map.of(
            "numba.njit", new Rule("@njit", 1, JIT_OPTIONS),
            "numba.jit", new Rule("@jit", 1, JIT_OPTIONS),
            "numba.vectorize", new Rule("@vectorize", 1, Set.of("target", "identity", "nopython", "cache")),
            "numba.guvectorize", new Rule("@guvectorize", 2, Set.of("target", "nopython", "cache")),
            "numba.stencil", new Rule("@stencil", 1, Set.of("cval", "neighborhood", "standard_indexing")));

    /** Numba features outside Jumba's scope, named so that the refusal says what is missing. */
    private static final Map<String, String> OUT_OF_SCOPE = Map.of(
            "numba.cfunc", "@cfunc (C callbacks)",
            "numba.generated_jit", "@generated_jit",
            "numba.extending.overload", "@overload",
            "numba.core.extending.overload", "@overload",
            "numba.extending.register_jitable", "@register_jitable",
            "numba.experimental.jitclass", "@jitclass",
            "numba.jitclass", "@jitclass");

    private DecoratorRules() {}

    /** @throws UnsupportedError at the first decorator, argument or keyword of f that Jumba does not understand */
    static void check(Module module, FunctionDef f) {
        for (PyExpr d : f.decorators()) {
            PyExpr name = d instanceof PyExpr.Call c ? c.func() : d;
            String qualified = Decorators.qualify(module, name);
            Rule rule = qualified == null ? null : RULES.get(qualified);
            if (rule == null && name instanceof PyExpr.Name n && RULES.containsKey("numba." + n.id())) {
                throw new UnsupportedError(d.pos(), "decorator '@" + n.id() + "' is not imported; add 'from numba import "
                        + n.id() + "'");
            }
            if (rule == null && qualified != null && OUT_OF_SCOPE.containsKey(qualified)) {
                throw new UnsupportedError(d.pos(), OUT_OF_SCOPE.get(qualified) + " is not supported by Jumba");
            }
            if (rule == null) {
                throw new UnsupportedError(d.pos(), "decorator '@" + spelling(name) + "' is not supported; Jumba"
                        + " understands numba's @njit, @jit, @vectorize, @guvectorize and @stencil");
            }
            if (d instanceof PyExpr.Call c) {
                arguments(rule, c);
                if (rule.shown().equals("@stencil") && !c.args().isEmpty() && !isConstantMode(c.args().getFirst())) {
                    throw new UnsupportedError(c.args().getFirst().pos(),
                            "@stencil supports only the mode 'constant', as Numba");
                }
            }
        }
    }

    private static void arguments(Rule rule, PyExpr.Call c) {
        if (c.args().size() > rule.positional()) {
            PyExpr extra = c.args().get(rule.positional());
            throw new UnsupportedError(extra.pos(), rule.shown() + " takes at most " + rule.positional()
                    + " positional argument(s) in Jumba");
        }
        for (PyExpr.Keyword k : c.keywords()) {
            if (!rule.keywords().contains(k.name())) {
                throw new UnsupportedError(k.pos(), rule.shown() + " option '" + k.name() + "' is not supported");
            }
        }
    }

    private static boolean isConstantMode(PyExpr mode) {
        return mode instanceof PyExpr.StrLit s && s.value().equals("constant");
    }

    /** {@code numba.cfunc} for a dotted name; a placeholder for any other expression. */
    private static String spelling(PyExpr e) {
        return switch (e) {
            case PyExpr.Name n -> n.id();
            case PyExpr.Attribute a -> spelling(a.value()) + "." + a.attr();
            default -> "<expression>";
        };
    }
}
