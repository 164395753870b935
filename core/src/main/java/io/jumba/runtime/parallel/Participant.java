package io.jumba.runtime.parallel;

/**
 * What the current thread is doing in a parallel loop: its Numba thread id (0 for the caller), the loop's thread
 * count, and the thread that called the loop, whose interrupt cancels every participant. Held in a thread-local while
 * the thread runs chunks, so a nested loop sees it and runs serially.
 */
record Participant(int threadId, int threads, Thread caller) {
    private static final ThreadLocal<Participant> CURRENT = new ThreadLocal<>();

    /** The current thread's participation, or null outside parallel loops. */
    static Participant current() { return CURRENT.get(); }

    /** Marks the current thread as participant p until {@link #leave}. */
    static void enter(Participant p) { CURRENT.set(p); }

    /** The current thread is outside parallel loops again (set, not remove: cheaper, and pool threads are reused). */
    static void leave() { CURRENT.set(null); }
}
