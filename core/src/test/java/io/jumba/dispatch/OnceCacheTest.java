package io.jumba.dispatch;

import io.jumba.diag.TypingError;
import io.jumba.source.SourcePos;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

/** Successes and kernel errors are built once; a Java Error or a bug is not cached. */
class OnceCacheTest {
    @Test
    void anErrorIsNotCachedAndTheNextRequestBuildsAgain() {
        OnceCache<String, String> cache = new OnceCache<>();
        AtomicInteger builds = new AtomicInteger();
        assertThrows(StackOverflowError.class, () -> cache.get("k", k -> {
            builds.incrementAndGet();
            throw new StackOverflowError();
        }));
        assertEquals("built", cache.get("k", k -> {
            builds.incrementAndGet();
            return "built";
        }));
        assertEquals("built", cache.get("k", k -> "again"));
        assertEquals(2, builds.get());
    }

    @Test
    void aKernelErrorIsCached() {
        OnceCache<String, String> cache = new OnceCache<>();
        AtomicInteger builds = new AtomicInteger();
        for (int i = 0; i < 3; i++) {
            assertThrows(TypingError.class, () -> cache.get("k", k -> {
                builds.incrementAndGet();
                throw new TypingError(SourcePos.NONE, "no");
            }));
        }
        assertEquals(1, builds.get());
    }
}
