package io.jumba.runtime.parallel;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ThreadCountTest {
    @Test
    void theEnvironmentVariableOverridesTheProcessorCount() {
        assertEquals(16, ThreadCount.fromEnvironment(null, 16));
        assertEquals(16, ThreadCount.fromEnvironment(" ", 16));
        assertEquals(3, ThreadCount.fromEnvironment("3", 16));
        assertEquals(3, ThreadCount.fromEnvironment(" 3\n", 16));
        assertEquals(1, ThreadCount.fromEnvironment(null, 0));
    }

    @Test
    void aBadEnvironmentValueIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ThreadCount.fromEnvironment("four", 16));
        assertEquals("JUMBA_NUM_THREADS must be an integer from 1 to 256, got 'four'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ThreadCount.fromEnvironment("0", 16));
        assertThrows(IllegalArgumentException.class, () -> ThreadCount.fromEnvironment("1000", 16));
    }

    @Test
    void theSetterAndThePerCallOverride() {
        try {
            ThreadCount.set(5);
            assertEquals(5, ThreadCount.get());
            assertEquals(5, ThreadCount.resolve(0));
            assertEquals(2, ThreadCount.resolve(2));
            assertEquals(5, Parallel.numThreads());
            assertThrows(IllegalArgumentException.class, () -> ThreadCount.set(-1));
            assertThrows(IllegalArgumentException.class, () -> ThreadCount.resolve(ThreadCount.MAX + 1));
        } finally {
            ThreadCount.set(0);
        }
        assertEquals(ThreadCount.fromEnvironment(System.getenv("JUMBA_NUM_THREADS"), Runtime.getRuntime().availableProcessors()),
                ThreadCount.get());
    }
}
