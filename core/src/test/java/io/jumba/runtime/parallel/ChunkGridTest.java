package io.jumba.runtime.parallel;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ChunkGridTest {
    @Test
    void chunksPartitionTheIterationsInOrder() {
        for (long trips : new long[] {0, 1, 63, 64, 65, 4095, 4096, 100_000, 1_048_577, 123_456_789}) {
            for (long work : new long[] {1, 7, 1000, 1_000_000}) {
                ChunkGrid g = ChunkGrid.of(trips, work);
                assertTrue(g.chunks() >= 1 && g.chunks() <= ChunkGrid.MAX_CHUNKS, g.toString());
                assertEquals(0, g.lo(0));
                for (int c = 1; c < g.chunks(); c++) assertEquals(g.hi(c - 1), g.lo(c), g + " chunk " + c);
                for (int c = 0; c < g.chunks(); c++) assertTrue(g.lo(c) < g.hi(c) || trips == 0, g + " chunk " + c + " empty");
                assertEquals(trips, g.hi(g.chunks() - 1), g.toString());
                if (g.chunkSize() >= ChunkGrid.ALIGN) assertEquals(0, g.chunkSize() % ChunkGrid.ALIGN, g.toString());
            }
        }
    }

    @Test
    void smallCheapLoopsAreOneChunkAndExpensiveIterationsGetSmallChunks() {
        assertEquals(1, ChunkGrid.of(1000, 1).chunks());
        ChunkGrid rows = ChunkGrid.of(1000, 100_000);  // e.g. mandelbrot rows
        assertEquals(4, rows.chunkSize(), "as small as MAX_CHUNKS allows");
        assertEquals(250, rows.chunks());
        assertEquals(ChunkGrid.MAX_CHUNKS, ChunkGrid.of(10_000_000, 1).chunks());
    }

    @Test
    void totalWorkSaturates() {
        assertEquals(3000, ChunkGrid.of(1000, 3).totalWork());
        assertEquals(Long.MAX_VALUE, ChunkGrid.of(Long.MAX_VALUE / 2, 4).totalWork());
    }

    @Test
    void tripsFollowPythonRanges() {
        assertEquals(10, ChunkGrid.trips(0, 10, 1));
        assertEquals(5, ChunkGrid.trips(0, 10, 2));
        assertEquals(4, ChunkGrid.trips(0, 10, 3));
        assertEquals(0, ChunkGrid.trips(10, 0, 1));
        assertEquals(10, ChunkGrid.trips(10, 0, -1));
        assertEquals(4, ChunkGrid.trips(10, 0, -3));
        assertEquals(0, ChunkGrid.trips(5, 5, 1));
        assertEquals(Long.MAX_VALUE, ChunkGrid.trips(Long.MIN_VALUE, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> ChunkGrid.trips(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> ChunkGrid.trips(Long.MIN_VALUE, Long.MAX_VALUE, 1));
    }

    @Test
    void inconsistentGridsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ChunkGrid(100, 10, 11, 1));
        assertThrows(IllegalArgumentException.class, () -> new ChunkGrid(100, 10, 9, 1));
        assertThrows(IllegalArgumentException.class, () -> ChunkGrid.of(-1, 1));
    }
}
