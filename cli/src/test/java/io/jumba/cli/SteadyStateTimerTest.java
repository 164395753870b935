package io.jumba.cli;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class SteadyStateTimerTest {
    /** Spins for nanos: a call whose cost the test controls. */
    private static void spin(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) Thread.onSpinWait();
    }

    @Test
    void warmUpGoesOnWhileCallsGetFasterAndMeasuresTheFinalSpeed() throws Throwable {
        // 200 µs per call at first, 10% faster every 0.1 s until 20 µs after about 2.2 s: tier after tier of a JIT.
        long[] first = {0};
        SteadyStateTimer.Call call = () -> {
            long now = System.nanoTime();
            if (first[0] == 0) first[0] = now;
            spin(Math.max(20_000, (long) (200_000 * Math.pow(0.9, (now - first[0]) / 100_000_000.0))));
            return now;
        };
        SteadyStateTimer timer = new SteadyStateTimer(1_000_000_000L, 20_000_000_000L, 200_000_000L);
        SteadyStateTimer.Result r = timer.time(call, status -> {});
        assertTrue(r.warmupNanos() >= 2_000_000_000L, "warm-up stopped at " + r.warmupNanos() + " ns, still improving");
        assertTrue(r.median() < 25_000, "median " + r.median() + " ns is not the final speed");
        assertTrue(r.perCallNanos().length >= SteadyStateTimer.MIN_SAMPLES);
    }

    @Test
    void warmUpStopsAtItsCap() throws Throwable {
        // Ever faster: never stable, so only the cap ends the warm-up.
        long start = System.nanoTime();
        SteadyStateTimer.Call call = () -> {
            long elapsed = System.nanoTime() - start;
            spin(Math.max(1_000, 5_000_000 - elapsed / 100));
            return elapsed;
        };
        SteadyStateTimer.Result r = new SteadyStateTimer(0, 500_000_000L, 0).time(call, status -> {});
        assertTrue(r.warmupNanos() >= 500_000_000L && r.warmupNanos() < 3_000_000_000L, r.warmupNanos() + " ns");
    }

    @Test
    void sampledBatchesLastAtLeastAMillisecond() throws Throwable {
        SteadyStateTimer.Result r = new SteadyStateTimer(0, 1_000_000_000L, 50_000_000L).time(() -> {
            spin(10_000);
            return null;
        }, status -> {});
        assertTrue(r.callsPerSample() * r.min() >= SteadyStateTimer.MIN_BATCH_NANOS * 0.99,
                r.callsPerSample() + " calls of " + r.min() + " ns");
    }

    @Test
    void percentilesAreNearestRank() {
        double[] sorted = new double[10];
        for (int i = 0; i < 10; i++) sorted[i] = i + 1;
        SteadyStateTimer.Result r = new SteadyStateTimer.Result(sorted, 1, 0, 0);
        assertEquals(1, r.min());
        assertEquals(1, r.percentile(10));
        assertEquals(5, r.median());
        assertEquals(9, r.percentile(90));
        assertEquals(10, r.max());
    }

    @Test
    void progressIsReported() throws Throwable {
        List<String> lines = new ArrayList<>();
        new SteadyStateTimer(600_000_000L, 1_000_000_000L, 0).time(() -> null, lines::add);
        assertFalse(lines.isEmpty());
        assertTrue(lines.getFirst().startsWith("warming up: "), lines.getFirst());
    }

    @Test
    void unitsAreReadable() {
        assertEquals("812 ns", Units.nanos(812));
        assertEquals("1.07 µs", Units.nanos(1_070));
        assertEquals("12.6 ms", Units.nanos(12_600_000));
        assertEquals("1.20 s", Units.nanos(1_200_000_000));
        assertEquals("0.45 ns", Units.nanos(0.45));
    }
}
