package io.jumba.frontend;

import java.util.function.Supplier;

/**
 * Runs a compiler stage (parsing, then type inference, passes, Java generation, Janino) on a thread of its own with a
 * deep stack. The parser and the compiler recurse over expression and statement trees, which the parser lets nest up
 * to Python's limits; a caller's stack (1 MiB by default, less for some thread pools) may not hold that, this one does
 * with room to spare.
 */
public final class DeepStack {
    private DeepStack() {}

    /** Reserved address space, committed only as the recursion uses it. */
    private static final long STACK_BYTES = 512L << 20;

    /** Runs stage on a new deep-stack thread and waits for it, keeping (not acting on) an interrupt meanwhile. */
    public static void run(Runnable stage) {
        Thread thread = new Thread(null, stage, "jumba-compiler", STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    /** stage's value, computed on a deep-stack thread; what it throws (unchecked) is rethrown here as it is. */
    public static <T> T call(Supplier<T> stage) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        run(() -> {
            try {
                result[0] = stage.get();
            } catch (RuntimeException | Error e) {
                failure[0] = e;
            }
        });
        if (failure[0] instanceof RuntimeException e) throw e;
        if (failure[0] instanceof Error e) throw e;
        @SuppressWarnings("unchecked") T value = (T) result[0];
        return value;
    }
}
