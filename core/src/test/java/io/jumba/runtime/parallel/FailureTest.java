package io.jumba.runtime.parallel;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** An error in one chunk stops the chunks after it and propagates once: the lowest-numbered chunk's error. */
class FailureTest {
    /** 256 chunks of 4 sub-blocks each, on the work-1 grid. */
    private static final ChunkGrid GRID = ChunkGrid.of(ChunkGrid.MAX_CHUNKS * ChunkGrid.SUB_BLOCK * 4, 1);

    private static final class Boom extends RuntimeException {
        final int chunk;

        Boom(int chunk) {
            super("chunk " + chunk, null, false, false);
            this.chunk = chunk;
        }
    }

    private static int chunkOf(long lo) { return (int) (lo / GRID.chunkSize()); }

    @Test
    void theLowestFailingChunkWinsWhateverFinishesFirst() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int run = 0; run < 20; run++) {
                Boom b = assertThrows(Boom.class, () -> Parallel.run(GRID, new ParallelLoop() {
                    @Override
                    public void chunk(long lo, long hi, int c) {
                        if (c == 9) throw new Boom(9);
                        if (c == 4) {
                            sleep(5);  // chunk 4 fails later in time than chunk 9, but comes first in iteration order
                            throw new Boom(4);
                        }
                    }
                }, 4));
                assertEquals(4, b.chunk, "run " + run);
            }
        });
    }

    @Test
    void chunksBeforeTheFailureCompleteAndChunksAfterItStop() {
        Set<Long> done = ConcurrentHashMap.newKeySet();
        Boom b = assertThrows(Boom.class, () -> Parallel.run(GRID, new ParallelLoop() {
            @Override
            public void chunk(long lo, long hi, int c) {
                if (c == 5) throw new Boom(5);
                sleep(1);
                done.add(lo);
            }
        }, 3));
        assertEquals(5, b.chunk);
        for (int c = 0; c < 5; c++) {
            for (long lo = GRID.lo(c); lo < GRID.hi(c); lo += ChunkGrid.SUB_BLOCK) assertTrue(done.contains(lo), "sub-block at " + lo);
        }
        // Chunks handed out before the failure was recorded may have run a sub-block or two each; the other 1000-odd
        // sub-blocks after chunk 5 (1 ms each) must not have run. The bound leaves room for a descheduled thread.
        long after = done.stream().filter(lo -> chunkOf(lo) > 5).count();
        assertTrue(after < 100, after + " sub-blocks after the failing chunk ran");
    }

    @Test
    void aRunningChunkStopsAtItsNextSubBlock() throws InterruptedException {
        CountDownLatch secondStarted = new CountDownLatch(1);
        Set<Long> done = ConcurrentHashMap.newKeySet();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            assertThrows(Boom.class, () -> Parallel.run(GRID, new ParallelLoop() {
                @Override
                public void chunk(long lo, long hi, int c) {
                    if (c == 0) {
                        // Fail only once chunk 1 is running on the other thread, so it has sub-blocks left to skip.
                        await(secondStarted);
                        throw new Boom(0);
                    }
                    if (c == 1) {
                        secondStarted.countDown();
                        sleep(200);
                    }
                    done.add(lo);
                }
            }, 2));
        });
        assertEquals(Set.of(GRID.lo(1)), done, "chunk 1 ran its first sub-block only and nothing else started");
    }

    @Test
    void checkedAndErrorThrowablesPropagateToo() {
        assertThrows(StackOverflowError.class, () -> Parallel.run(GRID, new ParallelLoop() {
            @Override
            public void chunk(long lo, long hi, int c) {
                if (c == 3) throw new StackOverflowError("deep");
            }
        }, 2));
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) throw new AssertionError("no second thread joined");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
