package io.jumba.runtime.parallel;

/**
 * How many threads a parallel loop uses: a per-call override when given (an argument of
 * {@link Parallel#run(ChunkGrid, ParallelLoop, int)}, or the calling thread's {@link #overrideForCaller}), else the
 * process-wide setting of {@link #set}, else the {@code JUMBA_NUM_THREADS} environment variable, else the number of
 * available processors.
 * Unlike Numba's thread-local {@code set_num_threads}, the setting is process-wide: JVM callers are often many
 * threads of one server, and one knob for all of them is what they expect.
 */
public final class ThreadCount {
    /** The most threads one loop may use; more would only add hand-out overhead on any machine we target. */
    public static final int MAX = 256;

    private static volatile int configured;  // 0: not set, use the environment / processors
    private static volatile int environment; // 0: not read yet
    /** The override of the calls the current thread makes ({@link #overrideForCaller}), or null. */
    private static final ThreadLocal<Integer> CALLER = new ThreadLocal<>();

    private ThreadCount() {}

    /** Sets the process-wide thread count (1 to {@link #MAX}); 0 returns to the default. */
    public static void set(int threads) {
        if (threads != 0) check(threads, "number of threads");
        configured = threads;
    }

    /**
     * Makes the parallel loops the current thread starts use {@code threads} threads (1 to {@link #MAX}; 0 removes
     * the override), ahead of the process-wide setting: a per-call thread count, as Numba's thread-local
     * {@code set_num_threads}. Returns the override it replaces (0 for none), for {@link #restoreCaller}.
     */
    public static int overrideForCaller(int threads) {
        if (threads != 0) check(threads, "number of threads");
        Integer previous = CALLER.get();
        if (threads == 0) CALLER.remove(); else CALLER.set(threads);
        return previous == null ? 0 : previous;
    }

    /** Puts back the override {@link #overrideForCaller} returned. */
    public static void restoreCaller(int previous) { overrideForCaller(previous); }

    /** The thread count now in force for the current thread: its caller override, else the process-wide one. */
    public static int get() {
        Integer caller = CALLER.get();
        if (caller != null) return caller;
        int n = configured;
        if (n != 0) return n;
        int env = environment;
        if (env == 0) {
            // A bad value throws here on every use (a static initializer would fail once, then NoClassDefFoundError).
            env = fromEnvironment(System.getenv("JUMBA_NUM_THREADS"), Runtime.getRuntime().availableProcessors());
            environment = env;
        }
        return env;
    }

    /** The thread count for one call: {@code override} when positive, else {@link #get()}. */
    public static int resolve(int override) {
        return override > 0 ? check(override, "number of threads") : get();
    }

    /**
     * The default from the value of {@code JUMBA_NUM_THREADS} (null or blank when unset) and the processor count.
     * A value that is not an integer from 1 to {@link #MAX} is an error, as Numba rejects a bad NUMBA_NUM_THREADS.
     */
    public static int fromEnvironment(String value, int processors) {
        if (value == null || value.isBlank()) return Math.min(MAX, Math.max(1, processors));
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("JUMBA_NUM_THREADS must be an integer from 1 to " + MAX + ", got '" + value + "'");
        }
        return check(n, "JUMBA_NUM_THREADS");
    }

    private static int check(int n, String what) {
        if (n < 1 || n > MAX) throw new IllegalArgumentException(what + " must be from 1 to " + MAX + ", got " + n);
        return n;
    }
}
