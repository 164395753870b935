package io.jumba;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.ufunc.UFuncs;
import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kernels over arrays in memory segments (off-heap, mapped) give what they give over the same heap arrays. */
class SegmentArraysTest {
    private static final String SOURCE = """
            import numpy as np
            from numba import njit, prange

            @njit
            def triad(out, a, b, s):
                for i in range(len(out)):
                    out[i] = a[i] + s * b[i]

            @njit
            def total(a):
                s = 0.0
                for i in range(a.shape[0]):
                    s += a[i]
                return s

            @njit
            def rowsums(m):
                out = np.zeros(m.shape[0])
                for i in range(m.shape[0]):
                    for j in range(m.shape[1]):
                        out[i] += m[i, j] * (j + 1)
                return out

            @njit
            def strided(a):
                s = 0
                for i in range(0, len(a), 3):
                    s += a[i]
                return s

            @njit
            def shift(a):
                for i in range(1, len(a)):
                    a[i] = a[i - 1] + a[i]

            @njit(parallel=True)
            def scale(out, a):
                for i in prange(len(a)):
                    out[i] = a[i] * 2 + 1

            @njit
            def at(a, i):
                return a[i]

            @njit
            def put(a, i, v):
                a[i] = v

            @njit
            def tail_sum(a, start):
                s = 0
                for i in range(start, len(a)):
                    s += a[i]
                return s
            """;
    private final KernelModule module = Jumba.jit(SOURCE, "segments.py");

    /** An off-heap copy of a heap array, alive as long as arena. */
    private static NDArray offHeap(NDArray heap, Arena arena) {
        MemorySegment s = arena.allocate((long) heap.size() * heap.dtype().itemSize(), 64);
        NDArray a = NDArray.ofSegment(heap.dtype(), s, heap.longShape());
        long[] flat = heap.toFlatLongArray();
        double[] flatD = heap.toFlatDoubleArray();
        for (int p = 0; p < flat.length; p++) {
            if (heap.dtype().isFloat()) a.writeDouble(p, flatD[p]);
            else a.writeLong(p, flat[p]);
        }
        return a;
    }

