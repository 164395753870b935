package io.jumba.bench.jmh;

import io.jumba.runtime.parallel.ChunkGrid;
import io.jumba.runtime.parallel.Combine;
import io.jumba.runtime.parallel.Parallel;
import io.jumba.runtime.parallel.ParallelLoop;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Where a parallel loop starts to pay: a chunked sum of {@code trips} doubles (one work unit per iteration) on one
 * thread against the same loop forced parallel (threshold 0) on {@code threads} threads. The smallest trip count
 * at which the parallel run wins is {@link Parallel#SERIAL_BELOW_WORK}'s evidence; bench/parallel-threshold.sh runs it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class ParallelThresholdBenchmark {
    @Param({"4096", "16384", "65536", "262144", "1048576"})
    public int trips;

    /** Threads of the forced-parallel run. */
    @Param({"2"})
    public int threads;

    private double[] x;
    private ChunkGrid grid;

    @Setup
    public void setUp() {
        Random r = new Random(1);
        x = new double[trips];
        for (int k = 0; k < trips; k++) x[k] = r.nextDouble();
        grid = ChunkGrid.of(trips, 1);
    }

    @Benchmark
    public double serial() { return sum(1); }

    @Benchmark
    public double parallel() { return sum(threads); }

    private double sum(int n) {
        Sum loop = new Sum(x, grid.chunks());
        Parallel.run(grid, loop, n, 0);
        return Combine.sum(0.0, loop.partial);
    }

    /** The loop body generated code would have for {@code s += x[i]}. */
    private static final class Sum extends ParallelLoop {
        final double[] x;
        final double[] partial;

        Sum(double[] x, int chunks) {
            this.x = x;
            this.partial = new double[chunks];
        }

        @Override
        public void chunk(long lo, long hi, int c) {
            double s = partial[c];
            for (int k = (int) lo; k < hi; k++) s += x[k];
            partial[c] = s;
        }
    }
}
