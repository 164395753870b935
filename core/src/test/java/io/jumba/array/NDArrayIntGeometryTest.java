package io.jumba.array;

import org.junit.jupiter.api.Test;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The int accessors of an array's geometry test one flag made at construction (whether offset, lengths and strides
 * all fit an int) instead of each value: they still refuse a number that does not fit, and the size and flat
 * positions, which are products of the geometry, are still tested by value.
 */
class NDArrayIntGeometryTest {
    private static final long HUGE = (1L << 31) + 10;

    @Test
    void aLengthOverAnIntIsRefusedWhileTheOtherNumbersAreRead() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment one = arena.allocate(8);
            // every element is the segment's first (stride 0), so the view is legal at any length
            NDArray a = new NDArray(DType.INT8, one, 0L, new long[] {3, HUGE}, new long[] {0, 0});
            assertEquals(HUGE, a.longShape(1));
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, () -> a.shape(1));
            assertEquals("dimension " + HUGE + " does not fit an int: this operation takes arrays under 2^31 elements;"
                    + " kernels and the long accessors take larger ones", e.getMessage());
            assertEquals(3, a.shape(0));
            assertEquals(0, a.offset());
            assertEquals(0, a.stride(1));
        }
    }

    @Test
    void aSizeOverAnIntIsRefusedThoughEveryLengthFits() {
        try (Arena arena = Arena.ofConfined()) {
            NDArray a = new NDArray(DType.INT64, arena.allocate(8), 0L, new long[] {1L << 16, 1L << 16}, new long[] {0, 0});
            assertEquals(1 << 16, a.shape(0));
            assertEquals(1 << 16, a.shape(1));
            assertEquals(1L << 32, a.longSize());
            UnsupportedOperationException e = assertThrows(UnsupportedOperationException.class, a::size);
            assertTrue(e.getMessage().startsWith("size 4294967296 does not fit an int"), e.getMessage());
        }
    }

    @Test
    void aViewHasTheFlagOfItsOwnGeometry() {
        try (Arena arena = Arena.ofConfined()) {
            NDArray huge = new NDArray(DType.INT8, arena.allocate(8), 0L, new long[] {HUGE, 3}, new long[] {0, 1});
            assertThrows(UnsupportedOperationException.class, () -> huge.shape(0));
            NDArray row = huge.index(0, 5);          // a[5]: three elements, every number fits
            assertEquals(3, row.shape(0));
            assertEquals(1, row.stride(0));
            assertEquals(3, row.size());
            NDArray column = huge.index(1, 2);       // a[:, 2]: HUGE elements
            assertThrows(UnsupportedOperationException.class, () -> column.shape(0));
        }
    }
}
