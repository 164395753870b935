package io.jumba.parallel;

import io.jumba.frontend.Parser;
import io.jumba.ir.Var;
import io.jumba.runtime.parallel.ReductionKind;
import io.jumba.types.Signature;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The structured result the parallel plan will carry, beyond its golden rendering. */
class RaceDetectionTest {
    private static List<LoopSharing> analyze(String body, String... types) {
        String src = "import numpy as np\nfrom numba import njit, prange\n\n@njit(parallel=True)\n" + body;
        List<Type> args = java.util.Arrays.stream(types).map(Signature::parseType).toList();
        return RaceDetection.analyze(TypeInference.specialize(Parser.parse(src, "k.py"), "k", args), RaceDetection.ComputedIndices.WARN);
    }

    @Test
    void argminCarriesItsCompanionAndTieRule() {
        LoopSharing s = analyze("""
                def k(a):
                    m = np.inf
                    mi = -1
                    for i in prange(a.shape[0]):
                        if a[i] <= m:
                            m = a[i]
                            mi = i
                    return mi
                """, "float64[:]").getFirst();
        Reduction.Arg arg = assertInstanceOf(Reduction.Arg.class, s.reductions().getFirst());
        assertEquals("m", arg.value().name());
        assertEquals(List.of("mi"), arg.companions().stream().map(Var::name).toList());
        assertEquals(ReductionKind.MIN, arg.kind());
        assertTrue(arg.lastWinsTies());
        assertNull(s.serialReason());
        assertEquals(List.of(), s.warnings());
    }

    @Test
    void numpyMinimumIsTheNanPropagatingKindAndArraySumsAreArrayReductions() {
        LoopSharing s = analyze("""
                def k(a, idx, hist):
                    m = np.inf
                    for i in prange(a.shape[0]):
                        m = np.minimum(m, a[i])
                        hist[idx[i]] += a[i]
                    return m
                """, "float64[:]", "int64[:]", "float64[:]").getFirst();
        assertEquals(List.of(new Reduction.Scalar(s.reductions().getFirst().vars().getFirst(), ReductionKind.NAN_MIN, false)),
                s.reductions().subList(0, 1));
        Reduction.Array h = assertInstanceOf(Reduction.Array.class, s.reductions().get(1));
        assertEquals("hist", h.array().name());
        assertEquals(ReductionKind.SUM, h.kind());
    }

    @Test
    void plainRangeLoopsAreNotAnalyzed() {
        assertEquals(List.of(), analyze("""
                def k(a):
                    for i in range(1, a.shape[0]):
                        a[i] = a[i - 1] + 1
                """, "float64[:]"));
    }

    @Test
    void aPrivateAssignedOnEveryPathIncludingContinueIsNotAConditionalWrite() {
        LoopSharing s = analyze("""
                def k(a):
                    t = 0.0
                    for i in prange(a.shape[0]):
                        t = a[i]
                        if t < 0:
                            continue
                        a[i] = t * 2
                    return t
                """, "float64[:]").getFirst();
        assertEquals(List.of("t"), s.lastPrivates().stream().map(Var::name).toList());
        assertEquals(List.of("a"), s.distinctWrites().stream().map(Var::name).toList());
    }
}
