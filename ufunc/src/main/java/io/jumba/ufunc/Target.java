package io.jumba.ufunc;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/** Where a ufunc runs: one thread, or the outermost dimension split across a ForkJoinPool's workers. */
public enum Target {
    CPU, PARALLEL;

    /**
     * The pool a parallel run splits across: the one the caller runs in (so a caller can choose the parallelism by
     * calling from its own pool), else the common pool.
     */
    public static ForkJoinPool pool() {
        ForkJoinPool current = ForkJoinTask.getPool();
        return current != null ? current : ForkJoinPool.commonPool();
    }
}
