package io.jumba.bench.jmh;

import io.jumba.array.NDArray;
import io.jumba.bench.BenchCase;
import io.jumba.bench.baseline.Triad;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * Triad's memory-speed ceiling: a Vector API loop that reads a and b and writes out, as triad does, with no
 * arithmetic. Not an implementation of the case, so it is not part of {@link SuiteBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class TriadCopyBenchmark {
    /** A size of the triad case. */
    @Param({"small", "large"})
    public String size;

    private double[] a, b, out;

    @Setup
    public void setUp() {
        Object[] args = BenchCase.load("triad").inputs(size);
        a = (double[]) ((NDArray) args[0]).data();
        b = (double[]) ((NDArray) args[1]).data();
        out = (double[]) ((NDArray) args[3]).data();
    }

    @Benchmark
    public void vectorCopy() {
        Triad.copy(a, b, out);
    }
}
