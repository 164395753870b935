package io.jumba.runtime;

import java.util.function.Supplier;

/**
 * One value per thread (a random generator's state) with a fast path for its owner, the thread that last seeded:
 * a kernel's draws then cost a field load and a thread comparison instead of a {@link ThreadLocal} lookup each
 * (measured on the Monte Carlo loop: 0.90 ms → 0.66 ms for 131,072 draws). Other threads, prange workers among
 * them, take the {@code ThreadLocal} and never write the owner, so parallel draws do not contend on it.
 */
final class PerThread<T> {
    /** Immutable, so a racy read sees a whole pair: this thread's own (a hit, and right) or another's (a miss). */
    private record Owner<T>(Thread thread, T value) {}

    private final ThreadLocal<T> values;
    private Owner<T> owner;

    PerThread(Supplier<T> initial) {
        this.values = ThreadLocal.withInitial(initial);
    }

    /** The calling thread's value; the first thread ever to ask becomes the owner. */
    T get() {
        Owner<T> o = owner;
        if (o != null && o.thread() == Thread.currentThread()) return o.value();
        return o == null ? claim() : values.get();
    }

    /** The calling thread's value, the calling thread made the owner (on seeding: it is about to draw). */
    T claim() {
        T value = values.get();
        owner = new Owner<>(Thread.currentThread(), value);
        return value;
    }
}
