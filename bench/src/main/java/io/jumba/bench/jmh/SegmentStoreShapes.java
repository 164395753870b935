package io.jumba.bench.jmh;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
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
import java.nio.ByteOrder;
import java.util.concurrent.TimeUnit;

/** Hand-written shapes of a vector triad store over memory segments, against heap arrays. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class SegmentStoreShapes {
    private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;

    @Param({"4096"})
    public int n;

    private Arena arena;
    private double[] ha, hb, ho;
    private MemorySegment sa, sb, so;

    @Setup
    public void setUp() {
        arena = Arena.ofShared();
        ha = new double[n]; hb = new double[n]; ho = new double[n];
        sa = arena.allocate(8L * n, 64); sb = arena.allocate(8L * n, 64); so = arena.allocate(8L * n, 64);
        for (int i = 0; i < n; i++) {
            ha[i] = i * 0.001; hb[i] = 1 - i * 0.0001;
            sa.setAtIndex(java.lang.foreign.ValueLayout.JAVA_DOUBLE, i, ha[i]);
            sb.setAtIndex(java.lang.foreign.ValueLayout.JAVA_DOUBLE, i, hb[i]);
        }
    }

    @TearDown
    public void tearDown() { arena.close(); }

    static void heap(double[] a, int aOff, double[] b, int bOff, double s, double[] o, int oOff, int n) {
        int i = 0;
        for (; i <= n - D.length(); i += D.length()) {
            DoubleVector.fromArray(D, a, aOff + i).add(DoubleVector.broadcast(D, s).mul(DoubleVector.fromArray(D, b, bOff + i)))
                    .intoArray(o, oOff + i);
        }
    }

    /** The generated shape: int index, long byte offset (long) (base + i) * 8. */
    static void intBase(MemorySegment a, long aOff, MemorySegment b, long bOff, double s, MemorySegment o, long oOff, int n) {
        int ab = (int) aOff, bb = (int) bOff, ob = (int) oOff;
        int i = 0;
        for (; i <= n - D.length(); i += D.length()) {
            DoubleVector.fromMemorySegment(D, a, (long) (ab + i) * 8L, ByteOrder.nativeOrder())
                    .add(DoubleVector.broadcast(D, s).mul(DoubleVector.fromMemorySegment(D, b, (long) (bb + i) * 8L, ByteOrder.nativeOrder())))
                    .intoMemorySegment(o, (long) (ob + i) * 8L, ByteOrder.nativeOrder());
        }
    }

    /** int index, hoisted long byte base plus (long) i * 8. */
    static void intScaled(MemorySegment a, long aOff, MemorySegment b, long bOff, double s, MemorySegment o, long oOff, int n) {
        long ab = aOff * 8L, bb = bOff * 8L, ob = oOff * 8L;
        int i = 0;
        for (; i <= n - D.length(); i += D.length()) {
            DoubleVector.fromMemorySegment(D, a, ab + (long) i * 8L, ByteOrder.nativeOrder())
                    .add(DoubleVector.broadcast(D, s).mul(DoubleVector.fromMemorySegment(D, b, bb + (long) i * 8L, ByteOrder.nativeOrder())))
                    .intoMemorySegment(o, ob + (long) i * 8L, ByteOrder.nativeOrder());
        }
    }

    /** long index, (base + i) * 8. */
    static void longIndex(MemorySegment a, long aOff, MemorySegment b, long bOff, double s, MemorySegment o, long oOff, long n) {
        long i = 0;
        for (; i <= n - D.length(); i += D.length()) {
            DoubleVector.fromMemorySegment(D, a, (aOff + i) * 8L, ByteOrder.nativeOrder())
                    .add(DoubleVector.broadcast(D, s).mul(DoubleVector.fromMemorySegment(D, b, (bOff + i) * 8L, ByteOrder.nativeOrder())))
                    .intoMemorySegment(o, (oOff + i) * 8L, ByteOrder.nativeOrder());
        }
    }

    /** Slices made once per call, int index times 8. */
    static void slices(MemorySegment a, long aOff, MemorySegment b, long bOff, double s, MemorySegment o, long oOff, int n) {
        MemorySegment as = a.asSlice(aOff * 8L, n * 8L), bs = b.asSlice(bOff * 8L, n * 8L), os = o.asSlice(oOff * 8L, n * 8L);
        int i = 0;
        for (; i <= n - D.length(); i += D.length()) {
            DoubleVector.fromMemorySegment(D, as, (long) i * 8L, ByteOrder.nativeOrder())
                    .add(DoubleVector.broadcast(D, s).mul(DoubleVector.fromMemorySegment(D, bs, (long) i * 8L, ByteOrder.nativeOrder())))
                    .intoMemorySegment(os, (long) i * 8L, ByteOrder.nativeOrder());
        }
    }

    @Benchmark public void heap() { heap(ha, 0, hb, 0, 3.0, ho, 0, n); }
    @Benchmark public void intBase() { intBase(sa, 0, sb, 0, 3.0, so, 0, n); }
    @Benchmark public void intScaled() { intScaled(sa, 0, sb, 0, 3.0, so, 0, n); }
    @Benchmark public void longIndex() { longIndex(sa, 0, sb, 0, 3.0, so, 0, n); }
    @Benchmark public void slices() { slices(sa, 0, sb, 0, 3.0, so, 0, n); }
}
