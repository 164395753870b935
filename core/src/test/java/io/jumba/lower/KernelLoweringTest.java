package io.jumba.lower;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.frontend.Parser;
import io.jumba.ir.Program;
import io.jumba.testing.BenchSuite;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static io.jumba.testing.Ir.*;
import static io.jumba.testing.TestIr.*;
import static org.junit.jupiter.api.Assertions.*;

/** Kernels written in Python, typed by the frontend, behave the same before and after lowering. */
class KernelLoweringTest {
    private static final String HEADER = "import math\nimport numpy as np\nfrom numba import njit, prange\n";

    private static Program kernel(String source, String function, Type... args) {
        return TypeInference.specialize(Parser.parse(HEADER + source, "k.py"), function, List.of(args));
    }

    private static Type f64(int ndim) { return Type.array(DType.FLOAT64, ndim, Layout.C); }

    private static NDArray random(long seed, int... shape) { return NDArray.random(seed, shape); }

    @Test
    void fusedStoreKernel() {
        Program p = kernel("""
                @njit
                def triad(out, a, b, c):
                    out[:] = a + b * np.exp(c)
                """, "triad", f64Array(1), f64Array(1), f64Array(1), f64Array(1));
        assertTrue(isLoopLevel(ArrayLowering.apply(p).entry().body()));
        assertEquals(0, count(ArrayLowering.apply(p).entry().body(), io.jumba.ir.Expr.Alloc.class));
        for (int n : new int[] {0, 1, 7}) sameAsOriginal(p, () -> new Object[] {random(1, n), random(2, n), random(3, n), random(4, n)});
        sameAsOriginal(p, () -> new Object[] {random(1, 3), random(2, 3), random(3, 4), random(4, 3)});
    }

    @Test
    void statisticsKernel() {
        Program p = kernel("""
                @njit
                def stats(m, k):
                    mean = np.sum(m) / m.size if m.size else 0.0
                    centered = (m - mean) * (1.0 / (k + 1e-6))
                    return mean, np.sum(centered * centered), np.max(centered), np.argmin(centered), centered[0, 1:]
                """, "stats", f64Array(2), Type.INT64);
        for (int[] shape : new int[][] {{3, 4}, {1, 1}, {2, 5}}) sameAsOriginal(p, () -> new Object[] {random(5, shape), 3L});
    }

    @Test
    void shiftedSelfAssignment() {
        Program p = kernel("""
                @njit
                def shift(a):
                    a[1:] = a[:-1]
                    a[:-1] = a[1:] * 2.0
                """, "shift", f64Array(1));
        for (int n : new int[] {0, 1, 2, 9}) sameAsOriginal(p, () -> new Object[] {random(6, n)});
    }

    @Test
    void matrixKernels() {
        Program p = kernel("""
                @njit
                def mm(a, b, v):
                    return np.dot(a, b), np.dot(a, v), np.dot(v, v)
                """, "mm", f64Array(2), f64Array(2), f64Array(1));
        sameAsOriginal(p, () -> new Object[] {random(7, 3, 4), random(8, 4, 2), random(9, 4)});
        // NumPy's spelling of 2-d shapes, (3,4): checked on the lowered program alone
        var e = assertThrows(io.jumba.diag.KernelRuntimeError.class, () -> io.jumba.interp.Interpreter.run(
                ArrayLowering.apply(p), random(7, 3, 4), random(8, 5, 2), random(9, 4)));
        assertEquals("shapes (3,4) and (5,2) not aligned: 4 (dim 1) != 5 (dim 0)", e.detail());
    }

    @Test
    void loweringTwiceChangesNothing() {
        Program p = kernel("""
                @njit
                def k(a, b, m):
                    t = a * 2.0
                    a[1:] = a[:-1] + b[1:]
                    return np.sum(t * b), np.sum(m, axis=1), np.dot(m, a)
                """, "k", f64Array(1), f64Array(1), f64Array(2));
        Program once = ArrayLowering.apply(p);
        assertEquals(once, ArrayLowering.apply(once));
        sameAsOriginal(p, () -> new Object[] {random(1, 4), random(2, 4), random(3, 2, 4)});
    }

    // ---- the benchmark suite (bench/kernels) -----------------------------------------------------------------

    @Test
    void benchmarkKernelsBehaveTheSame() throws IOException {
        List<BenchSuite.Case> cases = BenchSuite.cases();
        for (BenchSuite.Case c : cases) {
            Program p = TypeInference.specialize(Parser.parse(c.source(), c.file()), c.function(), c.types());
            assertTrue(isLoopLevel(ArrayLowering.apply(p).entry().body()), c.file());
            for (int size : new int[] {1, 6}) sameAsOriginal(p, () -> arguments(c, size));
        }
        assertEquals(26, cases.size());
    }

    /** The case's arguments with every size parameter set to size: random arrays, the given scalars. */
    private static Object[] arguments(BenchSuite.Case c, int size) {
        List<Object> values = new ArrayList<>();
        long seed = 11;
        for (BenchSuite.Arg a : c.args()) {
            if (a.array()) {
                int[] shape = new int[a.rank()];
                java.util.Arrays.fill(shape, size);
                values.add(NDArray.random(seed++, shape).astype(a.dtype()));
            } else {
                double v = a.value();
                DType d = a.dtype();
                values.add(d.isFloat() ? (Object) v : d.isBool() ? (Object) (v != 0) : (Object) (long) v);
            }
        }
        return values.toArray();
    }
}
