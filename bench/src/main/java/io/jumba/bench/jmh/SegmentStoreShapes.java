package io.jumba.bench.jmh;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.CompilerControl;
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
import java.lang.foreign.ValueLayout;
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;

/**
 * Hand-written shapes of the vector triad ({@code out = a + s * b}) over native memory segments, against the same loop
 * over Java arrays: how the byte offset is written decides whether C2 takes the segments' bounds checks out of the
 * loop (issue 16; docs/benchmarks.md). Each shape is a method of its own, not inlined, so that the bases stay unknown
 * to C2 as in generated kernels (inlined here, zero bases fold away and every shape looks alike). Segment data starts
 * 16 bytes past a 64-byte boundary, as a Java array's elements do in an object aligned to 64 bytes
 * ({@code -XX:ObjectAlignmentInBytes=64}), so that both storages split cache lines alike.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class SegmentStoreShapes {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

    /** Elements per array. */
    @Param({"4096"})
    public int n;

    /** The arrays' first element (every shape's base): kept in a field, unknown to C2. */
    public int base = 0;

    private Arena arena;
    private double[] ha, hb, ho;
    private MemorySegment sa, sb, so;

    @Setup
    public void setUp() {
        arena = Arena.ofShared();
        ha = new double[n]; hb = new double[n]; ho = new double[n];
        sa = allocate(); sb = allocate(); so = allocate();
        for (int i = 0; i < n; i++) {
            ha[i] = i * 0.001; hb[i] = 1 - i * 0.0001;
            sa.setAtIndex(ValueLayout.JAVA_DOUBLE, i, ha[i]);
            sb.setAtIndex(ValueLayout.JAVA_DOUBLE, i, hb[i]);
        }
    }

    private MemorySegment allocate() { return arena.allocate(8L * n + 16, 64).asSlice(16, 8L * n); }

    @TearDown
    public void tearDown() { arena.close(); }

    /** The loop over Java arrays, int positions base + i. */
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static void heap(double[] a, int aOff, double[] b, int bOff, double s, double[] o, int oOff, int n) {
        int i = 0;
        for (; i <= n - D.length(); i += D.length()) {
            DoubleVector.fromArray(D, a, aOff + i).add(DoubleVector.broadcast(D, s).mul(DoubleVector.fromArray(D, b, bOff + i)))
                    .intoArray(o, oOff + i);
        }
    }

    /** The shape generated before issue 16's fix: the int position widened whole, (long) (base + i) * 8. */
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static void widenedSum(MemorySegment a, long aOff, MemorySegment b, long bOff, double s, MemorySegment o, long oOff, int n) {
        int ab = (int) aOff, bb = (int) bOff, ob = (int) oOff;
        int i = 0;
        for (; i <= n - D.length(); i += D.length()) {
            DoubleVector.fromMemorySegment(D, a, (long) (ab + i) * 8L, ByteOrder.nativeOrder())
                    .add(DoubleVector.broadcast(D, s).mul(DoubleVector.fromMemorySegment(D, b, (long) (bb + i) * 8L, ByteOrder.nativeOrder())))
                    .intoMemorySegment(o, (long) (ob + i) * 8L, ByteOrder.nativeOrder());
        }
    }

    /** Every access in long terms, (long) base * 8 + (long) i * 8. */
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static void longTerms(MemorySegment a, long aOff, MemorySegment b, long bOff, double s, MemorySegment o, long oOff, int n) {
        int ab = (int) aOff, bb = (int) bOff, ob = (int) oOff;
        int i = 0;
        for (; i <= n - D.length(); i += D.length()) {
            DoubleVector.fromMemorySegment(D, a, (long) ab * 8L + (long) i * 8L, ByteOrder.nativeOrder())
                    .add(DoubleVector.broadcast(D, s).mul(DoubleVector.fromMemorySegment(D, b, (long) bb * 8L + (long) i * 8L, ByteOrder.nativeOrder())))
                    .intoMemorySegment(o, (long) ob * 8L + (long) i * 8L, ByteOrder.nativeOrder());
        }
    }

    /** The shape generated now: loads widened as before, the store in long terms. */
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static void storeLongTerms(MemorySegment a, long aOff, MemorySegment b, long bOff, double s, MemorySegment o, long oOff,
                               int n) {
        int ab = (int) aOff, bb = (int) bOff, ob = (int) oOff;
        int i = 0;
        for (; i <= n - D.length(); i += D.length()) {
            DoubleVector.fromMemorySegment(D, a, (long) (ab + i) * 8L, ByteOrder.nativeOrder())
                    .add(DoubleVector.broadcast(D, s).mul(DoubleVector.fromMemorySegment(D, b, (long) (bb + i) * 8L, ByteOrder.nativeOrder())))
                    .intoMemorySegment(o, (long) ob * 8L + (long) i * 8L, ByteOrder.nativeOrder());
        }
    }

    /** A long loop index, (base + i) * 8. */
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static void longIndex(MemorySegment a, long aOff, MemorySegment b, long bOff, double s, MemorySegment o, long oOff, long n) {
        long i = 0;
        for (; i <= n - D.length(); i += D.length()) {
            DoubleVector.fromMemorySegment(D, a, (aOff + i) * 8L, ByteOrder.nativeOrder())
                    .add(DoubleVector.broadcast(D, s).mul(DoubleVector.fromMemorySegment(D, b, (bOff + i) * 8L, ByteOrder.nativeOrder())))
                    .intoMemorySegment(o, (oOff + i) * 8L, ByteOrder.nativeOrder());
        }
    }

    /** Slices made once per call, offsets (long) i * 8. */
    @CompilerControl(CompilerControl.Mode.DONT_INLINE)
    static void slices(MemorySegment a, long aOff, MemorySegment b, long bOff, double s, MemorySegment o, long oOff, int n) {
        MemorySegment as = a.asSlice(aOff * 8L, n * 8L), bs = b.asSlice(bOff * 8L, n * 8L), os = o.asSlice(oOff * 8L, n * 8L);
        int i = 0;
        for (; i <= n - D.length(); i += D.length()) {
            DoubleVector.fromMemorySegment(D, as, (long) i * 8L, ByteOrder.nativeOrder())
                    .add(DoubleVector.broadcast(D, s).mul(DoubleVector.fromMemorySegment(D, bs, (long) i * 8L, ByteOrder.nativeOrder())))
                    .intoMemorySegment(os, (long) i * 8L, ByteOrder.nativeOrder());
        }
    }

    @Benchmark public void heap() { heap(ha, base, hb, base, 3.0, ho, base, n); }
    @Benchmark public void widenedSum() { widenedSum(sa, base, sb, base, 3.0, so, base, n); }
    @Benchmark public void longTerms() { longTerms(sa, base, sb, base, 3.0, so, base, n); }
    @Benchmark public void storeLongTerms() { storeLongTerms(sa, base, sb, base, 3.0, so, base, n); }
    @Benchmark public void longIndex() { longIndex(sa, base, sb, base, 3.0, so, base, n); }
    @Benchmark public void slices() { slices(sa, base, sb, base, 3.0, so, base, n); }
}
