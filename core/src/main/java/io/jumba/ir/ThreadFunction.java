package io.jumba.ir;

/**
 * Numba's thread functions that kernels may call ({@link Expr.Threads}): what a kernel asks about, or sets for, the
 * parallel loops of the thread that runs it.
 */
public enum ThreadFunction {
    /** {@code numba.get_num_threads()}: the running loop's thread count, else the count now in force (int64). */
    GET_NUM_THREADS("get_num_threads", 0),
    /** {@code numba.get_thread_id()}: 0 on the calling thread, 1 to n - 1 in pool threads (int64). */
    GET_THREAD_ID("get_thread_id", 0),
    /** {@code numba.set_num_threads(n)}: the thread count of the loops this thread starts from now on (None). */
    SET_NUM_THREADS("set_num_threads", 1);

    private final String pythonName;
    private final int arity;

    ThreadFunction(String pythonName, int arity) {
        this.pythonName = pythonName;
        this.arity = arity;
    }

    /** The name in the {@code numba} module. */
    public String pythonName() { return pythonName; }

    /** How many arguments it takes. */
    public int arity() { return arity; }

    /** The function called {@code numba.<name>}, or null. */
    public static ThreadFunction named(String qualified) {
        for (ThreadFunction f : values()) if (qualified.equals("numba." + f.pythonName)) return f;
        return null;
    }
}
