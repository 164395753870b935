package io.jumba.bench.jmh;

import io.jumba.Jumba;
import io.jumba.Kernel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;

/**
 * Per-call overhead of a trivial kernel ({@code def f(x): return x + 1} on int64) through the typed handle, through a
 * user's interface bound with {@link Kernel#as} and through {@link Kernel#call}, against the same function as a Java
 * static method, inlined and not inlined.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class DispatchBenchmark {
    static final String SOURCE = """
            from numba import njit


            @njit
            def f(x):
                return x + 1
            """;

    private long x = 41;
    private Object boxedX = 41L;
    private Kernel kernel;
    private MethodHandle handle;
    private PlusOne bound;

    /** The user's interface {@link #bound} implements. */
    public interface PlusOne { long apply(long x); }

    @Setup
    public void setUp() throws Throwable {
        kernel = Jumba.jit(SOURCE).function("f");
        handle = kernel.handle("int64(int64)");
        bound = kernel.as(PlusOne.class);
        if ((long) handle.invokeExact(x) != 42L || !Long.valueOf(42L).equals(kernel.call(boxedX)) || bound.apply(x) != 42L) {
            throw new IllegalStateException("f(41) is not 42");
        }
    }

    static long plusOne(long v) {
        return v + 1;
    }

    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static long plusOneNotInlined(long v) {
        return v + 1;
    }

    @Benchmark public long javaStatic() { return plusOne(x); }
    @Benchmark public long javaStaticNotInlined() { return plusOneNotInlined(x); }
    @Benchmark public long jumba() throws Throwable { return (long) handle.invokeExact(x); }
    @Benchmark public long jumbaInterface() { return bound.apply(x); }
    @Benchmark public Object jumbaCall() { return kernel.call(boxedX); }
}
