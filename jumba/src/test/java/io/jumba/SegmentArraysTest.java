package io.jumba;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.ufunc.UFuncs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
