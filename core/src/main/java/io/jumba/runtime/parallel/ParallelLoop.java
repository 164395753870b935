package io.jumba.runtime.parallel;

/**
 * The body of one parallel loop, as generated code supplies it: a subclass whose fields hold what the loop reads
 * and writes (arrays, scalars, the per-chunk reduction partials) and whose {@link #chunk} runs a block of
 * iterations. An abstract class rather than a lambda because Janino, which compiles generated code, has no lambdas.
 */
public abstract class ParallelLoop {
    /**
     * Runs the iterations numbered {@code lo} (inclusive) to {@code hi} (exclusive) of chunk {@code chunkIndex}.
     * Iteration k has the loop index {@code start + k * step} of the range the grid was made for. One chunk may be
     * run as several consecutive calls (sub-blocks, in increasing order, on one thread), so a chunk's reduction
     * partial must be read from and written back to its slot {@code partial[chunkIndex]} on every call.
     */
    public abstract void chunk(long lo, long hi, int chunkIndex);
}
