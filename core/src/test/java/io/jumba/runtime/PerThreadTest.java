package io.jumba.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

class PerThreadTest {
    @Test
    void everyThreadGetsItsOwnValueWhileOthersClaimTheFastPath() throws Exception {
        AtomicInteger made = new AtomicInteger();
        PerThread<int[]> values = new PerThread<>(() -> new int[] {made.incrementAndGet()});
        AtomicReference<String> wrong = new AtomicReference<>();
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                int[] mine = values.claim();
                for (int i = 0; i < 200_000; i++) {
                    int[] got = i % 7 == 0 ? values.claim() : values.get();
                    if (got != mine) wrong.compareAndSet(null, "another thread's value at draw " + i);
                }
            });
        }
        for (Thread t : threads) t.start();
        for (Thread t : threads) t.join();
        assertEquals(null, wrong.get());
        assertEquals(threads.length, made.get(), "one value per thread");
    }

    @Test
    void theFirstThreadToAskOwnsAndKeepsItsValue() {
        PerThread<Object> values = new PerThread<>(Object::new);
        Object first = values.get();
        assertSame(first, values.get());
        assertSame(first, values.claim());
    }
}
