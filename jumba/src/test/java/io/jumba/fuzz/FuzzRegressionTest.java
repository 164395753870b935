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
}
