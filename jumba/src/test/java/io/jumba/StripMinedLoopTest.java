package io.jumba;

import io.jumba.array.NDArray;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loops without inner loops run in strips of 65,536 iterations with the cancellation check between them
 * ({@code io.jumba.runtime.Strips}): compiled, they end where the interpreter's do, and their index keeps its last
 * value, across strip boundaries, with a break or continue, any step, and ranges at the ends of int64.
 */
class StripMinedLoopTest {
    private static final String SOURCE = """
            def first_over(n, t):
                s = 0
                i = -1
                for i in range(n):
                    s += i % 11
                    if s > t:
                        break
                return i * 1000003 + s

            def odd_sum(n):
                s = 0
                i = -1
                for i in range(n):
                    if i % 2 == 0:
                        continue
                    s += i
                return i * 1000003 + s

            def stepped(a, b, k):
                s = 0
                i = -7
                for i in range(a, b, k):
                    s = s * 31 + i
                return i * 1000003 + s

            def down(n):
                s = 0
                i = -7
                for i in range(n, -1, -3):
                    s = s * 31 + i
                return i * 1000003 + s

            def chain_until(n, t):
                s = 0
                i = -7
                for i in range(n):
                    s = (s * 31 + i) % 1000003
                    if s == t:
                        break
                return i * 1000003 + s

            def vsum(a, b):
                s = 0.0
                for i in range(a, b):
                    s += i * 0.5
                return s

            def nested_steps(a, b, k):
                s = 0
                for r in range(2):
                    for i in range(a, b, k):
                        s = s * 31 + i + r
                return s

            def vfill(out, a):
                for i in range(a, out.shape[0]):
                    out[i] = i * 0.5 + 1.0
            """;
    private static final long MAX = Long.MAX_VALUE, MIN = Long.MIN_VALUE;

    private static void agree(String function, Object... args) {
        Kernel k = Jumba.jit(SOURCE, "k.py").function(function);
        assertEquals(k.interpret(args), k.call(args), function + Arrays.toString(args));
    }

    @Test
    void aBreakLeavesEveryStrip() {
        agree("first_over", 200_000L, 400_000L);    // in the first strip
        agree("first_over", 200_000L, 700_000L);    // in the second
        agree("first_over", 200_000L, 1L << 40);   // never
        agree("first_over", 0L, 5L);
        agree("chain_until", 300_000L, 17L);
        agree("chain_until", 300_000L, -1L);
    }

    @Test
    void continueGoesOnInTheStrip() {
        agree("odd_sum", 65_535L);
        agree("odd_sum", 65_536L);
        agree("odd_sum", 65_537L);
        agree("odd_sum", 200_001L);
    }

    @Test
    void everyStepEndsWhereTheRangeDoes() {
        agree("down", 200_000L);
        agree("down", 2L);
        for (long k : new long[] {1, 2, 3, 7, -1, -5, 65_536, 1L << 40, MAX, MIN}) {
            agree("stepped", 0L, 300_001L, k);
            agree("stepped", 300_001L, 0L, k);
        }
        agree("stepped", MIN, MAX - (1L << 45), 1L << 45);
        agree("stepped", MAX - 100_000L, MAX, 1L);
        agree("stepped", MIN + 100_000L, MIN, -1L);
        agree("stepped", MAX, -1L, MIN);
    }

    @Test
    void aStepPastTheEndsOfInt64EndsTheLoop() {
        // Python: range(2**63 - 10, 2**63 - 1, 3) is 3 values; i + step would wrap around below stop and go on forever.
        Kernel k = Jumba.jit(SOURCE, "k.py").function("stepped");
        Object[][] cases = {{MAX - 10, MAX - 1, 3L}, {MIN + 10, MIN + 1, -3L}, {MIN, MAX, MAX}, {MAX, MIN, MIN},
                {MAX - 1, MAX, 5L}, {0L, MAX, 1L << 62}};
        for (int c = 0; c < cases.length; c++) {
            Object[] args = cases[c];
            long a = (Long) args[0], b = (Long) args[1], step = (Long) args[2];
            long s = 0, last = -7;
            for (BigInteger i = BigInteger.valueOf(a);
                 step > 0 ? i.compareTo(BigInteger.valueOf(b)) < 0 : i.compareTo(BigInteger.valueOf(b)) > 0;
                 i = i.add(BigInteger.valueOf(step))) {
                last = i.longValueExact();
                s = s * 31 + last;
            }
            Object expected = last * 1000003 + s;
            // a minute at most: a loop that wraps around would hang the test run
            assertEquals(expected, assertTimeoutPreemptively(Duration.ofMinutes(1), () -> k.call(args)), "compiled " + Arrays.toString(args));
            assertEquals(expected, assertTimeoutPreemptively(Duration.ofMinutes(1), () -> k.interpret(args)), "interpreted " + Arrays.toString(args));
        }
        assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
            agree("nested_steps", MAX - 10, MAX - 1, 3L);
            agree("nested_steps", MIN + 10, MIN + 1, -3L);
            agree("nested_steps", MIN, MAX, MAX);
        });
    }

    @Test
    void aVectorLoopLongerThanOneStripRunsEveryStrip() {
        // A vector main loop of 2^18 elements or more runs in strips, a shorter one as the plain loop.
        int strip = 1 << 18;
        for (long n : new long[] {strip - 1, strip, strip + 1, strip + 9, 2L * strip + 5, 700_001}) {
            agree("vsum", 0L, n);
            agree("vsum", 3L, n);
            for (long a : new long[] {0, 5}) {
                NDArray compiled = NDArray.of(new double[(int) n]), interpreted = NDArray.of(new double[(int) n]);
                Kernel k = Jumba.jit(SOURCE, "k.py").function("vfill");
                k.call(compiled, a);
                k.interpret(interpreted, a);
                String plan = k.explain(k.signatures().getFirst().toString());
                assertTrue(plan.contains("vectorized"), plan);
                assertArrayEquals(interpreted.toFlatDoubleArray(), compiled.toFlatDoubleArray(), "vfill " + n + " from " + a);
            }
        }
    }

    @Test
    void aVectorizedRangeOutsideIntRunsAsTheScalarLoop() {
        // Found while strip-mining: the vector loop's int index truncated these to 0..100 and -2^31 + ..
        agree("vsum", 4_294_967_296L, 4_294_967_396L);
        agree("vsum", -2_147_483_648L, -2_147_483_600L);
        agree("vsum", 2_147_483_600L, 2_147_483_647L);
        agree("vsum", -100L, 100L);
    }
}
