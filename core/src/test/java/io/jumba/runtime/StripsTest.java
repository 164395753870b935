package io.jumba.runtime;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StripsTest {
    private static final long MAX = Long.MAX_VALUE, MIN = Long.MIN_VALUE;

    @Test
    void aStripIsNStepsWhenTheRangeHasMore() {
        assertEquals(65_536, Strips.end(0, 1_000_000, 1, 65_536));
        assertEquals(10 + 3 * 4, Strips.end(10, 100, 3, 4));
        assertEquals(100 - 3 * 4, Strips.end(100, 10, -3, 4));
    }

    @Test
    void theLastStripEndsAtStop() {
        assertEquals(1_000, Strips.end(0, 1_000, 1, 65_536));
        assertEquals(12, Strips.end(0, 12, 3, 4));       // exactly n steps left
        assertEquals(-5, Strips.end(5, -5, -1, 65_536));
    }

    @Test
    void nothingOverflowsAtTheEndsOfLong() {
        assertEquals(MAX, Strips.end(MAX - 10, MAX, 1, 65_536));
        assertEquals(MIN, Strips.end(MIN + 10, MIN, -1, 65_536));
        assertEquals(MIN + (1L << 56), Strips.end(MIN, MAX, 1L << 40, 65_536));
        assertEquals(MAX, Strips.end(MIN, MAX, 1L << 48, 65_536));      // n * step is 2^64
        assertEquals(MIN + (1L << 20), Strips.end(MIN, MAX, 16, 65_536));
        assertEquals(MAX, Strips.end(0, MAX, MAX, 65_536));           // n * step past 2^64
        assertEquals(MIN, Strips.end(MAX, MIN, MIN, 65_536));         // |MIN| = 2^63
        assertEquals(MIN, Strips.end(-1, MIN, -1L << 62, 2));
    }
}
