package io.jumba.dispatch;

/**
 * Runs a build (type inference, passes, Java generation, Janino) on a thread of its own with a deep stack. The
 * compiler recurses over expression and statement trees, and the parser lets them nest up to its limits; a caller's
 * stack (1 MiB by default, less for some thread pools) may not hold that, this one does with room to spare.
 */
final class CompilerThread {
    private CompilerThread() {}

    /** Reserved address space, committed only as the recursion uses it. */
    private static final long STACK_BYTES = 512L << 20;

    /** Runs build on a new deep-stack thread and waits for it, keeping (not acting on) an interrupt meanwhile. */
    static void run(Runnable build) {
        Thread thread = new Thread(null, build, "jumba-compiler", STACK_BYTES);
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
}
