package io.jumba.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jumba.bench.BenchCase;
import io.jumba.bench.BenchKernels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Param;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every implementation of every case prepares as the benchmark does — inputs, Jumba compile and typed handle,
 * result checked against the plain loop within the case's rtol — on the small inputs; and a wrong result fails.
 */
class SuiteBenchmarkTest {
    private static List<BenchCase> cases() {
        return BenchCase.all(BenchKernels.dir());
    }

    static Stream<Arguments> caseImpls() {
        return cases().stream().flatMap(c -> CaseBindings.implementations(c.name()).stream().map(i -> Arguments.of(c.name(), i)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("caseImpls")
    void agreesWithThePlainLoop(String name, Impl impl) {
        BenchCase c = cases().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
        Workload w = assertDoesNotThrow(() -> SuiteBenchmark.prepare(c, "small", impl), name + " " + impl);
        assertDoesNotThrow(w::run);
    }

    @Test
    void theDefaultCaseParameterListsEveryCaseOfTheSuite() throws NoSuchFieldException {
        List<String> annotated = Arrays.asList(SuiteBenchmark.class.getField("caseName").getAnnotation(Param.class).value());
        assertEquals(cases().stream().map(BenchCase::name).toList(), annotated);
    }

    @Test
    void aResultThatDisagreesWithThePlainLoopFails() {
        BenchCase dot = cases().stream().filter(k -> k.name().equals("dot")).findFirst().orElseThrow();
        Object[] args = dot.inputs("small");
        CaseBindings.Bound b = CaseBindings.bind("dot", args);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Agreement.check(dot, "small", Impl.VECTOR, args, b.java(), () -> 1.0));
        assertTrue(e.getMessage().startsWith("dot/small vector against java: relative error"), e.getMessage());
    }

    @Test
    void aWrongOutputArrayFailsNamingTheOutput() {
        BenchCase triad = cases().stream().filter(k -> k.name().equals("triad")).findFirst().orElseThrow();
        Object[] args = triad.inputs("small");
        CaseBindings.Bound b = CaseBindings.bind("triad", args);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Agreement.check(triad, "small", Impl.EJML, args, b.java(), () -> 0));
        assertTrue(e.getMessage().startsWith("triad/small ejml against java (output out): relative error"), e.getMessage());
    }

    @Test
    void anImplementationACaseLacksIsRefused() {
        BenchCase histogram = cases().stream().filter(k -> k.name().equals("histogram")).findFirst().orElseThrow();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SuiteBenchmark.prepare(histogram, "small", Impl.VECTOR));
        assertEquals("case histogram has no Vector API implementation", e.getMessage());
    }
}
