package io.jumba.bench.jmh;

import io.jumba.Jumba;
import io.jumba.bench.BenchCase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

/**
 * First-call cost in a warm JVM: parse, type, lower and compile softmax.py (a 20-line kernel of three loops)
 * from its source, then run it once on the small inputs (about 20 us of the total). Each iteration starts from
 * fresh source, so nothing is cached between them; warm-up iterations warm up Jumba's own code and Janino.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 20)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class CompileBenchmark {
    private static final String CASE = "softmax";

    private BenchCase benchCase;
    private String source;
    private Object[] args;

    @Setup
    public void setUp() throws Exception {
        benchCase = BenchCase.load(CASE);
        source = Files.readString(benchCase.path());
        args = benchCase.inputs("small");
    }

    /** {@code Jumba.jit(source).function(fn).call(args)}: what a first call costs a user. */
    @Benchmark
    public Object firstCall() {
        return Jumba.jit(source, benchCase.file()).function(benchCase.function()).call(args);
    }

    /** Eager compile for the signature, without running. */
    @Benchmark
    public Object compileOnly() {
        return Jumba.jit(source, benchCase.file()).function(benchCase.function()).compile(benchCase.numbaSignature());
    }
}
