package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jumba.typing.Kernels.infer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Numba's list and typed-dict types: unified literals, [] fixed by a later append, widening appends. */
class ListTypingTest {
    private static Type ret(String src, Type... args) { return infer(src, "f", args).entry().returnType(); }

    private static Type list(DType d) { return new Type.ListOf(Type.scalar(d)); }

    @Test
    void literalsUnifyTheirElements() {
        assertEquals(list(DType.INT64), ret("def f():\n    return [1, 2]\n"));
        assertEquals(list(DType.FLOAT64), ret("def f():\n    return [1, 2.5]\n"));
        assertEquals(list(DType.BOOL), ret("def f():\n    return [True, False]\n"));
        assertEquals(list(DType.FLOAT32), ret("def f(a):\n    return [a[0], a[1]]\n", Type.array(DType.FLOAT32, 1, io.jumba.types.Layout.C)));
    }

    @Test
    void anEmptyListTakesTheTypeOfWhatIsAppended() {
        assertEquals(list(DType.INT64), ret("def f(n):\n    l = []\n    for i in range(n):\n        l.append(i)\n    return l\n", Type.INT64));
        assertEquals(list(DType.FLOAT64), ret("def f(n):\n    l = [1]\n    l.append(n)\n    return l\n", Type.FLOAT64));
        assertEquals(list(DType.FLOAT64), ret("def f(n):\n    return [i / 2 for i in range(n)]\n", Type.INT64));
        TypingError e = assertThrows(TypingError.class, () -> ret("def f():\n    l = []\n    return len(l)\n"));
        assertTrue(e.getMessage().contains("cannot infer the type of variable 'l' (list(undefined))"), e.getMessage());
    }

    @Test
    void readsAndDicts() {
        assertEquals(new Type.Tuple(List.of(Type.INT64, Type.INT64, Type.BOOL, list(DType.INT64))),
                ret("def f():\n    l = [3, 4, 5]\n    return l[-1], len(l), 4 in l, l[1:]\n"));
        assertEquals(Type.FLOAT64, ret("from numba import types\nfrom numba.typed import Dict\n"
                + "def f():\n    d = Dict.empty(key_type=types.int64, value_type=types.float64)\n    d[1] = 2\n    return d[1]\n"));
        assertEquals(new Type.DictOf(Type.scalar(DType.INT32), Type.BOOL), ret("import numpy as np\nimport numba\n"
                + "def f():\n    return numba.typed.Dict.empty(np.int32, numba.types.boolean)\n"));
    }

    @Test
    void searchesAndInPlaceMethods() {
        assertEquals(new Type.Tuple(List.of(Type.INT64, Type.INT64, list(DType.FLOAT64))),
                ret("def f(x):\n    l = [1.5, x]\n    l.sort(reverse=x > 0)\n    l.reverse()\n    l.remove(x)\n"
                        + "    return l.index(1.5), l.count(2), l\n", Type.FLOAT64));
        assertEquals(Type.NONE, ret("def f():\n    l = [1]\n    return l.clear()\n"));
        io.jumba.diag.UnsupportedError key = assertThrows(io.jumba.diag.UnsupportedError.class,
                () -> ret("def f():\n    l = [1]\n    l.sort(key=abs)\n    return l\n"));
        assertTrue(key.getMessage().contains("list.sort(key=...) is not supported"), key.getMessage());
        TypingError tooMany = assertThrows(TypingError.class, () -> ret("def f():\n    l = [1]\n    return l.index(1, 0, 1, 2)\n"));
        assertTrue(tooMany.getMessage().contains("index() takes 1 to 3 argument(s), got 4"), tooMany.getMessage());
    }
}
