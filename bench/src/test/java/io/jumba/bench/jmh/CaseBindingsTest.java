package io.jumba.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.jumba.bench.BenchCase;
import io.jumba.bench.BenchKernels;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The case/implementation matrix: what {@link CaseBindings#implementations} says is what {@link CaseBindings#bind} binds. */
class CaseBindingsTest {

    @Test
    void everyCaseOfTheSuiteHasBindingsAndNoOtherCaseHas() {
        assertEquals(BenchCase.all(BenchKernels.dir()).stream().map(BenchCase::name).collect(Collectors.toSet()),
                CaseBindings.cases());
    }

    @Test
    void theListedImplementationsAreExactlyTheBoundOnes() {
        for (BenchCase c : BenchCase.all(BenchKernels.dir())) {
            CaseBindings.Bound b = CaseBindings.bind(c.name(), c.inputs("small"));
            List<Impl> bound = new ArrayList<>(List.of(Impl.JAVA));
            if (b.vector() != null) bound.add(Impl.VECTOR);
            if (b.ejml() != null) bound.add(Impl.EJML);
            bound.addAll(List.of(Impl.JUMBA, Impl.JUMBA_CALL));
            assertNotNull(b.java(), c.name());
            assertNotNull(b.jumba(), c.name());
            assertEquals(bound, CaseBindings.implementations(c.name()), c.name());
        }
    }

    @Test
    void vectorApiAndEjmlVersionsExistWhereTheBaselinesHaveThem() {
        Set<String> vector = CaseBindings.cases().stream().filter(c -> CaseBindings.implementations(c).contains(Impl.VECTOR))
                .collect(Collectors.toSet());
        assertEquals(Set.of("sum", "dot", "dot_f32", "triad", "exp_map", "exp_map_f32", "log_sin_map", "clip_where", "horner",
                "black_scholes", "mandelbrot", "pairwise_dist", "jacobi"), vector);
        Set<String> ejml = CaseBindings.cases().stream().filter(c -> CaseBindings.implementations(c).contains(Impl.EJML))
                .collect(Collectors.toSet());
        assertEquals(Set.of("sum", "dot", "triad", "exp_map", "matmul"), ejml);
    }

    @Test
    void anUnknownCaseIsNamedInTheError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CaseBindings.implementations("fft"));
        assertEquals("case 'fft' has no Java implementations in CaseBindings", e.getMessage());
    }

    @Test
    void implementationIdsRoundTrip() {
        for (Impl i : Impl.values()) assertEquals(i, Impl.parse(i.id()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Impl.parse("numpy"));
        assertEquals("unknown implementation 'numpy' (one of java, vector, ejml, jumba, jumba_call)", e.getMessage());
    }
}
