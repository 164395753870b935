package io.jumba.runtime.parallel;

import io.jumba.runtime.Faults;
import io.jumba.source.SourcePos;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * One run of a parallel loop. Chunks are handed out in increasing index order from a counter to the caller and to
 * the pool helpers that join; the caller works too, so the loop finishes even when every pool thread is busy with
 * other callers' loops. When a chunk fails, chunks after it stop at their next sub-block and are no longer handed
 * out, while chunks before it finish, so the error that propagates is the first one in iteration order whatever the
 * schedule, the one a serial run raises.
 */
final class Region implements Runnable {
    private static final int CLOSED = 1 << 30;

    private final ChunkGrid grid;
    private final ParallelLoop body;
    private final int threads;   // the caller plus the helpers asked for
    private final int reported;  // what get_num_threads() says inside: the thread count asked for
    private final Thread caller = Thread.currentThread();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger helpers = new AtomicInteger();  // helpers now inside, plus CLOSED once the caller is done
    private final AtomicInteger joined = new AtomicInteger();   // helper thread ids handed out
    /** The prange loop, where a KeyboardInterrupt is reported when the caller is interrupted. */
    private final SourcePos pos;
    private volatile int failedChunk = Integer.MAX_VALUE;
    private Throwable failure;                                  // guarded by this

    Region(ChunkGrid grid, ParallelLoop body, int threads, int reported, SourcePos pos) {
        this.grid = grid;
        this.pos = pos;
        this.body = body;
        this.threads = threads;
        this.reported = reported;
    }

    /** Runs every chunk with up to {@code threads - 1} pool helpers, then throws the first chunk's error if any. */
    void runParallel() {
        WorkerPool.SHARED.submit(this, threads - 1);
        runAs(0);
        helpers.getAndUpdate(s -> s | CLOSED);  // late helpers now leave at once
        while ((helpers.get() & ~CLOSED) != 0) LockSupport.park(this);
        rethrow();
    }

    /** A pool helper joins: it takes chunks until none are left, unless the caller has already finished. */
    @Override
    public void run() {
        int s;
        do {
            s = helpers.get();
            if ((s & CLOSED) != 0) return;
        } while (!helpers.compareAndSet(s, s + 1));
        try {
            runAs(joined.incrementAndGet());
        } finally {
            if (helpers.decrementAndGet() == CLOSED) LockSupport.unpark(caller);
        }
    }

    private void runAs(int threadId) {
        Participant.enter(new Participant(threadId, reported, caller));
        try {
            work();
        } finally {
            Participant.leave();
        }
    }

    private void work() {
        for (int c = next.getAndIncrement(); c < grid.chunks() && c < failedChunk; c = next.getAndIncrement()) chunk(c);
    }

    private void chunk(int c) {
        long hi = grid.hi(c);
        try {
            for (long lo = grid.lo(c); lo < hi; lo += ChunkGrid.SUB_BLOCK) {
                if (c > failedChunk) return;
                // Helpers are never interrupted: every thread looks at the caller's flag (a volatile read per sub-block).
                if (caller.isInterrupted()) throw Faults.interrupted(pos);
                body.chunk(lo, Math.min(hi, lo + ChunkGrid.SUB_BLOCK), c);
            }
        } catch (Throwable t) {
            fail(c, t);
        }
    }

    private synchronized void fail(int c, Throwable t) {
        if (c < failedChunk) {
            failure = t;
            failedChunk = c;
        }
    }

    private synchronized void rethrow() {
        switch (failure) {
            case null -> {}
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException("a parallel loop chunk failed", failure);
        }
    }
}
