package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.frontend.KernelOptions;
import io.jumba.ir.BinOp;
import io.jumba.ir.Program;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Explain reports what the vectorizer does per loop; kernels meant to vectorize must say so. */
class ExplainTest {
    private static final VectorOptions AT_256 = VectorOptions.DEFAULT.withWidth(SpeciesWidth.S256);

    private static String loopLine(Program p, VectorOptions o) {
        String text = Explain.of(p, o);
        String[] lines = text.split("\n");
        assertEquals(2, lines.length, text);
        assertTrue(lines[1].startsWith("  line 3: "), text);
        return lines[1].substring("  line 3: ".length());
    }

    @Test
    void sumIsAnUnrolledAddReduction() {
        assertEquals("vectorized: float64 x 4 lanes (species 256, 256 bits), unroll 4, tail: masked vector step, reductions: s (+)",
                loopLine(Kernels.sum(DType.FLOAT64), AT_256));
    }

    @Test
    void reductionsAreRecognised() {
        assertTrue(loopLine(Kernels.dot(DType.FLOAT64, false), AT_256).endsWith("reductions: s (+)"));
        assertTrue(loopLine(Kernels.countPositive(), AT_256).endsWith("reductions: c (+)"));
        assertTrue(loopLine(Kernels.maxReduce(), AT_256).endsWith("reductions: m (max)"));
        assertTrue(loopLine(Kernels.xorReduce(), AT_256).startsWith("vectorized: int32 x 8 lanes"));
        assertTrue(loopLine(Kernels.xorReduce(), AT_256).endsWith("reductions: x (^)"));
        assertEquals("vectorized: float64 x 4 lanes (species 256, 256 bits), unroll 4, tail: masked vector step, reductions: p (*)",
                loopLine(Kernels.product(DType.FLOAT64), AT_256));
        assertEquals("vectorized: int64 x 4 lanes (species 256, 256 bits), unroll 4, tail: masked vector step, reductions: p (*)",
                loopLine(Kernels.product(DType.INT64), AT_256));
        assertEquals("vectorized: int32 x 8 lanes (species 256, 256 bits), unroll 4, tail: masked vector step, reductions: x (&)",
                loopLine(Kernels.bitReduce(BinOp.BITAND, DType.INT32), AT_256));
        assertEquals("vectorized: int64 x 4 lanes (species 256, 256 bits), unroll 4, tail: masked vector step, reductions: x (|)",
                loopLine(Kernels.bitReduce(BinOp.BITOR, DType.INT64), AT_256));
    }

    @Test
    void strictKeepsFloatProductsSequentialButNotIntegerOnes() {
        VectorOptions strict = AT_256.withStrict(true);
        assertEquals("not vectorized: strict: float reduction p *= kept sequential", loopLine(Kernels.product(DType.FLOAT64), strict));
        assertTrue(loopLine(Kernels.product(DType.INT32), strict).startsWith("vectorized"));
        assertTrue(loopLine(Kernels.bitReduce(BinOp.BITOR, DType.INT32), strict).startsWith("vectorized"));
    }

    @Test
    void mapsVectorizeWithoutReductions() {
        assertTrue(loopLine(Kernels.axpy(KernelOptions.DEFAULT), AT_256).endsWith("reductions: none"));
        assertTrue(loopLine(Kernels.expMap(), AT_256).startsWith("vectorized: float64 x 4 lanes"));
        assertTrue(loopLine(Kernels.triad(), AT_256).startsWith("vectorized: float32 x 8 lanes"));
        assertTrue(loopLine(Kernels.clipIf(), AT_256).startsWith("vectorized"));
        assertTrue(loopLine(Kernels.int32Ops(), AT_256).startsWith("vectorized: int32 x 8 lanes"));
    }

    @Test
    void reasonsForScalarLoops() {
        assertEquals("vectorized: float32/float64 x 4 lanes (species 256, 256 bits), unroll 4, tail: masked vector step, reductions: s (+)",
                loopLine(Kernels.dot(DType.FLOAT32, true), AT_256));
        assertEquals("not vectorized: mixed element widths [float64, float32] need a species wider than 64 bits",
                loopLine(Kernels.dot(DType.FLOAT32, true), AT_256.withWidth(SpeciesWidth.S64)));
        assertEquals("not vectorized: loop-carried dependence through array a (offsets 1 and 0)",
                loopLine(Kernels.shiftRecurrence(), AT_256));
    }

