package io.jumba.runtime.parallel;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/** Who runs which chunks: the threshold, nesting, thread ids, many callers at once, and the shared pool. */
class SchedulingTest {
    @Test
    void aLoopBelowTheThresholdRunsEveryChunkOnTheCaller() {
        ChunkGrid grid = ChunkGrid.of(Parallel.SERIAL_BELOW_WORK / 64 - 1, 64);
        assertTrue(grid.chunks() > 1, "the test needs several chunks: " + grid);
        assertTrue(grid.totalWork() < Parallel.SERIAL_BELOW_WORK);
        Set<Thread> seen = ConcurrentHashMap.newKeySet();
        List<Integer> order = new ArrayList<>();
        Parallel.run(grid, new ParallelLoop() {
            @Override
            public void chunk(long lo, long hi, int c) {
                seen.add(Thread.currentThread());
                order.add(c);
                assertEquals(0, Parallel.threadId());
            }
        }, 8);
        assertEquals(Set.of(Thread.currentThread()), seen);
        for (int c = 0; c < order.size(); c++) assertEquals(c, order.get(c), "chunks run in order");
        assertEquals(grid.chunks(), order.size());
    }

    @Test
    void aLoopAboveTheThresholdIsSharedWithPoolThreadsThatHaveNonZeroIds() {
        ChunkGrid grid = ChunkGrid.of(Parallel.SERIAL_BELOW_WORK * 4, 1);
        assertTrue(grid.chunks() >= 2);
        CountDownLatch helperRan = new CountDownLatch(1);
        CountDownLatch callerRan = new CountDownLatch(1);
        Set<Integer> ids = ConcurrentHashMap.newKeySet();
        Set<Integer> counts = ConcurrentHashMap.newKeySet();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Parallel.run(grid, new ParallelLoop() {
            @Override
            public void chunk(long lo, long hi, int c) {
                ids.add(Parallel.threadId());
                counts.add(Parallel.numThreads());
                // Each side waits for the other, so a fast one cannot take every chunk alone.
                if (Thread.currentThread().getName().startsWith("jumba-parallel-")) {
                    assertTrue(Thread.currentThread().isDaemon());
                    helperRan.countDown();
                    FailureTest.await(callerRan);
                } else {
                    callerRan.countDown();
                    FailureTest.await(helperRan);
                }
            }
        }, 3));
        assertTrue(ids.contains(0), "the caller works too: " + ids);
        assertTrue(ids.stream().anyMatch(id -> id >= 1 && id <= 2), "a helper with id 1 or 2: " + ids);
        assertEquals(Set.of(3), counts, "get_num_threads() inside the loop");
        assertEquals(0, Parallel.threadId(), "outside loops the thread id is 0");
    }

    @Test
    void aNestedLoopRunsSeriallyOnTheThreadThatReachesIt() {
        ChunkGrid outer = ChunkGrid.of(Parallel.SERIAL_BELOW_WORK * 4, 1);
        ChunkGrid inner = ChunkGrid.of(Parallel.SERIAL_BELOW_WORK * 4, 1);
        Set<String> mismatches = ConcurrentHashMap.newKeySet();
        Parallel.run(outer, new ParallelLoop() {
            @Override
            public void chunk(long lo, long hi, int c) {
                Thread me = Thread.currentThread();
                int id = Parallel.threadId();
                int[] next = {0};
                Parallel.run(inner, new ParallelLoop() {
                    @Override
                    public void chunk(long lo2, long hi2, int c2) {
                        if (Thread.currentThread() != me || Parallel.threadId() != id || c2 != next[0]++) {
                            mismatches.add("outer " + c + " inner " + c2);
                        }
                    }
                }, 4);
                if (next[0] != inner.chunks()) mismatches.add("outer " + c + " ran " + next[0] + " inner chunks");
            }
        }, 4);
        assertEquals(Set.of(), mismatches);
        assertEquals(0, Parallel.threadId(), "the caller left the loop");
    }

    @Test
    void thirtyTwoConcurrentCallersShareThePoolWithoutDeadlockAndGetTheSameBits() {
        double[] x = Loops.wild(400_000, 11);
        long expected = Double.doubleToRawLongBits(Loops.sum(x, 1));
        ExecutorService callers = Executors.newFixedThreadPool(32);
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
                List<Future<Long>> results = new ArrayList<>();
                for (int k = 0; k < 32; k++) {
                    int threads = 1 + k % 16;
                    results.add(callers.submit(() -> {
                        long bits = 0;
                        for (int rep = 0; rep < 10; rep++) {
                            long b = Double.doubleToRawLongBits(Loops.sum(x, threads));
                            if (rep > 0 && b != bits) return -1L;
                            bits = b;
                        }
                        return bits;
                    }));
                }
                for (Future<Long> r : results) assertEquals(expected, r.get());
            });
        } finally {
            callers.shutdownNow();
        }
        assertTrue(WorkerPool.SHARED.workers() <= ThreadCount.MAX, "the pool grows only to what loops asked for");
        assertTrue(WorkerPool.SHARED.workers() >= 1);
    }

    @Test
    void thePoolIsReusedNotGrownPerCall() {
        double[] x = Loops.wild(400_000, 5);
        Loops.sum(x, 4);
        int workers = WorkerPool.SHARED.workers();
        for (int k = 0; k < 50; k++) Loops.sum(x, 4);
        assertEquals(workers, WorkerPool.SHARED.workers());
    }
}
