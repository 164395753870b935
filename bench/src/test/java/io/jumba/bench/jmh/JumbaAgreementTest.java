package io.jumba.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jumba.bench.BenchCase;
import io.jumba.bench.BenchKernels;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case compiled by Jumba agrees with its plain-Java loop on the small inputs within the case's rtol, with
 * the typed handle the benchmark invokes ({@link CaseBenchmark#prepare} throws otherwise).
 */
class JumbaAgreementTest {
    private static final List<Supplier<CaseBenchmark>> BENCHMARKS = List.of(
            SumBenchmark::new, DotBenchmark::new, DotF32Benchmark::new, TriadBenchmark::new,
            SumsqPrangeBenchmark::new, ExpMapBenchmark::new, ExpMapF32Benchmark::new, LogSinMapBenchmark::new,
            ClipWhereBenchmark::new, HornerBenchmark::new, BlackScholesBenchmark::new, MandelbrotBenchmark::new,
            MandelbrotPrangeBenchmark::new, PairwiseDistBenchmark::new, JacobiBenchmark::new, MatmulBenchmark::new,
            HistogramBenchmark::new, SoftmaxBenchmark::new, LogsumexpBenchmark::new);

    static Stream<Supplier<CaseBenchmark>> benchmarks() {
        return BENCHMARKS.stream();
    }

    @Test
    void everyCaseHasABenchmark() {
        assertEquals(BenchCase.all(BenchKernels.dir()).stream().map(BenchCase::name).sorted().toList(),
                BENCHMARKS.stream().map(b -> b.get().caseName()).sorted().toList());
    }

    @ParameterizedTest
    @MethodSource("benchmarks")
    void jumbaMatchesThePlainLoop(Supplier<CaseBenchmark> factory) {
        CaseBenchmark b = factory.get();
        b.size = "small";
        assertDoesNotThrow(() -> b.prepare(true), b.caseName());
    }
}