    @Test
    void divisionsThatMayRaiseAreGuarded() {
        assertEquals("vectorized: float64 x 4 lanes (species 256, 256 bits), unroll 1, tail: masked vector step, "
                + "reductions: none, division guarded: 1 divisor per vector step (zero: the scalar loop raises "
                + "ZeroDivisionError)", loopLine(Kernels.divide(KernelOptions.DEFAULT), AT_256));
        assertTrue(loopLine(Kernels.divide(new KernelOptions(false, false, "numpy", false, false, false)), AT_256)
                .endsWith("reductions: none"), "error_model='numpy' needs no guard");
    }

    @Test
    void strictKeepsFloatSumsSequentialButNotMinMax() {
        VectorOptions strict = AT_256.withStrict(true);
        assertEquals("not vectorized: strict: float reduction s += kept sequential", loopLine(Kernels.sum(DType.FLOAT64), strict));
        assertTrue(loopLine(Kernels.sum(DType.INT64), strict).startsWith("vectorized"));
        assertTrue(loopLine(Kernels.maxReduce(), strict).startsWith("vectorized"));
    }

    @Test
    void innerLoopOfANestIsReported() {
        String text = Explain.of(Kernels.rowSums(), AT_256);
        assertTrue(text.contains("line 3: vectorized: float64 x 4 lanes"), text);
        assertTrue(text.contains("reductions: s (+)"), text);
    }

    @Test
    void smallConstantLoopsUnrollSoTheOuterLoopVectorizes() {
        Program p = PythonKernels.compile("""
                from numba import njit
                COEFFS = (0.5, 1.0, 1.0)

                @njit
                def horner(x, y):
                    for i in range(x.shape[0]):
                        v = x[i]
                        acc = COEFFS[0]
                        for k in range(1, len(COEFFS)):
                            acc = acc * v + COEFFS[k]
                        y[i] = acc
                """, "horner", List.of(Type.array(DType.FLOAT64, 1, Layout.C), Type.array(DType.FLOAT64, 1, Layout.C)));
        String text = Explain.of(p, AT_256);
        assertEquals(2, text.split("\n").length, text);
        assertTrue(text.contains("line 6: vectorized: float64 x 4 lanes"), text);
        assertTrue(text.contains("tail: masked vector step, last iteration scalar"),
                "temporaries v and acc need a scalar last iteration: " + text);
    }

    @Test
    void whileLoopsAreReportedWithTheirReason() {
        Program p = PythonKernels.compile("""
                from numba import njit

                @njit
                def halvings(a, out, tol):
                    s = 0.0
                    i = 0
                    while i < a.shape[0] and a[i] > tol:
                        s += a[i]
                        i += 1
                    for j in range(a.shape[0]):
                        x = a[j]
                        n = 0
                        while x > 1.0:
                            x = x * 0.5
                            n += 1
                        out[j] = n
                    for j in range(a.shape[0]):
                        a[j] = a[j] * 2.0
                    return s
                """, "halvings", List.of(Type.array(DType.FLOAT64, 1, Layout.C), Type.array(DType.FLOAT64, 1, Layout.C),
                Type.FLOAT64));
        String[] lines = Explain.of(p, AT_256).split("\n");
        assertEquals(5, lines.length, String.join("\n", lines));
        assertEquals("  line 7: not vectorized: while loop: trip count not known on entry", lines[1]);
        // the while loop runs per lane of the j loop around it; its own line says why it is not vectorized by itself
        assertTrue(lines[2].startsWith("  line 10: outer-loop vectorized over j: int64/float64 x 4 lanes")
                && lines[2].contains("while loop (line 13) runs per lane until its condition fails"), lines[2]);
        assertEquals("  line 13: not vectorized: while loop: trip count not known on entry", lines[3]);
        assertTrue(lines[4].startsWith("  line 17: vectorized: float64 x 4 lanes"), lines[4]);
    }

    @Test
    void stencilRowsEndWithAMaskedStep() {
        Program p = PythonKernels.compile("""
                from numba import njit

                @njit
                def jacobi(u, out):
                    n, m = u.shape
                    for i in range(1, n - 1):
                        for j in range(1, m - 1):
                            out[i, j] = 0.25 * (u[i - 1, j] + u[i + 1, j] + u[i, j - 1] + u[i, j + 1])
                """, "jacobi", List.of(Type.array(DType.FLOAT64, 2, Layout.C), Type.array(DType.FLOAT64, 2, Layout.C)));
        String text = Explain.of(p, AT_256);
        assertTrue(text.contains("line 7: vectorized: float64 x 4 lanes (species 256, 256 bits), unroll 1, "
                + "tail: masked vector step, reductions: none"), text);
        for (SpeciesWidth w : SpeciesWidth.values()) Differential.check(p, true, AT_256.withWidth(w), "jacobi @" + w);
    }
}
