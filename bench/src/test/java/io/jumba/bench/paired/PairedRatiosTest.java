package io.jumba.bench.paired;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PairedRatiosTest {
    @Test
    void ratiosAreTakenRoundByRoundSoDriftCancels() {
        // The machine slows down tenfold halfway; B is 1.1x A in every round.
        long[] a = new long[40], b = new long[40];
        for (int i = 0; i < a.length; i++) {
            a[i] = i < 20 ? 1000 : 10_000;
            b[i] = i < 20 ? 1100 : 11_000;
        }
        PairedRatios r = PairedRatios.of(a, b, 10);
        assertEquals(1.1, r.median(), 1e-12);
        assertEquals(1.1, r.ciLow(), 1e-12);
        assertEquals(1.1, r.ciHigh(), 1e-12);
        assertEquals(0.55, r.aMicros(), 1e-12); // median of 1000 and 10000 ns over 10 calls
        assertEquals(40, r.rounds());
        assertEquals(10, r.calls());
    }

    @Test
    void intervalCoversTheMiddleOrderStatistics() {
        long[] a = new long[100], b = new long[100];
        for (int i = 0; i < a.length; i++) {
            a[i] = 1000;
            b[i] = 900 + 2 * i; // ratios 0.900 ... 1.098
        }
        PairedRatios r = PairedRatios.of(a, b, 1);
        assertEquals(0.999, r.median(), 1e-12);
        assertEquals(0.9495, r.q1(), 1e-12);
        assertEquals(1.0485, r.q3(), 1e-12);
        // n/2 ± 0.98 √n = 50 ± 9.8: ranks 40 and 60 (1-based)
        assertEquals(0.978, r.ciLow(), 1e-12);
        assertEquals(1.018, r.ciHigh(), 1e-12);
        assertTrue(r.ciLow() <= r.median() && r.median() <= r.ciHigh());
    }

    @Test
    void blocksMustPair() {
        assertThrows(IllegalArgumentException.class, () -> PairedRatios.of(new long[3], new long[2], 1));
        assertThrows(IllegalArgumentException.class, () -> PairedRatios.of(new long[0], new long[0], 1));
    }
}
