package io.jumba.fuzz;

import io.jumba.array.DType;
import org.junit.jupiter.api.Test;

/**
 * Every kernel {@link DifferentialFuzzTest} has found wrong, as jqwik shrank it, with the inputs it failed on: each
 * must now agree with the interpreter at every width, strict and not.
 */
class FuzzRegressionTest {
    private static final FuzzSignature FLOAT64_INT64 = new FuzzSignature(DType.FLOAT64, DType.INT64, DType.FLOAT64);
    private static final FuzzInputs SMALL = new FuzzInputs(FLOAT64_INT64, new double[] {-0.001, 0.062, -0.024},
            new long[] {32, 3, 21}, new boolean[] {true, false, true}, 1, 1, new double[] {0.5}, 11, 0.424);

    @Test
    void aFloatAssignedAConstantInAnIntVectorLoopHasASpecies() {
        // The loop's lanes were int64 only; f0 = 1.5 became a DoubleVector of no species: a NullPointerException
        // at 64 and 128 bits.
        DifferentialFuzzTest.check("""
                import numpy as np
                def f(a, b, c, m, n, x):
                    f0 = x
                    i0 = n
                    for k0 in range(a.shape[0]):
                        for k1 in range(a.shape[0]):
                            i0 += n
                            f0 = (3) * 0.5
                    return f0 + i0
                """, SMALL);
    }

    @Test
    void aConditionalOfANarrowAndAWideIntegerIsCastBeforeItIsStored() {
        // m[...] = (m[...] if c else abs(j0)): an int8 and an int32 branch, an int64 conditional; the generated
        // Java's ternary failed to compile under Janino ("Assignment conversion not possible from long to byte").
        FuzzInputs in = new FuzzInputs(new FuzzSignature(DType.FLOAT32, DType.INT8, DType.INT8),
                new double[] {-0.156, 0.005, -1.403, -0.037}, new long[] {19, 45, -128, -49}, new boolean[] {false, true, false, false},
                2, 2, new double[] {-11, 127, -4, -128}, 4, -0.049);
        DifferentialFuzzTest.check("""
                import numpy as np
                def f(a, b, c, m, n, x):
                    j0 = np.int32(n)
                    m[0, 0] = (m[0, 1] if 0.0 == x else abs(j0))
                    b[0] = (b[1] if n == 0 else n * 100)
                    b[2] = (b[3] if n != 0 else j0)
                    return j0
                """, in);
    }

    @Test
    void aScalarStoredIntoAStridedSliceAfterAnInlinedReduction() {
        // a[::3] = hs(...): the scalar goes through a 0-d array, whose access has no axes. The vectorizer's
        // dependence check took the last axis of every access (an IndexOutOfBounds inside the compiler, seed 123),
        // and its range check wrote an empty condition for it (generated Java that did not compile).
        DifferentialFuzzTest.check("""
                import numpy as np
                def hs(v):
                    t = 0.0
                    for j in range(v.shape[0]):
                        t += v[j] * 0.5
                    return t
                def f(a, b, c, m, n, x):
                    a[::3] = hs(a[a.shape[0] // 2::3])
                    return x
                """, SMALL);
    }

    @Test
    void int32ElementsMultiplyInInt64() {
        // int64(b[j]) * int64(b[j]) of int32 elements was emitted as (b[j]) * (b[j]): a Java int product, which
        // wrapped (seed 123: 2.1e13 instead of 1.98e28).
        FuzzInputs in = new FuzzInputs(new FuzzSignature(DType.FLOAT64, DType.INT32, DType.INT8),
                new double[] {-0.026, 1.005, -0.046, -0.041}, new long[] {-49, 2147483646, -2147483648, -1},
                new boolean[] {false, true, true, true}, 1, 3, new double[] {30, -6, -45}, -1, -0.015);
        DifferentialFuzzTest.check("""
                import numpy as np
                def hs(v):
                    t = 0.0
                    for j in range(v.shape[0]):
                        t += v[j] * v[j]
                    return t
                def f(a, b, c, m, n, x):
                    return hs(b[:]) + b[1] * b[2]
                """, in);
    }

    @Test
    void aStrictPrangeSumCombinesItsChunksAsTheInterpreter() {
        // 20,000 iterations in four chunks: strict compiled code added the partials in chunk order, the interpreter
        // with the pairwise tree (seeds 7 and 123: 1960.0000000001426 against ...428).
        FuzzInputs in = new FuzzInputs(FLOAT64_INT64, new double[] {-0.001, 0.062, -0.024}, new long[] {32, 3, 21},
                new boolean[] {true, false, true}, 1, 1, new double[] {0.098}, 6, 0.111);
        DifferentialFuzzTest.check("""
                import numpy as np
                from numba import njit, prange
                @njit(parallel=True)
                def f(a, b, c, m, n, x):
                    r0 = 0.0
                    for k0 in prange(20000 + n % 3):
                        r0 += m[-1, (3 * n) % m.shape[1]]
                    return r0
                """, in);
    }
}