    @Test
    void elementwiseKernelsMatchHeapForEveryNumericDtype() {
        for (DType d : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32, DType.INT16, DType.INT8, DType.UINT8}) {
            try (Arena arena = Arena.ofConfined()) {
                NDArray a = NDArray.arange(0, 1003, 1).astype(d), b = NDArray.arange(7, 1010, 1).astype(d);
                NDArray heapOut = NDArray.zeros(d, 1003);
                NDArray segOut = offHeap(heapOut, arena);
                module.function("triad").call(heapOut, a, b, 3L);
                module.function("triad").call(segOut, offHeap(a, arena), offHeap(b, arena), 3L);
                assertTrue(segOut.isSegment());
                assertTrue(heapOut.contentEquals(segOut.copy()), d + ": " + segOut);
                if (d == DType.FLOAT64) { // narrower types mix widths with the int64 scalar: at 128 bits they stay scalar
                    String java = module.function("triad").javaSourceFor(segOut, a, b, 3L);
                    assertTrue(java.contains(".fromMemorySegment(") && java.contains(".intoMemorySegment("), java);
                }
            }
        }
    }

    /** Vector loops of every kind the segment shape addresses: stores, calls, unrolled reductions, inner loops, tiles. */
    private static final String VECTOR_SOURCE = """
            import numpy as np
            from numba import njit

            @njit
            def triad(out, a, b, s):
                for i in range(len(out)):
                    out[i] = a[i] + s * b[i]

            @njit
            def exp_map(x, out):
                for i in range(x.shape[0]):
                    out[i] = np.exp(x[i])

            @njit
            def total(a):
                s = 0.0
                for i in range(a.shape[0]):
                    s += a[i]
                return s

            @njit
            def column_sums(a, out):
                for j in range(a.shape[1]):
                    s = 0.0
                    for i in range(a.shape[0]):
                        s += a[i, j]
                    out[j] = s

            @njit
            def matmul(a, b, c):
                for i in range(a.shape[0]):
                    for j in range(b.shape[1]):
                        s = 0.0
                        for k in range(a.shape[1]):
                            s += a[i, k] * b[k, j]
                        c[i, j] = s
            """;

    /**
     * At every species width, each vector loop over segment views that start past their memory's first element
     * (every base non-zero, every access unaligned) gives what it gives over the same heap views; its stores
     * address bytes as {@code (long) base * size + (long) i * size}, never as the widened int sum
     * {@code (long) (base + i) * size}, whose bounds checks C2 cannot take out of the loop.
     */
    @Test
    void vectorLoopsOverSegmentViewsMatchHeapAtEveryWidth() {
        for (SpeciesWidth w : SpeciesWidth.values()) {
            KernelModule m = CompiledModules.of(VECTOR_SOURCE, "segment_widths.py", VectorOptions.DEFAULT.withWidth(w));
            try (Arena arena = Arena.ofConfined()) {
                for (DType d : new DType[] {DType.FLOAT64, DType.FLOAT32}) {
                    String at = w + " " + d + " ";
                    NDArray a = NDArray.random(1, 1006).astype(d), b = NDArray.random(2, 1006).astype(d);
                    NDArray out = NDArray.zeros(d, 1006), segOut = offHeap(out, arena);
                    NDArray sa = offHeap(a, arena), sb = offHeap(b, arena);
                    // float32 kernels mixing in float64 (the scalar, the sums) have no 64-bit species: they stay scalar
                    boolean vector = w != SpeciesWidth.S64 || d == DType.FLOAT64;
                    vectorShape(vector, agree(m, "triad", at, new Object[] {past3(out), past3(a), past3(b), 2.5},
                            new Object[] {past3(segOut), past3(sa), past3(sb), 2.5}, out, segOut));
                    vectorShape(true, agree(m, "exp_map", at, new Object[] {past3(a), past3(out)},
                            new Object[] {past3(sa), past3(segOut)}, out, segOut));
                    vectorShape(vector, agree(m, "total", at, new Object[] {past3(a)}, new Object[] {past3(sa)}, out, segOut));
                    NDArray x = NDArray.random(3, 38, 53).astype(d), y = NDArray.random(4, 56, 29).astype(d);
                    NDArray sums = NDArray.zeros(d, 56), segSums = offHeap(sums, arena);
                    NDArray sx = offHeap(x, arena), sy = offHeap(y, arena);
                    vectorShape(vector, agree(m, "column_sums", at, new Object[] {past3(x), past3(sums)},
                            new Object[] {past3(sx), past3(segSums)}, sums, segSums));
                    NDArray c = NDArray.zeros(d, 38, 29), segC = offHeap(c, arena);
                    vectorShape(vector, agree(m, "matmul", at, new Object[] {past3(x), past3(y), past3(c)},
                            new Object[] {past3(sx), past3(sy), past3(segC)}, c, segC));
                }
            }
        }
    }

    /** a from its fourth row (or element) on: a view whose first element is not its storage's. */
    private static NDArray past3(NDArray a) { return a.slice(0, 3, null, 1); }

    /**
     * Runs f over heap and over segment arguments: the results and the outputs (whole storage) must be the same.
     * Returns the segment code.
     */
    private static String agree(KernelModule m, String f, String at, Object[] heapArgs, Object[] segArgs, NDArray out,
                                NDArray segOut) {
        Object r = m.function(f).call(heapArgs), segR = m.function(f).call(segArgs);
        assertEquals(r, segR, at + f);
        assertTrue(out.contentEquals(segOut.copy()), at + f + ": " + out + " vs " + segOut);
        return m.function(f).javaSourceFor(segArgs);
    }

    /** A store whose byte offset widens an int sum of the base and the index: C2 checks its bounds at every store. */
    private static final Pattern WIDENED_SUM = Pattern.compile("intoMemorySegment\\([^;]*\\(long\\) \\(\\w+_base \\+");

    /** The segment code has vector loops if vector (else none), and no store addresses a segment by a widened int sum. */
    private static void vectorShape(boolean vector, String java) {
        assertEquals(vector, java.contains(".fromMemorySegment("), java);
        assertFalse(WIDENED_SUM.matcher(java).find(), java);
    }

    @Test
    void reductionsStridesTwoDimensionsAndLocalsMatchHeap() {
        try (Arena arena = Arena.ofConfined()) {
            NDArray a = NDArray.random(5, 4099);
            assertEquals(module.function("total").call(a), module.function("total").call(offHeap(a, arena)));
            assertEquals(module.function("total").interpret(a), module.function("total").interpret(offHeap(a, arena)));
            NDArray i = NDArray.arange(0, 1000, 1);
            assertEquals(module.function("strided").call(i), module.function("strided").call(offHeap(i, arena)));
            NDArray m = NDArray.random(6, 37, 53);
            NDArray viaSegment = (NDArray) module.function("rowsums").call(offHeap(m, arena));
            assertTrue(((NDArray) module.function("rowsums").call(m)).contentEquals(viaSegment));
            NDArray t = offHeap(m, arena).transpose();
            assertTrue(((NDArray) module.function("rowsums").call(m.transpose())).contentEquals(
                    (NDArray) module.function("rowsums").call(t)));
        }
    }

    @Test
    void overlappingViewsOfOneSegmentRunInOrder() {
        try (Arena arena = Arena.ofConfined()) {
            NDArray heap = NDArray.arange(1.0, 300.0, 1.0);
            NDArray seg = offHeap(heap, arena);
            module.function("shift").call(heap);
            module.function("shift").call(seg);
            assertTrue(heap.contentEquals(seg.copy()));
            // out and a: two arrays over the same memory, shifted by one element, made separately
            NDArray src = offHeap(NDArray.arange(0.0, 200.0, 1.0), arena);
            NDArray out = NDArray.ofSegment(DType.FLOAT64, ((MemorySegment) src.data()).asSlice(8), 199);
            NDArray heapSrc = NDArray.arange(0.0, 200.0, 1.0);
            module.function("triad").call(heapSrc.slice(0, 1, null, 1), heapSrc.slice(0, 0, 199, 1), heapSrc.slice(0, 0, 199, 1), 0L);
            module.function("triad").call(out, src.slice(0, 0, 199, 1), src.slice(0, 0, 199, 1), 0L);
            assertTrue(heapSrc.contentEquals(src.copy()));
        }
    }

    @Test
    void parallelLoopsReadSharedSegments() {
        try (Arena arena = Arena.ofShared()) {
            NDArray a = NDArray.random(9, 100_000);
            NDArray heapOut = NDArray.zeros(DType.FLOAT64, 100_000), segOut = offHeap(heapOut, arena);
            module.function("scale").call(heapOut, a);
            module.function("scale").call(segOut, offHeap(a, arena));
            assertTrue(heapOut.contentEquals(segOut.copy()));
        }
    }

    @Test
    void ufuncsTakeSegmentArrays() {
        try (Arena arena = Arena.ofShared()) {
            NDArray a = NDArray.random(3, 257, 9), b = NDArray.random(4, 9);
            NDArray sa = offHeap(a, arena), sb = offHeap(b, arena);
            assertTrue(((NDArray) UFuncs.add.call(a, b)).contentEquals((NDArray) UFuncs.add.call(sa, sb)));
            assertTrue(((NDArray) UFuncs.sqrt.call(a)).contentEquals((NDArray) UFuncs.sqrt.call(sa.transpose().transpose())));
            assertEquals(UFuncs.add.reduce(a.ravel()), UFuncs.add.reduce(sa.ravel()));
            NDArray out = offHeap(NDArray.zeros(DType.FLOAT64, 257, 9), arena);
            UFuncs.multiply.on(sa, 2.0).out(out).run();
            assertTrue(((NDArray) UFuncs.multiply.call(a, 2.0)).contentEquals(out.copy()));
        }
    }

    @Test
    void outOfRangeIndexIsAnIndexError() {
        try (Arena arena = Arena.ofConfined()) {
            NDArray a = offHeap(NDArray.arange(0.0, 5.0, 1.0), arena);
            assertEquals(4.0, module.function("at").call(a, -1L));
            KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> module.function("at").call(a, 5L));
            assertTrue(e.getMessage().contains("index 5 is out of bounds for axis 0 with size 5"), e.getMessage());
        }
    }

    @Test
    void kernelsIndexMoreThan2To31Elements(@TempDir Path dir) throws IOException {
        long n = (1L << 31) + 100;
        Path file = dir.resolve("big.bin");
        try (Arena arena = Arena.ofConfined();
             FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                     StandardOpenOption.WRITE, StandardOpenOption.SPARSE)) {
            // A sparse file: only the pages the kernels touch take memory or disk.
            MemorySegment s = ch.map(FileChannel.MapMode.READ_WRITE, 0, n, arena);
            NDArray a = NDArray.ofSegment(DType.INT8, s);
            assertEquals(n, a.longSize());
            module.function("put").call(a, n - 1, 7L);
            module.function("put").call(a, -3L, 5L);
            module.function("put").call(a, (1L << 31) + 1, 11L);
            assertEquals(7L, ((Number) module.function("at").call(a, n - 1)).longValue());
            assertEquals(23L, module.function("tail_sum").call(a, (1L << 31) - 50));
            assertThrows(KernelRuntimeError.class, () -> module.function("at").call(a, n));
        }
    }
}
