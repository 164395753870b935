package io.jumba.parallel;

import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The static cost per prange iteration that fixes the chunk grid. */
class IterationWorkTest {
    private static Stmt.ForRange prange(String body, String... types) {
        Program p = ParallelKernels.typed("@njit(parallel=True)", body, types);
        return p.entry().body().stream().filter(s -> s instanceof Stmt.ForRange f && f.parallel())
                .map(Stmt.ForRange.class::cast).findFirst().orElseThrow();
    }

    @Test
    void countsOperationsAndElementAccesses() {
        // s = s + a[i] * a[i]: one assignment, an add, a multiply and two loads
        assertEquals(5, IterationWork.of(prange("""
                def k(a):
                    s = 0.0
                    for i in prange(a.shape[0]):
                        s += a[i] * a[i]
                    return s
                """, "float64[::1]")));
    }

    @Test
    void innerLoopsMultiplyByTheirTripCountOrAnAssumedOne() {
        long constant = IterationWork.of(prange("""
                def k(a, out):
                    for i in prange(a.shape[0]):
                        for j in range(10):
                            out[i] += a[i]
                """, "float64[::1]", "float64[::1]"));
        long unknown = IterationWork.of(prange("""
                def k(a, out, n):
                    for i in prange(a.shape[0]):
                        for j in range(n):
                            out[i] += a[i]
                """, "float64[::1]", "float64[::1]", "int64"));
        assertEquals(unknown / IterationWork.UNKNOWN_TRIPS, constant / 10);
        assertTrue(unknown > constant);
    }

    @Test
    void aBranchCountsItsCostlierSide() {
        long branch = IterationWork.of(prange("""
                def k(a, out):
                    for i in prange(a.shape[0]):
                        if a[i] > 0.0:
                            out[i] = a[i] * a[i] * a[i]
                        else:
                            out[i] = 0.0
                """, "float64[::1]", "float64[::1]"));
        long costly = IterationWork.of(prange("""
                def k(a, out):
                    for i in prange(a.shape[0]):
                        out[i] = a[i] * a[i] * a[i]
                """, "float64[::1]", "float64[::1]"));
        assertTrue(branch > costly, branch + " vs " + costly);
    }
}
