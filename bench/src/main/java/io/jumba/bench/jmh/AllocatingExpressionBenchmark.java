package io.jumba.bench.jmh;

import io.jumba.Jumba;
import io.jumba.array.NDArray;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.lang.invoke.MethodHandle;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Where the time of an array expression that returns a new array goes ({@code return a + b * c}): the kernel
 * against the plain Java loop that allocates its result, the same loop into an array allocated once, and the
 * allocation alone. Not a suite case: the suite's kernels write into arrays they are given. Numba's side:
 * {@code bench/numba_alloc_expression.py}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class AllocatingExpressionBenchmark {
    static final String KERNEL = """
            from numba import njit


            @njit
            def fma_new(a, b, c):
                return a + b * c
            """;

    /** Elements per array (4M float64: 32 MB each). */
    @Param({"4194304"})
    public int n;

    private double[] a, b, c, out;
    private NDArray aArr, bArr, cArr;
    private MethodHandle kernel;

    @Setup
    public void setUp() throws Throwable {
        SplittableRandom random = new SplittableRandom(42);
        a = random.doubles(n).toArray();
        b = random.doubles(n).toArray();
        c = random.doubles(n).toArray();
        out = new double[n];
        aArr = NDArray.wrap(a);
        bArr = NDArray.wrap(b);
        cArr = NDArray.wrap(c);
        kernel = Jumba.jit(KERNEL, "fma_new.py").function("fma_new")
                .handle("float64[::1](float64[::1], float64[::1], float64[::1])");
        if (!Arrays.equals((double[]) jumba().data(), javaAllocating())) {
            throw new IllegalStateException("the kernel's a + b * c differs from the Java loop's");
        }
    }

    @Benchmark
    public NDArray jumba() throws Throwable {
        return (NDArray) kernel.invokeExact(aArr, bArr, cArr);
    }

    @Benchmark
    public double[] javaAllocating() {
        return fma(new double[n]);
    }

    @Benchmark
    public double[] javaInto() {
        return fma(out);
    }

    @Benchmark
    public double[] allocationOnly() {
        return new double[n];
    }

    private double[] fma(double[] r) {
        for (int i = 0; i < r.length; i++) r[i] = a[i] + b[i] * c[i];
        return r;
    }
}
