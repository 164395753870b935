package io.jumba.bench.jmh;

import io.jumba.Jumba;
import io.jumba.array.NDArray;
import io.jumba.bench.BenchCase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.concurrent.TimeUnit;

/**
 * Suite kernels over the same inputs on the heap and off it ({@code NDArray.ofSegment} over an {@link Arena}'s
 * memory): the code generated for arrays in memory segments against the heap code, through each one's typed handle
 * ({@code Kernel.handleFor}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class SegmentBenchmark {
    /** A suite case whose kernel takes only 1-d float64 arrays and scalars. */
    @Param({"sum", "dot", "triad", "exp_map"})
    public String name;

    /** A size of the case. */
    @Param({"small", "large"})
    public String size;

    /** Where the arrays live: {@code heap} (Java arrays) or {@code segment} (off-heap). */
    @Param({"heap", "segment"})
    public String storage;

    /**
     * The arena of the segments: {@code shared} (closed from any thread), {@code confined} (this thread only) or
     * {@code global} (never freed). Each access checks that its arena is alive.
     */
    @Param({"shared", "confined", "global"})
    public String arena;

    /**
     * Bytes past a 64-byte boundary where each segment's data starts: {@code 0}, or {@code 16}, where the elements of
     * a Java array start in an object aligned to 64 bytes (its header comes first; {@code
     * -XX:ObjectAlignmentInBytes=64}). 512-bit accesses at 16 split cache lines: compare heap with {@code 16}.
     */
    @Param({"16", "0"})
    public int offset;

    private Arena memory;
    private Workload work;

    @Setup
    public void setUp() throws Exception {
        BenchCase c = BenchCase.load(name);
        Object[] args = c.inputs(size);
        memory = switch (arena) {
            case "shared" -> Arena.ofShared();
            case "confined" -> Arena.ofConfined();
            case "global" -> Arena.global();
            default -> throw new IllegalArgumentException("no arena " + arena);
        };
        if (storage.equals("segment")) {
            for (int i = 0; i < args.length; i++) if (args[i] instanceof NDArray a) args[i] = offHeap(a);
        }
        MethodHandle h = Jumba.jit(c.path()).function(c.function()).handleFor(args);
        Object[] x = args;
        work = switch (name) {
            case "sum" -> () -> (double) h.invokeExact((NDArray) x[0]);
            case "dot" -> () -> (double) h.invokeExact((NDArray) x[0], (NDArray) x[1]);
            case "triad" -> () -> {
                h.invokeExact((NDArray) x[0], (NDArray) x[1], (double) (Double) x[2], (NDArray) x[3]);
                return 0;
            };
            case "exp_map" -> () -> {
                h.invokeExact((NDArray) x[0], (NDArray) x[1]);
                return 0;
            };
            default -> throw new IllegalArgumentException("no segment benchmark for case " + name);
        };
    }

    /** An off-heap copy of a contiguous array, {@link #offset} bytes past a 64-byte boundary. */
    private NDArray offHeap(NDArray a) {
        if (!a.isCContiguous() || a.offset() != 0) throw new IllegalArgumentException("inputs are fresh contiguous arrays");
        long bytes = a.longSize() * a.dtype().itemSize();
        MemorySegment s = memory.allocate(bytes + offset, 64).asSlice(offset, bytes);
        s.copyFrom(a.segment().asSlice(0, bytes));
        return NDArray.ofSegment(a.dtype(), s, a.longShape());
    }

    @TearDown
    public void tearDown() {
        if (!arena.equals("global")) memory.close();  // the global arena's memory stays until the JVM exits
    }

    @Benchmark
    public double run() throws Throwable { return work.run(); }
}
