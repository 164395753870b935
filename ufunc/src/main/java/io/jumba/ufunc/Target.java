package io.jumba.ufunc;

import io.jumba.runtime.parallel.ChunkGrid;
import io.jumba.runtime.parallel.Parallel;
import io.jumba.runtime.parallel.ParallelLoop;

/**
 * Where a ufunc runs: one thread, or its outer loop split into chunks run on the shared pool of parallel loops
 * ({@link Parallel}), on the same chunk grid and with the same thread count ({@code JUMBA_NUM_THREADS},
 * {@code Jumba.setNumThreads}) as a prange loop.
 */
public enum Target {
    CPU, PARALLEL;

    /** Work units one element of a ufunc's loop counts for the chunk grid: its loads, one operation, its store. */
    static final long ELEMENT_WORK = 4;

    /** What one chunk of the outer loop runs: the outer indices from lo up to hi. */
    interface Range {
        void run(int lo, int hi);
    }

    /**
     * Runs the outer indices 0 to outer - 1, each worth workPerIndex work units: at once on the caller for CPU or
     * when the whole is under {@link Parallel#SERIAL_BELOW_WORK}, else chunk by chunk on the grid of
     * {@link ChunkGrid#of} with the pool's threads.
     */
    void split(int outer, long workPerIndex, Range range) {
        if (this == CPU || Parallel.serialLoop(outer, workPerIndex)) {
            range.run(0, outer);
            return;
        }
        Parallel.run(ChunkGrid.of(outer, workPerIndex), new ParallelLoop() {
            @Override
            public void chunk(long lo, long hi, int chunkIndex) { range.run((int) lo, (int) hi); }
        });
    }
}
