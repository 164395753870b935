package io.jumba.dispatch;

import io.jumba.diag.JumbaException;
import io.jumba.frontend.DeepStack;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

/**
 * A thread-safe memo that builds each key's value exactly once, even when many threads ask for a new key at the
 * same time: the first caller builds while the others wait for it. A build that fails with a {@link JumbaException}
 * (an error in the kernel) is remembered too, so every later request for that key rethrows it instead of building
 * again; any other failure is forgotten once reported.
 *
 * <p>The build runs on a {@link DeepStack}, whose stack holds the compiler's recursion over the deepest tree the
 * parser accepts, and outside the map's locks (a {@link FutureTask} per key), so a slow build never blocks
 * requests for other keys.
 */
final class OnceCache<K, V> {
    private final ConcurrentHashMap<K, FutureTask<V>> tasks = new ConcurrentHashMap<>();

    /** The value for key, building it with build on the first request. */
    V get(K key, Function<? super K, ? extends V> build) {
        FutureTask<V> task = tasks.get(key);
        if (task == null) {
            FutureTask<V> fresh = new FutureTask<>(() -> build.apply(key));
            task = tasks.putIfAbsent(key, fresh);
            if (task == null) {
                task = fresh;
                DeepStack.run(fresh); // only the first to get here builds; the others wait below
            }
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            // A kernel's own error is its answer for good; anything else (a StackOverflowError on a small stack, an
            // OutOfMemoryError, a bug) may not recur, so a later request builds again.
            if (!(e.getCause() instanceof JumbaException)) tasks.remove(key, task);
            throw rethrowable(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a compilation", e);
        }
    }

    /** The keys whose values were built successfully, in no particular order. */
    List<K> builtKeys() {
        List<K> keys = new ArrayList<>();
        tasks.forEach((k, task) -> {
            if (task.state() == java.util.concurrent.Future.State.SUCCESS) keys.add(k);
        });
        return keys;
    }

    /** The value for key if it was built successfully, else null (never builds). */
    V builtValue(K key) {
        FutureTask<V> task = tasks.get(key);
        return task != null && task.state() == java.util.concurrent.Future.State.SUCCESS ? task.resultNow() : null;
    }

    private static RuntimeException rethrowable(Throwable cause) {
        if (cause instanceof RuntimeException r) return r;
        if (cause instanceof Error e) throw e;
        return new IllegalStateException(cause);
    }
}
