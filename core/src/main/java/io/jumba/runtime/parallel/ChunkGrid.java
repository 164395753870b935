package io.jumba.runtime.parallel;

import io.jumba.runtime.Strips;

/**
 * How a loop's iterations are cut into chunks. The grid depends only on the trip count and the loop's static cost
 * per iteration, never on the thread count, so each chunk's reduction partial, and the fixed tree that combines
 * the partials, give the same bits whichever thread runs which chunk and however many threads there are.
 *
 * @param trips     the number of iterations, numbered 0 to trips - 1
 * @param chunkSize iterations per chunk (the last chunk may be shorter); a multiple of {@link #ALIGN} once it
 *                  reaches it, so a vectorized chunk body has its masked tail only in the last chunk
 * @param chunks    the number of chunks, at least 1 (an empty loop has one empty chunk)
 * @param work      the static cost of one iteration in work units (about one simple arithmetic operation on one
 *                  element each), at least 1
 */
public record ChunkGrid(long trips, long chunkSize, int chunks, long work) {
    /** At most this many chunks: enough for load balance on 16 threads with 16 chunks each. */
    public static final int MAX_CHUNKS = 256;
    /**
     * Work units (iterations times the cost per iteration) a chunk holds at least, so that what a chunk costs
     * besides its iterations (the call, loading the loop's state, the SIMD set-up and lane fold, the partial's
     * slot) stays small next to them: a SIMD body runs a work unit in about 0.1 ns, so 32768 units are a few
     * microseconds. At 4096 a one-thread sumsq of 20,000 doubles took about twice the serial loop's time.
     */
    public static final long MIN_CHUNK_WORK = 32768;
    /** Chunk sizes from this many iterations up are multiples of it (SIMD-friendly starts). */
    public static final long ALIGN = 64;
    /** Iterations between two checks of the stop flag inside a chunk (a multiple of {@link #ALIGN}; each check is a call of the chunk method, so not fewer than the cheapest chunk holds). */
    public static final long SUB_BLOCK = 32768;

    public ChunkGrid {
        if (trips < 0 || chunkSize < 1 || chunks < 1 || work < 1 
                || (long) (chunks - 1) * chunkSize >= Math.max(1, trips) || (double) chunks * chunkSize < trips) {
            throw new IllegalArgumentException("bad grid: " + trips + " trips, " + chunks + " chunks of " + chunkSize);
        }
    }

    /** The grid for {@code trips} iterations that cost about {@code workPerIteration} work units each (at least 1). */
    public static ChunkGrid of(long trips, long workPerIteration) {
        if (trips < 0) throw new IllegalArgumentException("negative trip count " + trips);
        long work = Math.max(1, workPerIteration);
        long size = Math.max(1, aligned(Math.max(ceilDiv(trips, MAX_CHUNKS), ceilDiv(MIN_CHUNK_WORK, work))));
        return new ChunkGrid(trips, size, (int) Math.max(1, ceilDiv(trips, size)), work);
    }

    /** The fewest iterations a chunk of a long loop holds at this cost per iteration (for {@code explain}). */
    public static long minChunkSize(long workPerIteration) {
        return Math.max(1, aligned(ceilDiv(MIN_CHUNK_WORK, Math.max(1, workPerIteration))));
    }

    private static long aligned(long size) { return size >= ALIGN ? ceilDiv(size, ALIGN) * ALIGN : size; }

    /** The trip count of {@code range(start, stop, step)} (step non-zero), 0 when the range is empty. */
    public static long trips(long start, long stop, long step) {
        if (step == 0) throw new IllegalArgumentException("range() arg 3 must not be zero");
        long trips = Strips.trips(start, stop, step);
        if (trips < 0) throw new IllegalArgumentException("range of more than 2**63 iterations");
        return trips;
    }

    /** The whole loop's work units (saturating at Long.MAX_VALUE), which {@link Parallel} weighs against its threshold. */
    public long totalWork() {
        long product = trips * work;
        return Math.multiplyHigh(trips, work) != 0 || product < 0 ? Long.MAX_VALUE : product;
    }

    /** First iteration of chunk c. */
    public long lo(int c) { return Math.min(trips, c * chunkSize); }

    /** One past the last iteration of chunk c. */
    public long hi(int c) { return Math.min(trips, (c + 1) * chunkSize); }

    private static long ceilDiv(long a, long b) { return a == 0 ? 0 : (a - 1) / b + 1; }
}
