package io.jumba.typing;

import io.jumba.diag.JumbaException;
import io.jumba.diag.TypingError;
import io.jumba.diag.UnsupportedError;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jumba.typing.Kernels.infer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** collections.namedtuple: the instance types, field reads, defaults, and the forms refused at their line. */
class NamedTupleTypingTest {
    private static final String POINT = "from collections import namedtuple\nPoint = namedtuple('Point', ['x', 'y'])\n";

    private static Type ret(String src, Type... args) { return infer(src, "f", args).entry().returnType(); }

    private static Type.Tuple point(Type x, Type y) { return new Type.Tuple(List.of(x, y), "Point", List.of("x", "y")); }

    @Test
    void constructedPositionallyOrByKeyword() {
        assertEquals(point(Type.INT64, Type.FLOAT64), ret(POINT + "def f(n):\n    return Point(n, 2.5)\n", Type.INT64));
        assertEquals(point(Type.BOOL, Type.INT64), ret(POINT + "def f(n):\n    return Point(y=n, x=True)\n", Type.INT64));
        assertEquals("Tuple(int64, float64)", point(Type.INT64, Type.FLOAT64).toString()); // signature text parses back
        Type.Tuple rect = new Type.Tuple(List.of(Type.INT64, Type.INT64), "Rect", List.of("w", "h"));
        assertEquals(rect, ret("import collections\nRect = collections.namedtuple('Rect', 'w, h')\n"
                + "def f(n):\n    return Rect(n, h=n)\n", Type.INT64));
    }

    @Test
    void fieldsReadByNameOrIndexAsATuple() {
        assertEquals(new Type.Tuple(List.of(Type.FLOAT64, Type.INT64, Type.INT64, Type.FLOAT64)),
                ret(POINT + "def f(n):\n    p = Point(n, n / 2)\n    a, b = p\n    return p.y, p[0], len(p), b\n", Type.INT64));
        assertEquals(point(Type.FLOAT64, Type.FLOAT64), ret(POINT + "def f(n):\n    if n > 0:\n        p = Point(1.0, 2.0)\n"
                + "    else:\n        p = Point(n, 0.5)\n    return p\n", Type.FLOAT64));
        assertEquals(Type.BOOL, ret(POINT + "def f(n):\n    return 3 in Point(n, 3)\n", Type.INT64));
        assertEquals(Type.FLOAT64, ret(POINT + "def g(p):\n    return p.x * p.y\n\ndef f(n):\n    return g(Point(n, 1.5))\n", Type.INT64));
    }

    @Test
    void defaultsFillTheLastFields() {
        String opts = "from collections import namedtuple\nOpts = namedtuple('Opts', 'a b c', defaults=[2.5, False])\n";
        assertEquals(new Type.Tuple(List.of(Type.INT64, Type.FLOAT64, Type.BOOL), "Opts", List.of("a", "b", "c")),
                ret(opts + "def f(n):\n    return Opts(n)\n", Type.INT64));
        TypingError missing = assertThrows(TypingError.class, () -> ret(opts + "def f(n):\n    return Opts(b=n)\n", Type.INT64));
        assertTrue(missing.getMessage().contains("Opts() missing required argument 'a'"), missing.getMessage());
    }

    @Test
    void refusedFormsNameTheProblem() {
        assertRefused(UnsupportedError.class, "Point._replace() is not supported",
                POINT + "def f(n):\n    p = Point(n, 1)\n    return p._replace(x=2)\n");
        assertRefused(UnsupportedError.class, "namedtuple attribute '_fields' is not supported",
                POINT + "def f(n):\n    return Point(n, 1)._fields\n");
        assertRefused(TypingError.class, "'Point' has no field 'z'", POINT + "def f(n):\n    return Point(n, 1).z\n");
        assertRefused(UnsupportedError.class, "namedtuple classes must be defined at module level",
                "from collections import namedtuple\ndef f(n):\n    P = namedtuple('P', 'a')\n    return n\n");
        assertRefused(UnsupportedError.class, "namedtuple(rename=...) is not supported",
                "from collections import namedtuple\nP = namedtuple('P', 'a', rename=True)\ndef f(n):\n    return P(n)\n");
        assertRefused(TypingError.class, "Point() got an unexpected keyword argument 'z'", POINT + "def f(n):\n    return Point(n, z=1)\n");
        assertRefused(TypingError.class, "Point() takes 2 positional argument(s) but 3 were given", POINT + "def f(n):\n    return Point(n, 1, 2)\n");
        // inside a tuple an array prints as its repr, which print's text-and-values form cannot give
        assertRefused(UnsupportedError.class, "print of a tuple holding float64[::1] beside a namedtuple is not supported",
                POINT + "import numpy as np\ndef f(n):\n    print((Point(n, 1), np.zeros(2)))\n    return n\n");
        assertRefused(UnsupportedError.class, "print of a namedtuple holding float64[::1] is not supported",
                POINT + "import numpy as np\ndef f(n):\n    print((Point(np.zeros(2), 1), 1))\n    return n\n");
        assertRefused(UnsupportedError.class, "'collections.OrderedDict' is not supported",
                "from collections import OrderedDict\ndef f(n):\n    return n\n");
    }

    private static void assertRefused(Class<? extends JumbaException> kind, String message, String src) {
        JumbaException e = assertThrows(kind, () -> ret(src, Type.INT64));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }
}
