package io.jumba;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.JumbaException;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.diag.TypingError;
import io.jumba.diag.UnsupportedError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the NumPy goldens of iteration.py cannot show: that np.ndindex, np.ndenumerate, a.flat and np.nditer loops
 * are range nests that vectorize (explain), a.itemset (gone from NumPy 2; values as NumPy 1.x and Numba 0.56 give
 * them), and the forms refused at the kernel line.
 */
class IterationKernelsTest {
    private static final String SOURCE = """
            import numpy as np
            from numba import njit

            @njit
            def doubled(a, out):
                for idx in np.ndindex(a.shape):
                    out[idx] = a[idx] * 2.0

            @njit
            def weighted(a):
                s = 0.0
                for (i, j), v in np.ndenumerate(a):
                    s += v * j
                return s

            @njit
            def flat_total(a):
                s = 0.0
                for x in a.flat:
                    s += x
                return s

            @njit
            def iterated(a):
                s = 0.0
                for x in np.nditer(a):
                    s += x[()]
                return s

            @njit
            def set_only(a, v):
                a.itemset(v)
                return a.item()
            """;

    private static Kernel kernel(String name) {
        return Jumba.jit(SOURCE).function(name);
    }

    @Test
    void innermostLoopsOfTheNestsVectorize() {
        for (String[] k : new String[][] {
                {"doubled", "(float64[:, ::1], float64[:, ::1])"},
                {"weighted", "(float64[:, ::1],)"},
                {"flat_total", "(float64[:, ::1],)"},
                {"iterated", "(float64[:, ::1],)"}}) {
            String explained = kernel(k[0]).explain(k[1]);
            List<String> loops = explained.lines().filter(l -> l.trim().startsWith("line ")).toList();
            assertTrue(loops.stream().anyMatch(l -> l.contains(": vectorized: ")), k[0] + ":\n" + explained);
        }
    }

    @Test
    void itemsetWritesTheOnlyElement() {
        NDArray zeroD = NDArray.empty(DType.FLOAT64);
        assertEquals(2.5, kernel("set_only").call(zeroD, 2.5));
        assertEquals(2.5, zeroD.getDouble());
        NDArray one = NDArray.empty(DType.INT64, 1, 1);
        assertEquals(7L, kernel("set_only").interpret(one, 7.9));
        assertEquals(7L, one.getLong(0, 0));
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class,
                () -> kernel("set_only").call(NDArray.empty(DType.FLOAT64, 2), 1.0));
        assertEquals("ValueError", e.pythonName());
        assertTrue(e.getMessage().contains("can only convert an array of size 1 to a Python scalar"), e.getMessage());
    }

    @Test
    void asfortranarrayGivesAnFortranOrderedArray() {
        Kernel k = Jumba.jit("import numpy as np\nfrom numba import njit\n\n@njit\ndef f(a):\n"
                + "    return np.asfortranarray(a)\n").function("f");
        NDArray c = NDArray.empty(DType.FLOAT64, 3, 4);
        for (Object r : List.of(k.call(c), k.interpret(c), k.call(c.transpose()))) {
            assertTrue(((NDArray) r).isFContiguous() && !((NDArray) r).isCContiguous(), r.toString());
        }
        assertEquals("float64[::1, :]", k.returnType(c).toString());
    }

    @Test
    void anAsStridedViewReachingOutsideTheArrayIsAValueError() {
        for (String geometry : List.of("shape=(5,), strides=(8,)", "shape=(2,), strides=(-8,)", "shape=(2, 3), strides=(16, 8)",
                "shape=(2,), strides=(4,)")) {
            Kernel k = Jumba.jit("import numpy as np\nfrom numba import njit\n\n@njit\ndef f(a):\n"
                    + "    return np.lib.stride_tricks.as_strided(a, " + geometry + ")\n").function("f");
            for (boolean compiled : new boolean[] {true, false}) {
                NDArray a = NDArray.empty(DType.FLOAT64, 4);
                KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> {
                    if (compiled) k.call(a);
                    else k.interpret(a);
                }, geometry);
                assertEquals("ValueError", e.pythonName());
            }
        }
    }

    @Test
    void formsNumbaRefusesOrJumbaDoesNotSupportAreRefusedAtTheKernelLine() {
        assertRefused(UnsupportedError.class, "f = a.flat", "a.flat is supported iterated");
        assertRefused(TypingError.class, "return np.frombuffer(a, np.int64)", "which cannot share memory");
        assertRefused(TypingError.class, "return np.frombuffer(a[::2])", "needs a C-contiguous buffer");
        assertRefused(TypingError.class, "return np.lib.stride_tricks.as_strided(a, shape=(2,))", "strides argument is mandatory");
        assertRefused(UnsupportedError.class, "for x in np.nditer(a, a): pass", "np.nditer() takes one array here");
        assertRefused(UnsupportedError.class, "return a.flat[1:3]", "a.flat takes one integer index");
        assertRefused(TypingError.class, "for idx in np.ndenumerate(a): pass", "unpack them as 'for idx, v in ...'");
    }

    private static void assertRefused(Class<? extends JumbaException> kind, String line, String message) {
        String source = "import numpy as np\nfrom numba import njit\n\n@njit\ndef f(a):\n    " + line + "\n";
        JumbaException e = assertThrows(kind, () -> Jumba.jit(source).function("f").call(NDArray.empty(DType.FLOAT64, 4)));
        assertTrue(e.getMessage().contains(message) && e.getMessage().contains(":6:"), e.getMessage());
    }
}
