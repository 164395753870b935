package io.jumba.frontend;

import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.ast.Module;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.jumba.frontend.ExpressionParsingTest.assertAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Decorator resolution through imports, jit options, and ufunc signatures. */
class DecoratorsTest {
    private static final String IMPORTS = "import numba\nimport numba as nb\nfrom numba import njit, jit, vectorize, guvectorize\n";

    private static Module module(String decorator) {
        return Parser.parse(IMPORTS + decorator + "\ndef f(x):\n    return x\n", "d.py");
    }

    private static KernelOptions options(String decorator) {
        Module m = module(decorator);
        return Decorators.options(m, m.function("f"));
    }

    @Test
    void jitSpellingsAllResolve() {
        for (String d : List.of("@njit", "@njit()", "@jit", "@jit(nopython=True)", "@numba.njit", "@nb.njit(cache=True)",
                "@numba.jit(nopython=True)", "@njit(\"float64(float64)\")")) {
            Module m = module(d);
            assertTrue(Decorators.isJit(m, m.function("f")), d);
            assertFalse(Decorators.isVectorize(m, m.function("f")), d);
        }
        Module undecorated = Parser.parse("def f(x):\n    return x\n", "d.py");
        assertFalse(Decorators.isJit(undecorated, undecorated.function("f")));
        assertEquals(KernelOptions.DEFAULT, Decorators.options(undecorated, undecorated.function("f")));
        UnsupportedError notImported = assertThrows(UnsupportedError.class,
                () -> Parser.parse("@njit\ndef f(x):\n    return x\n", "d.py"));
        assertEquals("decorator '@njit' is not imported; add 'from numba import njit'", notImported.detail());
    }

    @Test
    void numbaDecoratorsAndTheirOptionsAreAccepted() {
        for (String d : List.of("@njit(inline='always', looplift=False)", "@jit(nopython=True, nogil=True)",
                "@vectorize([\"float64(float64)\"], target='parallel', identity=0, cache=True)",
                "@guvectorize([\"void(float64[:], float64[:])\"], \"(n)->(n)\", nopython=True)",
                "@numba.stencil", "@nb.stencil(\"constant\", cval=1.0, neighborhood=((-1, 1),))")) {
            Module m = Parser.parse(IMPORTS + d + "\ndef f(x):\n    return x[0]\n", "d.py");
            assertEquals(1, m.functions().size(), d);
        }
        assertTrue(Decorators.isStencil(module("@numba.stencil"), module("@numba.stencil").function("f")));
    }

    @Test
    void optionsAreRead() {
        assertEquals(KernelOptions.DEFAULT, options("@njit"));
        assertEquals(new KernelOptions(true, true, "numpy", true, true, true), options(
                "@nb.njit(parallel=True, fastmath=True, error_model='numpy', boundscheck=True, cache=True, nogil=True)"));
        assertEquals(new KernelOptions(true, false, "python", false, false, false),
                options("@jit(nopython=True, parallel=True, looplift=False)"));
        assertTrue(options("@numba.njit(error_model=\"numpy\")").numpyErrorModel());
    }

    @Test
    void objectModeAndBadValuesAreRejected() {
        UnsupportedError e = assertThrows(UnsupportedError.class, () -> options("@jit(forceobj=True)"));
        assertEquals("object mode (forceobj=True) is not supported", e.detail());
        assertAt(4, 6, e.pos());
        assertThrows(UnsupportedError.class, () -> options("@jit(nopython=False)"));
        e = assertThrows(UnsupportedError.class, () -> options("@njit(parallel=1)"));
        assertAt(4, 16, e.pos());
        assertThrows(UnsupportedError.class, () -> options("@njit(error_model='c')"));
    }

    @Test
    void ufuncDecoratorsAndSignatures() {
        Module v = module("@vectorize([\"float64(float64)\", \"float32(float32)\"], target='cpu')");
        assertTrue(Decorators.isVectorize(v, v.function("f")));
        assertFalse(Decorators.isJit(v, v.function("f")));
        assertEquals(List.of("float64(float64)", "float32(float32)"), Decorators.signatures(v, v.function("f")));
        Module g = module("@nb.guvectorize([\"void(float64[:], float64[:])\"], \"(n)->(n)\")");
        assertTrue(Decorators.isGuvectorize(g, g.function("f")));
        assertEquals(List.of("void(float64[:], float64[:])"), Decorators.signatures(g, g.function("f")));
        assertEquals(Optional.of("(n)->(n)"), Decorators.guvectorizeLayout(g, g.function("f")));
        Module s = module("@njit(\"float64(float64)\")");
        assertEquals(List.of("float64(float64)"), Decorators.signatures(s, s.function("f")));
        Module typed = module("@vectorize([float64(float64)])");
        assertThrows(UnsupportedError.class, () -> Decorators.signatures(typed, typed.function("f")));
    }
}
