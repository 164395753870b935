package io.jumba.bench.jmh;

import io.jumba.Jumba;
import io.jumba.array.Complex;
import io.jumba.array.DType;
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
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Complex loops in vector lanes against the scalar loop: a complex multiply-add over arrays ({@code out[i] = x[i] *
 * y[i] + z[i]}) and a complex dot product ({@code s += x[i] * y[i]}), of complex128 and complex64. The scalar loop is
 * what a 64-bit species gives (complex lanes need 128 bits or more), so {@code width=64} times the code these loops
 * ran as before complex lanes existed, and {@code width=preferred} the vector code.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class ComplexLanesBenchmark {
    private static final String SOURCE = """
            from numba import njit

            @njit
            def mul_add(x, y, z, out):
                for i in range(x.shape[0]):
                    out[i] = x[i] * y[i] + z[i]

            @njit
            def dot(x, y, s):
                for i in range(x.shape[0]):
                    s += x[i] * y[i]
                return s
            """;

    /** The species width: 64 leaves complex loops scalar. */
    @Param({"64", "preferred"})
    public String width;

    @Param({"complex128", "complex64"})
    public String dtype;

    @Param({"4096"})
    public int n;

    private NDArray x, y, z, out;
    private Complex zero;
    private MethodHandle mulAdd, dot;

    @Setup
    public void setUp() {
        // read when the kernels compile (JMH forks a JVM per parameter set)
        System.setProperty("jumba.simd.width", width);
        DType d = dtype.equals("complex64") ? DType.COMPLEX64 : DType.COMPLEX128;
        Random rnd = new Random(1);
        x = random(d, rnd);
        y = random(d, rnd);
        z = random(d, rnd);
        out = NDArray.zeros(d, n);
        zero = new Complex(0, 0);
        var module = Jumba.jit(SOURCE);
        String t = dtype + "[::1]";
        mulAdd = module.function("mul_add").handle("(" + t + ", " + t + ", " + t + ", " + t + ")");
        dot = module.function("dot").handle("(" + t + ", " + t + ", " + dtype + ")");
    }

    private NDArray random(DType d, Random rnd) {
        NDArray a = NDArray.zeros(d, n);
        for (int q = 0; q < n; q++) a.writeComplex(q, new Complex(rnd.nextDouble() - 0.5, rnd.nextDouble() - 0.5));
        return a;
    }

    @Benchmark
    public NDArray mulAdd() throws Throwable {
        mulAdd.invoke(x, y, z, out);
        return out;
    }

    @Benchmark
    public Object dot() throws Throwable {
        return dot.invoke(x, y, zero);
    }
}
