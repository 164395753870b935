package io.jumba;

import io.jumba.diag.KernelRuntimeError;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.*;

/** Long-running kernels stop when their thread is interrupted or their time limit passes. */
class CancellationTest {
    private static final String SOURCE = """
            def forever(x):
                while True:
                    x = (x * 3 + 1) % 1000003
                return x

            def long_loops(n):
                s = 0
                for i in range(n):
                    for j in range(n):
                        s += (i ^ j) % 7
                return s
            """;

    @Test
    void aTimeLimitStopsAWhileTrueLoop() {
        Kernel k = Jumba.jit(SOURCE, "k.py").function("forever").withTimeout(Duration.ofMillis(200));
        long start = System.nanoTime();
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> k.call(1L));
        assertEquals("TimeoutError", e.pythonName(), e.getMessage());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30));
        assertFalse(Thread.currentThread().isInterrupted(), "the limit's own interrupt is cleared");
        Kernel quick = Jumba.jit(SOURCE, "k.py").function("long_loops").withTimeout(Duration.ofSeconds(60));
        assertEquals(Jumba.jit(SOURCE, "k.py").function("long_loops").interpret(20L), quick.call(20L));
    }

    @Test
    void futureCancelStopsANestedLoop() throws Exception {
        Kernel k = Jumba.jit(SOURCE, "k.py").function("long_loops");
        k.call(3L); // compiled before the clock starts
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Object> f = pool.submit(() -> k.call(3_000_000L));
            assertThrows(TimeoutException.class, () -> f.get(300, TimeUnit.MILLISECONDS));
            f.cancel(true);
            pool.shutdown();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS), "the kernel stopped after Future.cancel(true)");
        } finally {
            pool.shutdownNow();
        }
        Future<Object> direct = Executors.newVirtualThreadPerTaskExecutor().submit(() -> {
            Thread.currentThread().interrupt();
            return k.call(3_000_000L);
        });
        ExecutionException e = assertThrows(ExecutionException.class, () -> direct.get(30, TimeUnit.SECONDS));
        assertEquals("KeyboardInterrupt", ((KernelRuntimeError) e.getCause()).pythonName());
    }
}
