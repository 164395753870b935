package io.jumba.array;

import org.junit.jupiter.api.Test;

import static io.jumba.array.DType.*;
import static org.junit.jupiter.api.Assertions.*;

/** Views, copies and casts; expected values were computed with NumPy 1.24. */
class NDArrayViewTest {
    private static long[] sliced(Integer start, Integer stop, int step) {
        return NDArray.arange(10).slice(0, start, stop, step).toFlatLongArray();
    }

    @Test
    void sliceFollowsPythonClamping() {
        assertArrayEquals(new long[] {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, sliced(null, null, -1));
        assertArrayEquals(new long[] {7, 8, 9}, sliced(-3, null, 1));
        assertArrayEquals(new long[] {8, 6, 4}, sliced(8, 2, -2));
        assertArrayEquals(new long[] {0, 3, 6, 9}, sliced(-100, 100, 3));
        assertArrayEquals(new long[] {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, sliced(100, null, -1));
        assertArrayEquals(new long[] {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, sliced(null, -100, -1));
        assertArrayEquals(new long[] {}, sliced(5, 2, 1));
        assertArrayEquals(new long[] {9, 6, 3, 0}, sliced(-1, -11, -3));
        assertArrayEquals(new long[] {0, 4, 8}, sliced(null, null, 4));
        assertThrows(IllegalArgumentException.class, () -> sliced(null, null, 0));
    }

    @Test
    void slicesAndIndicesCompose() {
        NDArray b = NDArray.arange(24).reshape(2, 3, 4);
        // b[:, ::-1, 1]
        NDArray v = b.slice(1, null, null, -1).index(2, 1);
        assertArrayEquals(new int[] {2, 3}, v.shape());
        assertArrayEquals(new long[] {9, 5, 1, 21, 17, 13}, v.toFlatLongArray());
        // b[1, :, ::2]
        assertArrayEquals(new long[] {12, 14, 16, 18, 20, 22}, b.index(0, 1).slice(-1, null, null, 2).toFlatLongArray());
        // b[-1, -1, -1]
        assertEquals(23L, b.index(0, -1).index(0, -1).index(0, -1).get());
        // views share storage
        b.slice(2, 1, 2, 1).index(0, 0).setLong(-7, 0, 0);
        assertEquals(-7, b.getLong(0, 0, 1));
    }

    @Test
    void indexOutOfBoundsHasNumpysMessage() {
        NDArray a = NDArray.zeros(FLOAT64, 3, 4);
        assertEquals("index 5 is out of bounds for axis 1 with size 4",
                assertThrows(IndexOutOfBoundsException.class, () -> a.index(1, 5)).getMessage());
        assertEquals("index -4 is out of bounds for axis 0 with size 3",
                assertThrows(IndexOutOfBoundsException.class, () -> a.index(0, -4)).getMessage());
        assertEquals("axis 3 is out of bounds for array of dimension 2",
                assertThrows(IllegalArgumentException.class, () -> a.index(3, 0)).getMessage());
    }

    @Test
    void broadcasting() {
        assertArrayEquals(new int[] {2, 4, 3}, NDArray.broadcastShapes(new int[] {2, 1, 3}, new int[] {4, 1}, new int[] {3}));
        assertArrayEquals(new int[] {0}, NDArray.broadcastShapes(new int[] {}, new int[] {0}));
        assertArrayEquals(new int[] {5, 0}, NDArray.broadcastShapes(new int[] {1, 0}, new int[] {5, 1}));
        assertEquals("shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape (3,) and arg 1 with shape (4,).",
                assertThrows(IllegalArgumentException.class, () -> NDArray.broadcastShapes(new int[] {3}, new int[] {4})).getMessage());

        NDArray row = NDArray.of(new long[] {1, 2, 3});
        NDArray b = row.broadcastTo(2, 3);
        assertArrayEquals(new long[] {1, 2, 3, 1, 2, 3}, b.toFlatLongArray());
        assertArrayEquals(new int[] {0, 1}, b.strides());
        assertEquals("operands could not be broadcast together with remapped shapes [original->remapped]: (3,)  and requested shape (2,4)",
                assertThrows(IllegalArgumentException.class, () -> row.broadcastTo(2, 4)).getMessage());
        assertEquals("operands could not be broadcast together with remapped shapes [original->remapped]: (2,3)  and requested shape (2,4)",
                assertThrows(IllegalArgumentException.class, () -> NDArray.zeros(FLOAT64, 2, 3).broadcastTo(2, 4)).getMessage());
        assertEquals("input operand has more dimensions than allowed by the axis remapping",
                assertThrows(IllegalArgumentException.class, () -> NDArray.zeros(FLOAT64, 2, 3).broadcastTo(3)).getMessage());
    }

    @Test
    void reshapeAndRavel() {
        NDArray a = NDArray.arange(6);
        NDArray r = a.reshape(2, -1);
        assertArrayEquals(new int[] {2, 3}, r.shape());
        assertSame(a.data(), r.data(), "contiguous reshape is a view");
        assertEquals("cannot reshape array of size 6 into shape (4,)",
                assertThrows(IllegalArgumentException.class, () -> a.reshape(4)).getMessage());
        assertEquals("can only specify one unknown dimension",
                assertThrows(IllegalArgumentException.class, () -> a.reshape(-1, -1)).getMessage());
        // b.transpose().ravel() for b = np.arange(24).reshape(2, 3, 4)
        NDArray t = NDArray.arange(24).reshape(2, 3, 4).transpose();
        assertArrayEquals(new long[] {0, 12, 4, 16, 8, 20, 1, 13, 5, 17, 9, 21, 2, 14, 6, 18, 10, 22, 3, 15, 7, 19, 11, 23},
                t.ravel().toFlatLongArray());
        assertNotSame(t.data(), t.ravel().data(), "non-contiguous ravel copies");
    }

    @Test
    void copyInEitherOrder() {
        NDArray b = NDArray.arange(24).reshape(2, 3, 4);
        NDArray f = b.copy('F');
        assertArrayEquals(new int[] {1, 2, 6}, f.strides(), "np.asfortranarray(b).strides / itemsize");
        assertTrue(f.isFContiguous());
        assertTrue(f.contentEquals(b));
        NDArray c = f.copy();
        assertTrue(c.isCContiguous());
        assertTrue(c.contentEquals(b));
        c.setLong(100, 0, 0, 0);
        assertEquals(0, b.getLong(0, 0, 0), "copies do not share");
        assertThrows(IllegalArgumentException.class, () -> b.copy('K'));
    }

    @Test
    void astypeMatchesNumpy() {
        NDArray floats = GoldenFiles.read("op_astype_in.npy");
        for (DType target : new DType[] {BOOL, INT8, UINT8, INT16, INT32, INT64, FLOAT32}) {
            NDArray expected = GoldenFiles.read("op_astype_float64_to_" + target.numpyName() + ".npy");
            assertTrue(floats.astype(target).contentEquals(expected), () -> target + ": " + floats.astype(target) + " vs " + expected);
        }
        NDArray ints = GoldenFiles.read("op_astype_int_in.npy");
        for (DType target : new DType[] {BOOL, INT8, UINT8, INT16, INT32, FLOAT32, FLOAT64}) {
            NDArray expected = GoldenFiles.read("op_astype_int64_to_" + target.numpyName() + ".npy");
            assertTrue(ints.astype(target).contentEquals(expected), () -> target + ": " + ints.astype(target) + " vs " + expected);
        }
    }

    @Test
    void contentEqualsComparesDtypeShapeAndElements() {
        NDArray a = NDArray.of(new double[] {1, Double.NaN});
        assertTrue(a.contentEquals(NDArray.of(new double[] {1, Double.NaN})), "NaN equals NaN");
        assertFalse(a.contentEquals(NDArray.of(new float[] {1, Float.NaN})), "dtype differs");
        assertFalse(a.contentEquals(NDArray.of(new double[] {1, Double.NaN}, 2, 1)), "shape differs");
        assertFalse(a.contentEquals(NDArray.of(new double[] {1, 2})));
        assertNotEquals(a, NDArray.of(new double[] {1, Double.NaN}), "equals stays identity");
    }

    @Test
    void reprOfViewsAndSpecialShapes() {
        // repr(np.arange(24).reshape(2, 3, 4)[:, ::-1, 1]) and friends
        assertEquals("array([[ 9,  5,  1],\n       [21, 17, 13]])",
                NDArray.arange(24).reshape(2, 3, 4).slice(1, null, null, -1).index(2, 1).toString());
        assertEquals("array([], shape=(2, 0), dtype=float64)", NDArray.zeros(FLOAT64, 2, 0).toString());
        assertEquals("array([], dtype=int32)", NDArray.zeros(INT32, 0).toString());
        assertEquals("array(3, dtype=int32)", NDArray.full(INT32, 3L).toString());
        assertEquals("array([nan])", NDArray.of(new double[] {Double.NaN}).toString());
        assertEquals("array([-1.e-05,     nan])", NDArray.of(new double[] {-1e-5, Double.NaN}).toString());
        assertEquals("array([1.23456789e+08, 1.00000000e+00])", NDArray.of(new double[] {123456789.0, 1}).toString());
    }
}
