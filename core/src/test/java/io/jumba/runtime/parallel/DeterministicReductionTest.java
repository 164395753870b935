package io.jumba.runtime.parallel;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** Reductions give the same bits for every thread count and run, because the grid and the combine tree are fixed. */
class DeterministicReductionTest {
    @Test
    void doubleSumsAreBitIdenticalForOneToSixteenThreadsOverRepeatedRuns() {
        double[] x = Loops.wild(3_000_001, 42);
        long expected = Double.doubleToRawLongBits(Loops.sum(x, 1));
        for (int run = 0; run < 3; run++) {
            for (int threads = 1; threads <= 16; threads++) {
                long bits = Double.doubleToRawLongBits(Loops.sum(x, threads));
                assertEquals(expected, bits, "threads " + threads + " run " + run);
            }
        }
    }

    @Test
    void theGridChangesTheBitsOnlyThroughTheTripCountNotThroughThreads() {
        // The wild data really is order-sensitive: a plain serial sum differs from the chunked one.
        double[] x = Loops.wild(3_000_001, 7);
        double serial = 0;
        for (double v : x) serial += v;
        double chunked = Loops.sum(x, 4);
        assertNotEquals(Double.doubleToRawLongBits(serial), Double.doubleToRawLongBits(chunked),
                "data too tame to show summation order; the bit-identity test would prove nothing");
        assertEquals(serial, chunked, Math.abs(serial) * 1e-9 + 1e-9);
    }

    @Test
    void floatCombinesArePairwiseTrees() {
        double[] p = {1e16, 1.0, -1e16, 1.0};
        assertEquals(0.0 + ((1e16 + 1.0) + (-1e16 + 1.0)), Combine.sum(0.0, p));
        assertNotEquals(((((0.0 + 1e16) + 1.0) + -1e16) + 1.0), Combine.sum(0.0, p), "these partials tell the orders apart");
        float[] f = {1e8f, 1f, -1e8f, 1f};
        assertEquals(0f + ((1e8f + 1f) + (-1e8f + 1f)), Combine.sum(0f, f));
        assertEquals(2.0 * ((3.0 * 5.0) * (7.0 * 11.0)), Combine.product(2.0, new double[] {3, 5, 7, 11}));
        assertEquals(5.0, Combine.sum(5.0, new double[0]));
    }

    @Test
    void integerCombinesAreExact() {
        long[] p = {Long.MAX_VALUE, 1, 6};
        assertEquals(Long.MIN_VALUE + 6 + 3, Combine.sum(3, p));
        assertEquals(0b0110 & 0b0011 & -1L, Combine.bitAnd(-1L, new long[] {0b0110, 0b0011}));
        assertEquals(0b0111, Combine.bitOr(0, new long[] {0b0110, 0b0011}));
        assertEquals(0b0101, Combine.bitXor(0, new long[] {0b0110, 0b0011}));
        assertEquals(48, Combine.product(2, new long[] {3, 8}));
    }

    @Test
    void minAndMaxFollowTheirNanAndTieRules() {
        double inf = Double.POSITIVE_INFINITY;
        // Python min / "if x < m": NaN init stays NaN (nothing compares less than it); ties keep the earlier -0.0 or 0.0.
        assertTrue(Double.isNaN(Combine.minMax(ReductionKind.MIN, Double.NaN, new double[] {1, 2}, false)));
        assertEquals(Double.doubleToRawLongBits(0.0),
                Double.doubleToRawLongBits(Combine.minMax(ReductionKind.MIN, inf, new double[] {0.0, -0.0}, false)));
        assertEquals(Double.doubleToRawLongBits(-0.0),
                Double.doubleToRawLongBits(Combine.minMax(ReductionKind.MIN, inf, new double[] {0.0, -0.0}, true)));
        assertEquals(-3.0, Combine.minMax(ReductionKind.MIN, inf, new double[] {4, -3, inf}, false));
        assertEquals(4.0, Combine.minMax(ReductionKind.MAX, -inf, new double[] {4, -3, -inf}, false));
        // NumPy minimum propagates NaN; fmin ignores it.
        assertTrue(Double.isNaN(Combine.minMax(ReductionKind.NAN_MIN, 1.0, new double[] {Double.NaN, -5}, false)));
        assertEquals(-5.0, Combine.minMax(ReductionKind.FMIN, Double.NaN, new double[] {Double.NaN, -5}, false));
        assertEquals(9.0, Combine.minMax(ReductionKind.FMAX, 1.0, new double[] {Double.NaN, 9}, false));
        assertEquals(-7, Combine.minMax(ReductionKind.MIN, Long.MAX_VALUE, new long[] {3, -7, 5}));
        assertEquals(5, Combine.minMax(ReductionKind.NAN_MAX, Long.MIN_VALUE, new long[] {3, -7, 5}));
    }

