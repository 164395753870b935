package io.jumba.bench.jmh;

import io.jumba.bench.BenchCase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * The whole bench-kernels suite as one benchmark: {@code caseName} (a case of cases.json), {@code size} ("small",
 * "large" or explicit parameters such as "n:4194304") and {@code impl} ({@link Impl#id()}: java, vector, ejml,
 * jumba, jumba_call) pick what {@link #run} times. {@code bin/jumba bench-suite} runs every case with the
 * implementations it has; by hand: {@code java -jar benchmarks.jar SuiteBenchmark -p caseName=dot -p impl=jumba}.
 * Setup builds the inputs, compiles the kernel for the Jumba implementations, and checks the implementation's
 * result against the plain loop within the case's rtol, so a wrong result fails that benchmark instead of timing it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class SuiteBenchmark {
    /** The case name in cases.json; by default every case (the tests keep this list equal to cases.json's). */
    @Param({"sum", "dot", "dot_f32", "triad", "sumsq_prange", "sum_exp_prange", "sum_exp_array", "exp_map", "exp_map_f32", "log_sin_map",
            "clip_where", "horner", "black_scholes", "black_scholes_prange", "mandelbrot", "mandelbrot_prange", "pairwise_dist", "jacobi", "matmul",
            "histogram", "softmax", "logsumexp", "monte_carlo_pi", "cumsum", "sort", "np_histogram"})
    public String caseName;

    /** A size of the case. */
    @Param({"small"})
    public String size;

    /** Which implementation runs; by default the two every case has. */
    @Param({"java", "jumba"})
    public String impl;

    private Workload workload;

    @Setup(Level.Trial)
    public void setUp() throws Throwable {
        workload = prepare(BenchCase.load(caseName), size, Impl.parse(impl));
    }

    /**
     * Case {@code c}'s implementation {@code impl} on fresh inputs of {@code size}, checked against the plain loop
     * (compiled by Jumba first for the Jumba implementations).
     */
    public static Workload prepare(BenchCase c, String size, Impl impl) throws Throwable {
        if (!CaseBindings.implementations(c.name()).contains(impl)) {
            throw new IllegalArgumentException("case " + c.name() + " has no " + impl.label() + " implementation");
        }
        Object[] args = c.inputs(size);
        CaseBindings.Bound bound = CaseBindings.bind(c.name(), args);
        Workload w = switch (impl) {
            case JAVA -> bound.java();
            case VECTOR -> bound.vector();
            case EJML -> bound.ejml();
            case JUMBA -> bound.jumba().apply(JumbaEntry.compile(c).handle());
            case JUMBA_CALL -> JumbaEntry.compile(c).call(args);
        };
        if (impl != Impl.JAVA) Agreement.check(c, size, impl, args, bound.java(), w);
        return w;
    }

    @Benchmark
    public double run() throws Throwable {
        return workload.run();
    }
}
