package io.jumba.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jumba.bench.BenchCase;
import io.jumba.bench.BenchKernels;
import io.jumba.bench.jmh.Impl;
import org.junit.jupiter.api.Test;

import java.util.List;

/** The case/implementation matrix a run plans. */
class SuitePlanTest {
    private static final List<BenchCase> ALL = BenchCase.all(BenchKernels.dir());
    private static final List<Impl> EVERY = List.of(Impl.values());

    private static SuitePlan.Entry entry(SuitePlan plan, String name) {
        return plan.entries().stream().filter(e -> e.benchCase().name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyCaseRunsInSuiteOrderWithTheImplementationsItHas() {
        SuitePlan plan = SuitePlan.of(ALL, List.of(), List.of("small", "large"), EVERY);
        assertEquals(ALL.stream().map(BenchCase::name).toList(), plan.caseNames());
        assertEquals(List.of(Impl.JAVA, Impl.VECTOR, Impl.EJML, Impl.JUMBA, Impl.JUMBA_CALL), entry(plan, "dot").impls());
        assertEquals(List.of(Impl.JAVA, Impl.EJML, Impl.JUMBA, Impl.JUMBA_CALL), entry(plan, "matmul").impls());
        assertEquals(List.of(Impl.JAVA, Impl.JUMBA, Impl.JUMBA_CALL), entry(plan, "histogram").impls());
        assertEquals(List.of(Impl.JAVA, Impl.VECTOR, Impl.JUMBA, Impl.JUMBA_CALL), entry(plan, "black_scholes").impls());
        // 26 cases x (java, jumba, jumba_call) + 13 vector + 5 ejml = 96 per size.
        assertEquals(2 * 96, plan.benchmarks());
        assertEquals(10, entry(plan, "dot").benchmarks());
    }

    @Test
    void askedCasesAndImplementationsNarrowTheMatrix() {
        SuitePlan plan = SuitePlan.of(ALL, List.of("histogram", "dot", "matmul"), List.of("small"), List.of(Impl.VECTOR, Impl.JUMBA));
        assertEquals(List.of("dot", "matmul", "histogram"), plan.caseNames(), "suite order, not the asked order");
        assertEquals(List.of(Impl.VECTOR, Impl.JUMBA), entry(plan, "dot").impls());
        assertEquals(List.of(Impl.JUMBA), entry(plan, "matmul").impls());
        assertEquals(4, plan.benchmarks());
    }

    @Test
    void aCaseWithNoneOfTheAskedImplementationsIsLeftOut() {
        SuitePlan plan = SuitePlan.of(ALL, List.of(), List.of("small"), List.of(Impl.EJML));
        assertEquals(List.of("sum", "dot", "triad", "exp_map", "matmul"), plan.caseNames());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SuitePlan.of(ALL, List.of("histogram"), List.of("small"), List.of(Impl.EJML)));
        assertEquals("no case has any of the implementations asked for", e.getMessage());
    }

    @Test
    void unknownCasesAndSizesAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SuitePlan.of(ALL, List.of("dot", "fft"), List.of("small"), EVERY));
        assertTrue(e.getMessage().startsWith("unknown case(s) fft; the suite has sum, dot, dot_f32"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> SuitePlan.of(ALL, List.of("dot"), List.of("huge"), EVERY));
        assertEquals("case dot has no size 'huge'", e.getMessage());
    }

    @Test
    void explicitSizeParametersArePlannedLikeNamedSizes() {
        SuitePlan plan = SuitePlan.of(ALL, List.of("triad"), List.of("n:4194304"), List.of(Impl.JAVA, Impl.JUMBA));
        assertEquals(List.of("n:4194304"), plan.entries().getFirst().sizes());
    }
}
