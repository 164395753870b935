package io.jumba;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;
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
            from numba import njit, prange

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

            def vector_sum(n):
                s = 0.0
                for i in range(n):
                    s += i * 0.5
                return s

            @njit(parallel=True)
            def parallel_sum(n):
                s = 0
                for i in prange(n):
                    s += i % 7
                return s

            def chain(n):
                s = 0
                for i in range(n):
                    s = (s * 31 + i) % 1000003
                return s

            def chain_until(n, t):
                s = 0
                for i in range(n):
                    s = (s * 31 + i) % 1000003
                    if s == t:
                        break
                return s

            def chain_down(n):
                s = 0
                for i in range(n, 0, -1):
                    s = (s * 31 + i) % 1000003
                return s

            def chain_stepped(n, k):
                s = 0
                for i in range(0, n, k):
                    s = (s * 31 + i) % 1000003
                return s

            @njit(parallel=True)
            def parallel_nested(n):
                s = 0
                for i in prange(n):
                    for j in range(n):
                        s += (i ^ j) % 7
                return s

            def fill(out):
                for i in range(out.shape[0]):
                    out[i] = 1.0

            def fill_from(out):
                for i in range(1000, out.shape[0]):
                    out[i] = 1.0

            def running(out):
                for i in range(1, out.shape[0]):
                    out[i] = out[i - 1] + 1.0

            def running_tail(out):
                v = out[1:]
                for i in range(1, v.shape[0]):
                    v[i] = v[i - 1] + 1.0

            def running_bytes(out):
                for i in range(1, out.shape[0]):
                    out[i] = out[i - 1] | 1

            @njit(parallel=True)
            def parallel_fill(out):
                for i in prange(out.shape[0]):
                    out[i] = 1.0
            """;
    /** Iterations no test waits for: minutes at the least, in any loop. */
    private static final long ENDLESS = 1L << 50;

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

    @Test
    void aTimeLimitStopsAVectorizedLoop() throws Exception {
        Kernel k = Jumba.jit(SOURCE, "k.py").function("vector_sum");
        assertEquals(k.interpret(1000L), k.call(1000L));
        String explain = k.explain(k.signatures().getFirst().toString());
        assertTrue(explain.contains("line 17: vectorized"), explain);
        KernelRuntimeError e = thrownWithinAMinute(() -> k.withTimeout(Duration.ofMillis(200)).call(ENDLESS));
        assertEquals("TimeoutError", e.pythonName(), e.getMessage());
        assertTrue(e.getMessage().contains("k.py:17"), e.getMessage());
    }

    @Test
    void aTimeLimitStopsAPrangeLoopOnEveryThreadCount() throws Exception {
        Kernel k = Jumba.jit(SOURCE, "k.py").function("parallel_sum");
        assertEquals(k.interpret(100_000L), k.call(100_000L));
        for (int threads : new int[] {1, 4}) {
            Kernel limited = k.withTimeout(Duration.ofMillis(200));
            KernelRuntimeError e = thrownWithinAMinute(() -> limited.callWithThreads(threads, ENDLESS));
            assertEquals("TimeoutError", e.pythonName(), threads + " threads: " + e.getMessage());
            assertTrue(e.getMessage().contains("k.py:24"), e.getMessage());
        }
    }

    @Test
    void anInterruptStopsTheInterpreter() throws Exception {
        Kernel k = Jumba.jit(SOURCE, "k.py").function("forever");
        for (String name : new String[] {"forever", "long_loops", "parallel_sum"}) {
            Kernel f = Jumba.jit(SOURCE, "k.py").function(name);
            Future<Object> run = Executors.newVirtualThreadPerTaskExecutor().submit(() -> {
                Thread.currentThread().interrupt();
                return f.interpret(name.equals("forever") ? 1L : ENDLESS);
            });
            ExecutionException e = assertThrows(ExecutionException.class, () -> run.get(30, TimeUnit.SECONDS), name);
            assertEquals("KeyboardInterrupt", ((KernelRuntimeError) e.getCause()).pythonName(), name);
        }
        KernelRuntimeError timeout = thrownWithinAMinute(() -> k.withTimeout(Duration.ofMillis(200)).interpret(1L));
        assertEquals("TimeoutError", timeout.pythonName(), timeout.getMessage());
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Object> f = pool.submit(() -> k.interpret(1L));
            assertThrows(TimeoutException.class, () -> f.get(300, TimeUnit.MILLISECONDS));
            f.cancel(true);
            pool.shutdown();
            assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS), "the interpreter stopped after Future.cancel(true)");
        } finally {
            pool.shutdownNow();
        }
    }

    /** A kernel and arguments that keep it busy for minutes, by the loop shape it stands for. */
    private record Endless(String shape, String function, Object... args) {}

    private static final Endless[] SHAPES = {
            new Endless("while True", "forever", 1L),
            new Endless("nested loops", "long_loops", 3_000_000L),
            new Endless("a strip-mined loop", "chain", ENDLESS),
            new Endless("a strip-mined loop with a break", "chain_until", ENDLESS, -1L),
            new Endless("a strip-mined loop stepping down", "chain_down", ENDLESS),
            new Endless("a strip-mined loop of a step known at run time", "chain_stepped", ENDLESS, 1L),
            new Endless("a prange loop without inner loops", "parallel_sum", ENDLESS),
            new Endless("a prange loop with an inner loop", "parallel_nested", 3_000_000L),
    };

    @Test
    void everyLoopShapeStopsOnATimeLimitAnInterruptAndFutureCancel() throws Exception {
        for (Endless e : SHAPES) {
            Kernel k = Jumba.jit(SOURCE, "k.py").function(e.function());
            for (int threads : new int[] {1, 4}) {
                KernelRuntimeError timeout = thrownWithinAMinute(e.shape() + " at " + threads + " threads",
                        () -> k.withTimeout(Duration.ofMillis(150)).callWithThreads(threads, e.args()));
                assertEquals("TimeoutError", timeout.pythonName(), e.shape() + ", " + threads + " threads: " + timeout.getMessage());
            }
            KernelRuntimeError interrupted = thrownWithinAMinute(e.shape(), () -> {
                Thread.currentThread().interrupt();
                return k.call(e.args());
            });
            assertEquals("KeyboardInterrupt", interrupted.pythonName(), e.shape() + ": " + interrupted.getMessage());
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Object> f = pool.submit(() -> k.call(e.args()));
                assertThrows(TimeoutException.class, () -> f.get(150, TimeUnit.MILLISECONDS), e.shape());
                f.cancel(true);
                pool.shutdown();
                assertTrue(pool.awaitTermination(30, TimeUnit.SECONDS), e.shape() + " stopped after Future.cancel(true)");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void theChecksComeBetweenStripsNotAtTheEnd() {
        // An interrupted thread: each loop stops at its first check, so what it wrote shows where that check is.
        int n = 1 << 21;
        // A scalar loop over whole arrays runs flat for up to 2^24 iterations and checks after them; one over a view
        // that starts further into its storage, or a longer one, checks after its first strip.
        assertEquals(n - 1, writtenBeforeTheInterrupt("running", n, 1), "a flat loop checks after its last iteration");
        assertEquals(65_536, writtenBeforeTheInterrupt("running_tail", n, 1), "a scalar loop checks after its first strip");
        Kernel bytes = Jumba.jit(SOURCE, "k.py").function("running_bytes");
        NDArray out = NDArray.empty(DType.INT8, (1 << 24) + 2);
        KernelRuntimeError e = thrownWithinAMinute(() -> {
            Thread.currentThread().interrupt();
            return bytes.call(out);
        });
        assertEquals("KeyboardInterrupt", e.pythonName());
        int written = 0;
        for (byte b : (byte[]) out.data()) written += b != 0 ? 1 : 0;
        assertEquals(65_536, written, "a loop of over 2^24 iterations checks after its first strip");
        // The vector loop checks where its index enters a block of 2^18 elements: at once from 0, at 2^18 from 1,000
        // (the first main-loop step, of at most 4 x 64 lanes, at or past 2^18).
        assertEquals(0, writtenBeforeTheInterrupt("fill", n, 1), "the vector loop checks at its first block");
        long vector = writtenBeforeTheInterrupt("fill_from", n, 1) + 1000;
        assertTrue(vector >= 1 << 18 && vector < (1 << 18) + 4 * 64, "the vector loop checks at the next block: " + vector);
        for (int threads : new int[] {1, 4}) {
            assertEquals(0, writtenBeforeTheInterrupt("parallel_fill", n, threads), "prange checks before each sub-block");
        }
    }

    /** How many elements of an n-element array of zeros the function sets before an interrupt set beforehand stops it. */
    private static long writtenBeforeTheInterrupt(String function, int n, int threads) {
        Kernel k = Jumba.jit(SOURCE, "k.py").function(function);
        NDArray out = NDArray.of(new double[n]);
        KernelRuntimeError e = thrownWithinAMinute(() -> {
            Thread.currentThread().interrupt();
            return k.callWithThreads(threads, out);
        });
        assertEquals("KeyboardInterrupt", e.pythonName(), function);
        return Arrays.stream(out.toFlatDoubleArray()).filter(v -> v != 0).count();
    }

    /** What body throws, waited for a minute at most: a kernel that ignored its limit would hang the test run. */
    private static KernelRuntimeError thrownWithinAMinute(Callable<Object> body) {
        return thrownWithinAMinute("the kernel", body);
    }

    /** As {@link #thrownWithinAMinute(Callable)}, what naming the kernel and its loop shape in a failure. */
    private static KernelRuntimeError thrownWithinAMinute(String what, Callable<Object> body) {
        ExecutorService single = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cancellation-test");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Object> f = single.submit(body);
            ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(60, TimeUnit.SECONDS),
                    what + " did not stop within a minute");
            return assertInstanceOf(KernelRuntimeError.class, e.getCause());
        } finally {
            single.shutdownNow();
        }
    }
}
