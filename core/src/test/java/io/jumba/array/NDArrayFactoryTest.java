package io.jumba.array;

import org.junit.jupiter.api.Test;

import static io.jumba.array.DType.*;
import static org.junit.jupiter.api.Assertions.*;

/** Factories against values NumPy computed (golden op_*.npy files, compared bit for bit). */
class NDArrayFactoryTest {
    @Test
    void linspaceMatchesNumpyExactly() {
        assertTrue(NDArray.linspace(0, 1, 7).contentEquals(GoldenFiles.read("op_linspace_0_1_7.npy")));
        assertTrue(NDArray.linspace(-3.3, 7.1, 13).contentEquals(GoldenFiles.read("op_linspace_-3.3_7.1_13.npy")));
        assertTrue(NDArray.linspace(1, 1, 5).contentEquals(GoldenFiles.read("op_linspace_1_1_5.npy")));
        assertTrue(NDArray.linspace(0, 1, 1).contentEquals(GoldenFiles.read("op_linspace_0_1_1.npy")));
        assertTrue(NDArray.linspace(2.5, -1e10, 50).contentEquals(GoldenFiles.read("op_linspace_2.5_-1e10_50.npy")));
        assertEquals(0, NDArray.linspace(0, 1, 0).size());
        var e = assertThrows(IllegalArgumentException.class, () -> NDArray.linspace(0, 1, -1));
        assertEquals("Number of samples, -1, must be non-negative.", e.getMessage());
    }

    @Test
    void floatArangeMatchesNumpyExactly() {
        assertTrue(NDArray.arange(0.1, 1.0, 0.3).contentEquals(GoldenFiles.read("op_arange_0.1_1.0_0.3.npy")));
        assertTrue(NDArray.arange(0.0, 1.0, 0.1).contentEquals(GoldenFiles.read("op_arange_0_1_0.1.npy")));
        assertTrue(NDArray.arange(10.0, 0.0, -1.5).contentEquals(GoldenFiles.read("op_arange_10_0_-1.5.npy")));
        assertTrue(NDArray.arange(-1.1, 3.3, 0.7).contentEquals(GoldenFiles.read("op_arange_-1.1_3.3_0.7.npy")));
        assertEquals(0, NDArray.arange(1.0, 1.0, 1.0).size());
        assertThrows(ArithmeticException.class, () -> NDArray.arange(0.0, 1.0, 0.0));
    }

    @Test
    void integerArange() {
        // np.arange(0, 10, 3), np.arange(10, 0, -3), np.arange(5, 1, 1), np.arange(4)
        assertArrayEquals(new long[] {0, 3, 6, 9}, NDArray.arange(0, 10, 3).toFlatLongArray());
        assertArrayEquals(new long[] {10, 7, 4, 1}, NDArray.arange(10, 0, -3).toFlatLongArray());
        assertEquals(0, NDArray.arange(5, 1, 1).size());
        NDArray a = NDArray.arange(4);
        assertEquals(INT64, a.dtype());
        assertArrayEquals(new long[] {0, 1, 2, 3}, a.toFlatLongArray());
        assertEquals(FLOAT64, NDArray.arange(0.0, 2.0, 1.0).dtype());
    }

    @Test
    void fullOnesZeros() {
        assertArrayEquals(new long[] {1, 1, 1, 1, 1, 1}, NDArray.ones(INT32, 2, 3).toFlatLongArray());
        assertArrayEquals(new boolean[] {true, true}, NDArray.ones(BOOL, 2).toFlatBooleanArray());
        assertArrayEquals(new double[] {0, 0, 0}, NDArray.zeros(FLOAT32, 3).toFlatDoubleArray());
        assertArrayEquals(new long[] {44, 44}, NDArray.full(UINT8, 300L, 2).toFlatLongArray(), "ints wrap");
        assertArrayEquals(new long[] {-2, -2}, NDArray.full(INT8, -2.9, 2).toFlatLongArray(), "floats truncate");
        assertArrayEquals(new double[] {2.5}, NDArray.full(FLOAT64, 2.5).toFlatDoubleArray());
        assertEquals(0, NDArray.full(FLOAT64, 2.5).ndim(), "no shape means 0-d");
        assertArrayEquals(new boolean[] {false, false}, NDArray.full(BOOL, false, 2).toFlatBooleanArray());
        var e = assertThrows(IllegalArgumentException.class, () -> NDArray.zeros(FLOAT64, -1));
        assertEquals("negative dimensions are not allowed", e.getMessage());
    }

    @Test
    void ofCopiesAndWrapShares() {
        double[] data = {1, 2, 3, 4, 5, 6};
        NDArray copied = NDArray.of(data, 2, 3), shared = NDArray.wrap(data, 3, 2);
        data[0] = 99;
        assertEquals(1, copied.getDouble(0, 0));
        assertEquals(99, shared.getDouble(0, 0));
        shared.setDouble(-1, 2, 1);
        assertEquals(-1, data[5]);
        assertArrayEquals(new int[] {6}, NDArray.wrap(data).shape(), "no shape means 1-d");
        assertArrayEquals(new int[] {}, NDArray.of(new double[] {7}, new int[0]).shape(), "explicit empty shape means 0-d");
        var e = assertThrows(IllegalArgumentException.class, () -> NDArray.of(data, 4));
        assertEquals("cannot reshape array of size 6 into shape (4,)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NDArray.wrap(INT32, new long[2], 2));
    }

    @Test
    void ofMapsEachPrimitiveToItsDtype() {
        assertEquals(FLOAT64, NDArray.of(new double[1]).dtype());
        assertEquals(FLOAT32, NDArray.of(new float[1]).dtype());
        assertEquals(INT64, NDArray.of(new long[1]).dtype());
        assertEquals(INT32, NDArray.of(new int[1]).dtype());
        assertEquals(INT16, NDArray.of(new short[1]).dtype());
        assertEquals(INT8, NDArray.of(new byte[1]).dtype());
        assertEquals(BOOL, NDArray.of(new boolean[1]).dtype());
        assertEquals((short) 200, NDArray.wrap(UINT8, new byte[] {(byte) 200}).get(0));
    }

    @Test
    void randomIsSeededAndInRange() {
        NDArray a = NDArray.random(42, 100, 10), b = NDArray.random(42, 100, 10);
        assertTrue(a.contentEquals(b));
        assertFalse(a.contentEquals(NDArray.random(43, 100, 10)));
        for (double v : a.toFlatDoubleArray()) assertTrue(v >= 0 && v < 1);
        assertEquals(new java.util.SplittableRandom(42).nextDouble(), a.getDouble(0, 0));

        double[] normal = NDArray.randomNormal(7, 20000).toFlatDoubleArray();
        assertTrue(NDArray.randomNormal(7, 20000).contentEquals(NDArray.wrap(normal)));
        double mean = java.util.Arrays.stream(normal).average().orElseThrow();
        double var = java.util.Arrays.stream(normal).map(v -> (v - mean) * (v - mean)).average().orElseThrow();
        assertEquals(0, mean, 0.05);
        assertEquals(1, var, 0.05);
    }
}
