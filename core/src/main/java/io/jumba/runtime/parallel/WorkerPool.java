package io.jumba.runtime.parallel;

import java.util.concurrent.LinkedBlockingQueue;

/**
 * The one pool of daemon threads every parallel loop shares, created on first use and grown (never shrunk) to
 * the most helpers a loop has asked for. Its tasks only ever run chunks and return: no task waits for another,
 * so callers that share the pool cannot deadlock it.
 */
final class WorkerPool {
    static final WorkerPool SHARED = new WorkerPool();

    private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private int workers;  // guarded by this

    private WorkerPool() {}

    /** Queues {@code copies} runs of task, first making sure at least that many workers exist. */
    void submit(Runnable task, int copies) {
        ensureWorkers(copies);
        for (int k = 0; k < copies; k++) tasks.add(task);
    }

    /** How many worker threads exist now. */
    synchronized int workers() { return workers; }

    private synchronized void ensureWorkers(int wanted) {
        while (workers < wanted) {
            Thread t = new Thread(this::work, "jumba-parallel-" + (++workers));
            t.setDaemon(true);
            t.start();
        }
    }

    private void work() {
        while (true) {
            Runnable task;
            try {
                task = tasks.take();
            } catch (InterruptedException e) {
                continue;  // pool threads live as long as the JVM; an interrupt is not a request to stop
            }
            task.run();  // Region.help catches everything a chunk throws
        }
    }
}
