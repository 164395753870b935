package io.jumba.runtime;

import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.source.SourcePos;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The runtime's np.linalg where NumPy's goldens cannot reach: results NumPy gives in complex numbers, and the
 * overflow slogdet exists to avoid. The interpreter's path ({@link LinAlgFn#apply}) is the one exercised here.
 */
class LinAlgTest {
    private static final SourcePos POS = new SourcePos("k.py", 3, 5, "x");

    private static NDArray matrix(int n, double... values) { return NDArray.of(values, n, values.length / n); }

    private static KernelRuntimeError raised(LinAlgFn fn, Object... args) {
        return assertThrows(KernelRuntimeError.class, () -> fn.apply(args, POS));
    }

    @Test
    void complexEigenvaluesAreNumbasValueError() {
        NDArray rotation = matrix(2, 0, -1, 1, 0);
        for (LinAlgFn fn : new LinAlgFn[] {LinAlgFn.EIG, LinAlgFn.EIGVALS}) {
            KernelRuntimeError e = raised(fn, rotation);
            assertEquals("ValueError", e.pythonName());
            assertEquals("eig() argument must not cause a domain change.", e.detail());
            assertEquals(POS, e.pos());
        }
    }

    @Test
    void nonFiniteInputToIterativeDecompositionsIsLinAlgError() {
        NDArray withNan = matrix(2, 1, 0, Double.NaN, 1);  // in the lower triangle, which eigh reads
        for (LinAlgFn fn : new LinAlgFn[] {LinAlgFn.EIGH, LinAlgFn.EIG, LinAlgFn.SINGULAR_VALUES}) {
            KernelRuntimeError e = raised(fn, withNan);
            assertEquals("LinAlgError", e.pythonName());
            assertEquals("Array must not contain infs or NaNs.", e.detail());
        }
        assertEquals("LinAlgError", raised(LinAlgFn.SVD, withNan, true).pythonName());
        assertEquals("LinAlgError", raised(LinAlgFn.PINV, withNan, 1e-15).pythonName());
    }

    @Test
    void nonSquareMatricesAreLinAlgError() {
        NDArray wide = matrix(2, 1, 2, 3, 4, 5, 6);
        for (LinAlgFn fn : new LinAlgFn[] {LinAlgFn.DET, LinAlgFn.INV, LinAlgFn.CHOLESKY, LinAlgFn.EIGH}) {
            assertEquals("Last 2 dimensions of the array must be square.", raised(fn, wide).detail());
        }
    }

    @Test
    void slogdetNeitherOverflowsNorLosesThePermutationsSign() {
        int n = 400;
        double[] scaled = new double[n * n];
        for (int i = 0; i < n; i++) scaled[i * n + i] = 10;
        NDArray big = matrix(n, scaled);
        assertEquals(Double.POSITIVE_INFINITY, (double) LinAlgFn.DET.apply(new Object[] {big}, POS));
        Object[] signAndLog = (Object[]) LinAlgFn.SLOGDET.apply(new Object[] {big}, POS);
        assertEquals(1.0, (double) signAndLog[0]);
        assertEquals(n * Math.log(10), (double) signAndLog[1], 1e-9);
        // a 3-cycle is even, a swap odd
        Object[] cycle = (Object[]) LinAlgFn.SLOGDET.apply(new Object[] {matrix(3, 0, 1, 0, 0, 0, 1, 1, 0, 0)}, POS);
        Object[] swap = (Object[]) LinAlgFn.SLOGDET.apply(new Object[] {matrix(2, 0, 2, 2, 0)}, POS);
        assertArrayEquals(new Object[] {1.0, 0.0}, cycle);
        assertEquals(-1.0, (double) swap[0]);
        assertEquals(Math.log(4), (double) swap[1], 1e-15);
    }

    @Test
    void emptyMatricesFollowNumpy() {
        NDArray empty = NDArray.of(new double[0], 0, 0);
        assertEquals(1.0, (double) LinAlgFn.DET.apply(new Object[] {empty}, POS));
        assertArrayEquals(new int[] {0, 0}, ((NDArray) LinAlgFn.INV.apply(new Object[] {empty}, POS)).shape());
        assertEquals(0L, LinAlgFn.MATRIX_RANK.apply(new Object[] {empty, -1.0}, POS));
    }
}
