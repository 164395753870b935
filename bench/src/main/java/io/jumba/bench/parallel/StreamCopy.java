package io.jumba.bench.parallel;

import io.jumba.runtime.parallel.ChunkGrid;
import io.jumba.runtime.parallel.Parallel;
import io.jumba.runtime.parallel.ParallelLoop;

/**
 * STREAM-style copy bandwidth ({@code b[i] = a[i]} over arrays far larger than the caches) on the pool and chunk
 * grid that prange loops use, for 1 and 2 threads (or those given): the ceiling a memory-bound prange kernel is
 * read against. Bytes counted as STREAM counts them for copy: 16 per element (one read, one write), best of the
 * repetitions. Not JMH; {@code java --add-modules jdk.incubator.vector -cp bench/target/benchmarks.jar
 * io.jumba.bench.parallel.StreamCopy [ELEMENTS [REPS [THREADS...]]]} (defaults 2^24 doubles, 20, 1 2).
 */
public final class StreamCopy {
    private StreamCopy() {}

    /** The copy as a parallel loop: each chunk copies its own range. */
    private static final class Copy extends ParallelLoop {
        private final double[] from, to;

        Copy(double[] from, double[] to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public void chunk(long lo, long hi, int chunkIndex) {
            System.arraycopy(from, (int) lo, to, (int) lo, (int) (hi - lo));
        }
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1 << 24;
        int reps = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int[] threads = args.length > 2 ? java.util.Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 2};
        double[] a = new double[n], b = new double[n];
        java.util.Arrays.setAll(a, i -> i * 0.5);
        Copy copy = new Copy(a, b);
        ChunkGrid grid = ChunkGrid.of(n, 1);
        System.out.printf("STREAM copy, %d doubles (%d MiB per array), %d chunks, best of %d; load %s%n", n,
                (8L * n) >> 20, grid.chunks(), reps, ThreadShareCheck.loadAverage());
        for (int t : threads) {
            long best = Long.MAX_VALUE;
            for (int r = 0; r < reps + 3; r++) {  // the first 3 warm up
                long t0 = System.nanoTime();
                Parallel.run(grid, copy, t);
                long dt = System.nanoTime() - t0;
                if (r >= 3) best = Math.min(best, dt);
            }
            if (b[n - 1] != a[n - 1]) throw new IllegalStateException("copy incomplete");
            System.out.printf("threads %d: %.3f ms, %.2f GB/s%n", t, best / 1e6, 16.0 * n / best);
        }
    }
}
