package io.jumba.runtime;

import io.jumba.diag.KernelRuntimeError;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Python's index rules: negative indices count from the end; anything else outside the axis is an IndexError. */
class IndexingTest {
    @Test
    void indicesInsideAndWrapped() {
        for (int size : new int[] {1, 5, Integer.MAX_VALUE}) {
            assertEquals(0, Indexing.index(0, size, 0, null));
            assertEquals(size - 1, Indexing.index(size - 1, size, 0, null));
            assertEquals(size - 1, Indexing.index(-1, size, 0, null));
            assertEquals(0, Indexing.index(-size, size, 0, null));
            assertEquals(size - 1L, Indexing.longIndex(-1, size, 0, null));
            assertEquals(0L, Indexing.longIndex(-size, size, 0, null));
        }
        assertEquals((1L << 40) - 1, Indexing.longIndex(-1, 1L << 40, 0, null));
    }

    @Test
    void indicesOutside() {
        long[] outside = {5, 6, -6, Long.MAX_VALUE, Long.MIN_VALUE, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE};
        for (long i : outside) {
            KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> Indexing.index(i, 5, 1, null));
            assertEquals("IndexError", e.pythonName());
            assertEquals("index " + i + " is out of bounds for axis 1 with size 5", e.detail());
            assertThrows(KernelRuntimeError.class, () -> Indexing.longIndex(i, 5, 1, null));
        }
        assertThrows(KernelRuntimeError.class, () -> Indexing.index(0, 0, 0, null));
        assertThrows(KernelRuntimeError.class, () -> Indexing.index(-1, 0, 0, null));
    }
}