    @Test
    void numpysMinMaxAndArgminCombineAsTheirSerialLoopsRun() {
        double inf = Double.POSITIVE_INFINITY;
        // np.min: a NaN partial replaces (the last NaN, as the serial loop keeps the last); ties keep the first.
        double otherNan = Double.longBitsToDouble(0xfff8000000000001L);
        assertEquals(Double.doubleToRawLongBits(otherNan), Double.doubleToRawLongBits(
                Combine.minMax(ReductionKind.AMIN, inf, new double[] {3, Double.NaN, -1, otherNan, -9}, false)));
        assertEquals(Double.doubleToRawLongBits(0.0),
                Double.doubleToRawLongBits(Combine.minMax(ReductionKind.AMIN, inf, new double[] {0.0, -0.0}, false)));
        assertEquals(Double.doubleToRawLongBits(-0.0),
                Double.doubleToRawLongBits(Combine.minMax(ReductionKind.AMAX, -inf, new double[] {-0.0, 0.0}, false)));
        assertEquals(9.0, Combine.minMax(ReductionKind.AMAX, -inf, new double[] {4, 9, -inf}, false));
        // np.argmin: once NaN, nothing replaces it (the first NaN's chunk wins); else the first minimum.
        boolean[] all = {true, true, true, true};
        assertEquals(1, Combine.winner(ReductionKind.ARGMIN, inf, new double[] {3, Double.NaN, -1, Double.NaN}, all, false));
        assertEquals(1, Combine.winner(ReductionKind.AMIN, inf, new double[] {3, -1, -1, 7}, all, false));
        assertEquals(3, Combine.winner(ReductionKind.AMIN, inf, new double[] {3, Double.NaN, -1, Double.NaN}, all, false));
        assertEquals(2, Combine.winner(ReductionKind.ARGMAX, -inf, new double[] {3, 1, 8, 8}, all, false));
        assertEquals(0, Combine.winner(ReductionKind.ARGMIN, Long.MAX_VALUE, new long[] {-4, 5, -4}, new boolean[] {true, true, true}, false));
        assertEquals(-3L, Combine.minMax(ReductionKind.ARGMIN, 0L, new long[] {5, -3}));
    }

    @Test
    void argminWinnerIsTheFirstChunkOnTiesUnlessTheLoopUsedLessOrEqual() {
        double[] values = {5, 2, 2, 9};
        boolean[] updated = {true, true, true, true};
        assertEquals(1, Combine.winner(ReductionKind.MIN, Double.POSITIVE_INFINITY, values, updated, false));
        assertEquals(2, Combine.winner(ReductionKind.MIN, Double.POSITIVE_INFINITY, values, updated, true));
        assertEquals(3, Combine.winner(ReductionKind.MAX, Double.NEGATIVE_INFINITY, values, updated, false));
        assertEquals(-1, Combine.winner(ReductionKind.MIN, 1.0, values, updated, false), "the initial value stays");
        assertEquals(-1, Combine.winner(ReductionKind.MIN, Double.NaN, values, updated, false), "nothing beats a NaN init");
        assertEquals(2, Combine.winner(ReductionKind.MIN, Double.POSITIVE_INFINITY, values, new boolean[] {true, false, true, true}, false));
        assertEquals(0, Combine.winner(ReductionKind.MAX, 0L, new long[] {4, 4}, new boolean[] {true, true}, false));
    }

    @Test
    void parallelArgminMatchesSerialFirstIndex() {
        double[] x = Loops.wild(1_000_000, 3);
        x[777_777] = -1e9;
        x[123_456] = -1e9;  // a tie: the first index wins, as a serial "if x[i] < m" loop gives
        for (int threads : new int[] {1, 2, 3, 8, 16}) {
            ChunkGrid grid = ChunkGrid.of(x.length, 1);
            double[] best = new double[grid.chunks()];
            long[] index = new long[grid.chunks()];
            boolean[] updated = new boolean[grid.chunks()];
            java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
            Parallel.run(grid, new ParallelLoop() {
                @Override
                public void chunk(long lo, long hi, int c) {
                    for (long k = lo; k < hi; k++) {
                        if (x[(int) k] < best[c]) {
                            best[c] = x[(int) k];
                            index[c] = k;
                            updated[c] = true;
                        }
                    }
                }
            }, threads);
            int win = Combine.winner(ReductionKind.MIN, Double.POSITIVE_INFINITY, best, updated, false);
            assertEquals(123_456, index[win], "threads " + threads);
        }
    }

    @Test
    void arrayReductionsCombineCopiesWithTheSameTree() {
        double[] target = {1, 2};
        double[][] copies = {{1e16, 1}, {1, 1}, {-1e16, 1}};
        Combine.sumInto(target, copies);
        assertArrayEquals(new double[] {1 + ((1e16) + (1 + -1e16)), 2 + (1 + (1 + 1.0))}, target);
        long[] hist = {1, 0};
        Combine.sumInto(hist, new long[][] {{1, 2}, {3, 4}});
        assertArrayEquals(new long[] {5, 6}, hist);
    }

    @Test
    void identitiesFitTheDtype() {
        assertEquals(Double.POSITIVE_INFINITY, ReductionKind.MIN.identity(io.jumba.array.DType.FLOAT64));
        assertEquals(127L, ReductionKind.MIN.identity(io.jumba.array.DType.INT8));
        assertEquals(0L, ReductionKind.MAX.identity(io.jumba.array.DType.UINT8));
        assertEquals(255L, ReductionKind.BIT_AND.identity(io.jumba.array.DType.UINT8));
        assertEquals(-1L, ReductionKind.BIT_AND.identity(io.jumba.array.DType.INT32));
        assertEquals(Integer.MIN_VALUE + 0L, ReductionKind.MAX.identity(io.jumba.array.DType.INT32));
        assertEquals(1.0, ReductionKind.PRODUCT.identity(io.jumba.array.DType.FLOAT32));
        assertEquals(true, ReductionKind.BIT_AND.identity(io.jumba.array.DType.BOOL));
        assertEquals(Double.NEGATIVE_INFINITY, ReductionKind.AMAX.identity(io.jumba.array.DType.FLOAT64));
        assertEquals(Long.MAX_VALUE, ReductionKind.ARGMIN.identity(io.jumba.array.DType.INT64));
        assertEquals(false, ReductionKind.ARGMAX.identity(io.jumba.array.DType.BOOL));
        assertThrows(IllegalArgumentException.class, () -> ReductionKind.BIT_OR.identity(io.jumba.array.DType.FLOAT64));
    }
}
