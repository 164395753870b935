package io.jumba.array;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** A view is checked when it is made: every element it can reach lies inside its data. */
class ViewGeometryTest {
    private final NDArray a = NDArray.arange(8);

    @Test
    void viewsInsideTheDataAreMade() {
        assertArrayEquals(new long[] {1, 3, 5, 7}, a.view(1, new int[] {4}, new int[] {2}).toFlatLongArray());
        assertArrayEquals(new long[] {7, 6, 5}, a.view(7, new int[] {3}, new int[] {-1}).toFlatLongArray());
        assertArrayEquals(new long[] {3, 3}, a.view(3, new int[] {2}, new int[] {0}).toFlatLongArray());
        assertEquals(0, a.view(8, new int[] {0}, new int[] {1}).size());
        // an empty view reads nothing: NumPy's rows of a (3, 0) array keep offsets past empty data
        NDArray empty = NDArray.zeros(DType.FLOAT64, 3, 0);
        assertEquals(0, empty.view(2, new int[] {0}, new int[] {1}).size());
    }

    @Test
    void viewsReachingOutsideAreRefused() {
        int[][][] bad = {
                {{5}, {3}, {1}},        // elements 5..7 fine, but offset 6 with 3 reaches 8
                {{0}, {5}, {2}},        // 0, 2, 4, 6, 8
                {{2}, {4}, {-1}},       // 2, 1, 0, -1
                {{-1}, {1}, {1}},       // before the data
                {{0}, {-1}, {1}},
                {{0}, {2, 3}, {1}},     // shape and strides differ in length
                {{0}, {65536, 65536}, {0, 0}}, // more elements than an int counts
        };
        bad[0][0][0] = 6;
        for (int[][] g : bad) {
            assertThrows(IllegalArgumentException.class, () -> a.view(g[0][0], g[1], g[2]),
                    java.util.Arrays.deepToString(g));
        }
    }
}
