package io.jumba.frontend;

import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.Module;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.jumba.frontend.ExpressionParsingTest.assertAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Imports, constants, several functions, docstrings and main guards at module level. */
class ModuleParsingTest {
    @Test
    void importsMapAliasesToQualifiedNames() {
        Module m = Parser.parse("""
                from __future__ import annotations
                import numpy as np
                import math, numba
                import numba as nb
                import numpy.linalg
                from numba import njit, jit, prange as pr, vectorize, guvectorize, float64
                from math import (sqrt,
                                  pi)
                from numpy import float32 as f32
                from numba.types import int64
                """, "m.py");
        assertEquals(Map.ofEntries(Map.entry("np", "numpy"), Map.entry("math", "math"), Map.entry("numba", "numba"),
                Map.entry("nb", "numba"), Map.entry("numpy", "numpy"), Map.entry("njit", "numba.njit"),
                Map.entry("jit", "numba.jit"), Map.entry("pr", "numba.prange"), Map.entry("vectorize", "numba.vectorize"),
                Map.entry("guvectorize", "numba.guvectorize"), Map.entry("float64", "numba.float64"),
                Map.entry("sqrt", "math.sqrt"), Map.entry("pi", "math.pi"), Map.entry("f32", "numpy.float32"),
                Map.entry("int64", "numba.types.int64")), m.imports());
        assertTrue(m.functions().isEmpty());
    }

    @Test
    void otherModulesAreRejectedAtTheModuleName() {
        UnsupportedError e = assertThrows(UnsupportedError.class, () -> Parser.parse("import numpy\nimport os\n", "m.py"));
        assertEquals("module 'os' is not supported; Jumba supports imports of numpy, math, cmath, random, numba and collections (for namedtuple)", e.detail());
        assertAt(2, 8, e.pos());
        e = assertThrows(UnsupportedError.class, () -> Parser.parse("from subprocess import run\n", "m.py"));
        assertAt(1, 6, e.pos());
        assertTrue(e.detail().contains("'subprocess'"));
    }

    @Test
    void constantsKeepTheirExpressionsInOrder() {
        Module m = Parser.parse("N = 10\nEPS = 1e-9\nA = B = -2\nTUP = (1.0, 2.0)\nHALF = 1.0 / 2\n", "m.py");
        assertEquals(List.of("N", "EPS", "A", "B", "TUP", "HALF"), List.copyOf(m.constants().keySet()));
        assertEquals("10", AstPrinter.expr(m.constants().get("N")));
        assertEquals("(-2)", AstPrinter.expr(m.constants().get("B")));
        assertEquals("<1.0, 2.0>", AstPrinter.expr(m.constants().get("TUP")));
        assertEquals("(1.0 / 2)", AstPrinter.expr(m.constants().get("HALF")));
    }

    @Test
    void functionsInSourceOrderWithDecorators() {
        Module m = Parser.parse("""
                \"\"\"Module docstring.\"\"\"
                import numpy as np
                from numba import njit

                @njit
                def first(x):
                    return x

                @njit(parallel=True,
                      fastmath=True)
                def second(x):
                    return first(x)

                def plain(x):
                    return x
                """, "m.py");
        assertEquals(List.of("first", "second", "plain"), m.functions().stream().map(FunctionDef::name).toList());
        assertEquals("njit", AstPrinter.expr(m.function("first").decorators().getFirst()));
        assertEquals("njit(parallel=True, fastmath=True)", AstPrinter.expr(m.function("second").decorators().getFirst()));
        assertTrue(m.function("plain").decorators().isEmpty());
        assertAt(6, 1, m.function("first").pos());
        assertEquals(m.function("second"), m.functions().get(1));
    }

    @Test
    void mainGuardIsSkippedWhateverItContains() {
        Module m = Parser.parse("""
                from numba import njit

                @njit
                def k(x):
                    return x + 1

                if __name__ == "__main__":
                    import sys
                    print(f"{k(1)}", [i for i in range(3)])
                    if True:
                        pass
                else:
                    lambda: 0

                if "__main__" == __name__: print(k(2))
                """, "m.py");
        assertEquals(List.of("k"), m.functions().stream().map(FunctionDef::name).toList());
    }

    @Test
    void otherModuleStatementsAreRejected() {
        UnsupportedError e = assertThrows(UnsupportedError.class,
                () -> Parser.parse("import numpy as np\nnp.random.seed(0)\n", "m.py"));
        assertAt(2, 1, e.pos());
        assertTrue(e.detail().startsWith("only imports"));
        assertThrows(UnsupportedError.class, () -> Parser.parse("for i in range(3):\n    pass\n", "m.py"));
        assertThrows(UnsupportedError.class, () -> Parser.parse("if x == 1:\n    y = 2\n", "m.py"));
        assertThrows(UnsupportedError.class, () -> Parser.parse("a, b = 1, 2\n", "m.py"));
    }

    @Test
    void emptyAndCommentOnlySourcesGiveAnEmptyModule() {
        assertTrue(Parser.parse("", "m.py").functions().isEmpty());
        assertTrue(Parser.parse("# nothing\n\n   \n", "m.py").constants().isEmpty());
        assertEquals(List.of("f"), Parser.parse("def f():\r\n    return 1\r\n", "m.py").functions().stream()
                .map(FunctionDef::name).toList());
        assertEquals(List.of("f"), Parser.parse("def f():\n    return 1", "m.py").functions().stream()
                .map(FunctionDef::name).toList());
    }
}
