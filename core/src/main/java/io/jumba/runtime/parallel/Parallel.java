package io.jumba.runtime.parallel;

import io.jumba.runtime.Faults;
import io.jumba.source.SourcePos;

/**
 * Runs parallel loops for generated code: {@code Parallel.run(ChunkGrid.of(trips, work), loop, 0)}.
 *
 * <p>A loop runs serially on the caller (still chunk by chunk, on the same grid, so reductions give the same bits)
 * when it is too small to pay for waking threads ({@link #SERIAL_BELOW_WORK}), when one thread is asked for, when it
 * has one chunk, or when it is nested in another parallel loop (the outer level is the parallel one). Otherwise the
 * caller and up to {@code threads - 1} threads of the shared pool take chunks in index order.
 */
public final class Parallel {
    /**
     * Loops of fewer work units than this run serially. Measured with {@code bench/parallel-threshold.sh}
     * (docs/architecture.md, "Parallel execution"): below it, waking pool threads and handing out chunks costs more
     * than a second thread saves on a sum of doubles.
     */
    public static final long SERIAL_BELOW_WORK = 1L << 16;

    private Parallel() {}

    /**
     * Cancellation inside a prange loop's chunk ({@link Faults#checkInterrupt} elsewhere), on whichever thread runs
     * it: a KeyboardInterrupt at pos when the thread that called the loop was interrupted, for pool threads never are.
     */
    public static void checkInterrupt(SourcePos pos) {
        Participant p = Participant.current();
        if ((p == null ? Thread.currentThread() : p.caller()).isInterrupted()) throw Faults.interrupted(pos);
    }

    /** Runs every chunk of grid with the process-wide thread count. */
    public static void run(ChunkGrid grid, ParallelLoop loop) { run(grid, loop, SourcePos.NONE); }

    /**
     * Runs every chunk of grid with the process-wide thread count; before each sub-block of
     * {@link ChunkGrid#SUB_BLOCK} iterations, on whichever thread, a KeyboardInterrupt at pos (the prange loop) when
     * the calling thread was interrupted ({@link Faults#checkInterrupt}): pool threads are never interrupted
     * themselves, so they look at the caller's flag.
     */
    public static void run(ChunkGrid grid, ParallelLoop loop, SourcePos pos) {
        run(grid, loop, 0, SERIAL_BELOW_WORK, pos);
    }

    /**
     * Runs every chunk of grid, with {@code threads} threads when positive (a per-call override), else with
     * {@link ThreadCount#get()}. Returns once every chunk has finished; if chunks threw, throws the error of the
     * lowest-numbered failing chunk (chunks after it stop early, chunks before it complete).
     */
    public static void run(ChunkGrid grid, ParallelLoop loop, int threads) { run(grid, loop, threads, SERIAL_BELOW_WORK); }

    /** As {@link #run(ChunkGrid, ParallelLoop, int)} with another threshold (0: parallel whenever threads allow). */
    public static void run(ChunkGrid grid, ParallelLoop loop, int threads, long serialBelowWork) {
        run(grid, loop, threads, serialBelowWork, SourcePos.NONE);
    }

    private static void run(ChunkGrid grid, ParallelLoop loop, int threads, long serialBelowWork, SourcePos pos) {
        int n = ThreadCount.resolve(threads);
        Participant outer = Participant.current();
        if (outer != null) serial(grid, loop, pos);
        else if (n == 1 || grid.chunks() == 1 || grid.totalWork() < serialBelowWork) serialAs(grid, loop, n, pos);
        else new Region(grid, loop, Math.min(n, grid.chunks()), n, pos).runParallel();
    }

    /** Runs the chunks in order on the caller, as thread 0 of {@code threads} (what get_thread_id() and get_num_threads() say). */
    private static void serialAs(ChunkGrid grid, ParallelLoop loop, int threads, SourcePos pos) {
        Participant.enter(new Participant(0, threads, Thread.currentThread()));
        try {
            serial(grid, loop, pos);
        } finally {
            Participant.leave();
        }
    }

    /**
     * The chunks in order on the current thread, in the sub-blocks a parallel run uses, with no task, no counter
     * and no failure bookkeeping: the first exception is the lowest-numbered chunk's, and it stops the run.
     */
    private static void serial(ChunkGrid grid, ParallelLoop loop, SourcePos pos) {
        for (int c = 0; c < grid.chunks(); c++) {
            long hi = grid.hi(c);
            for (long lo = grid.lo(c); lo < hi; lo += ChunkGrid.SUB_BLOCK) {
                Faults.checkInterrupt(pos);
                loop.chunk(lo, Math.min(hi, lo + ChunkGrid.SUB_BLOCK), c);
            }
        }
    }

    /**
     * Whether a loop of {@code trips} iterations of {@code workPerIteration} work units each is below
     * {@link #SERIAL_BELOW_WORK}: generated code and the interpreter then run it as the plain serial loop, with no
     * grid, no task and no combine. The test depends on the loop only, so the loop runs the same way (and gives
     * the same bits) for every thread count.
     */
    public static boolean serialLoop(long trips, long workPerIteration) { return trips < parallelFrom(workPerIteration); }

    /** The fewest iterations of {@code workPerIteration} work units each that {@link #serialLoop} leaves parallel. */
    public static long parallelFrom(long workPerIteration) {
        long work = Math.max(1, workPerIteration);
        return (SERIAL_BELOW_WORK + work - 1) / work;
    }

    /** Numba's {@code get_num_threads()}: the current loop's thread count, or the process-wide one outside loops. */
    public static int numThreads() {
        Participant p = Participant.current();
        return p != null ? p.threads() : ThreadCount.get();
    }

    /**
     * Numba's {@code set_num_threads(n)} called in a kernel: the parallel loops the current thread starts from now
     * on use n threads (thread-local, as in Numba: {@link ThreadCount#overrideForCaller}). A ValueError at pos when
     * n is not from 1 to {@link ThreadCount#MAX}.
     */
    public static void setNumThreads(long n, SourcePos pos) {
        if (n < 1 || n > ThreadCount.MAX) {
            throw Faults.valueError("The number of threads must be between 1 and " + ThreadCount.MAX + ", got " + n, pos);
        }
        ThreadCount.overrideForCaller((int) n);
    }

    /** Numba's {@code get_thread_id()}: 0 for the calling thread, 1 to {@code numThreads() - 1} for helpers. */
    public static int threadId() {
        Participant p = Participant.current();
        return p != null ? p.threadId() : 0;
    }
}
