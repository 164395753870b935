package io.jumba.frontend;

import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.ast.Module;
import io.jumba.frontend.ast.PyExpr;

import java.util.ArrayList;
import java.util.List;

/**
 * A decorator signature written with Numba's type objects ({@code float64(float64[:], int64)},
 * {@code numba.types.float64[:, ::1]}, {@code void(int32[:])}, {@code types.UniTuple(float64, 2)(int64, int64)}) rendered as the string syntax Jumba parses
 * ({@code "float64(float64[:], int64)"}); a tuple of types ({@code (int64[:], int64, int64[:])}) as the argument types
 * alone ({@code "(int64[:], int64, int64[:])"}); a string is taken as it is.
 */
final class SignatureText {
    private final Module module;

    private SignatureText(Module module) { this.module = module; }

    static String of(Module module, PyExpr signature) {
        return switch (signature) {
            case PyExpr.StrLit s -> s.value();
            // (float64, int64[:]): the argument types alone, as Numba takes them in a signature list (a
            // @guvectorize's return is void, a @vectorize's or jit function's the type inferred for them)
            case PyExpr.Tuple t -> new SignatureText(module).arguments(t.elements());
            default -> new SignatureText(module).render(signature);
        };
    }

    private String arguments(List<PyExpr> types) {
        List<String> args = new ArrayList<>();
        for (PyExpr a : types) args.add(render(a));
        return "(" + String.join(", ", args) + ")";
    }

    private String render(PyExpr e) {
        return switch (e) {
            case PyExpr.Name _, PyExpr.Attribute _ -> typeName(e);
            case PyExpr.Subscript s -> render(s.value()) + "[" + dimensions(s.index()) + "]";
            case PyExpr.Call c when c.keywords().isEmpty() -> render(c.func()) + arguments(c.args());
            case PyExpr.IntLit i when !i.unsigned() -> Long.toString(i.value());  // UniTuple(float64, 2)
            default -> throw notASignature(e);
        };
    }

    /** {@code float64}, {@code nb.float64} or {@code numba.types.float64}: a type imported from numba. */
    private String typeName(PyExpr e) {
        String q = Decorators.qualify(module, e);
        if (q == null || !q.startsWith("numba.")) throw notASignature(e);
        return q.substring(q.lastIndexOf('.') + 1);
    }

    /** {@code :, ::1}: each dimension a bare slice or one with step 1. */
    private String dimensions(PyExpr index) {
        List<PyExpr> dims = index instanceof PyExpr.Tuple t ? t.elements() : List.of(index);
        List<String> out = new ArrayList<>();
        for (PyExpr d : dims) {
            if (!(d instanceof PyExpr.Slice s) || s.lower() != null || s.upper() != null) throw notASignature(d);
            if (s.step() == null) out.add(":");
            else if (s.step() instanceof PyExpr.IntLit i && i.value() == 1) out.add("::1");
            else throw notASignature(d);
        }
        return String.join(", ", out);
    }

    private static UnsupportedError notASignature(PyExpr e) {
        return new UnsupportedError(e.pos(), "write a signature as a string or with numba's type objects,"
                + " e.g. float64(float64[:], int64)");
    }
}
