package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class UFuncMethodsTest {
    private final NDArray m = NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);

    @Test void reduceAlongAxesWithOptions() {
        assertArrayEquals(new double[] {5, 7, 9}, ((NDArray) UFuncs.add.reduce(m)).toFlatDoubleArray());
        assertArrayEquals(new double[] {6, 120}, ((NDArray) UFuncs.multiply.reducer(m).axis(1).run()).toFlatDoubleArray());
        assertEquals(21.0, UFuncs.add.reducer(m).axis((int[]) null).run());
        assertEquals(21.0, UFuncs.add.reducer(m).axis(0, 1).run());
        NDArray kept = (NDArray) UFuncs.add.reducer(m).axis(1).keepdims(true).initial(10.0).run();
        assertArrayEquals(new int[] {2, 1}, kept.shape());
        assertArrayEquals(new double[] {16, 25}, kept.toFlatDoubleArray());
        NDArray mask = NDArray.of(new boolean[] {true, false, true});
        assertArrayEquals(new double[] {4, 10}, ((NDArray) UFuncs.add.reducer(m).axis(1).where(mask).run()).toFlatDoubleArray());
        assertEquals(6.0, UFuncs.maximum.reducer(m).axis((int[]) null).run());
        assertEquals(-4.0, UFuncs.subtract.reduce(NDArray.of(new double[] {1, 2, 3})));
    }

    @Test void reduceTypesAndErrors() {
        NDArray i8 = NDArray.of(new byte[] {100, 100});
        assertEquals(200L, UFuncs.add.reduce(i8));
        assertEquals((byte) 100, UFuncs.maximum.reduce(i8));
        assertEquals(false, UFuncs.logicalAnd.reduce(NDArray.of(new double[] {1, 0})));
        assertEquals(0.0, UFuncs.add.reduce(NDArray.empty(DType.FLOAT64, 0)));
        assertArrayEquals(new int[] {0}, ((NDArray) UFuncs.add.reduce(NDArray.empty(DType.FLOAT64, 2, 0))).shape());
        UFuncException e = assertThrows(UFuncException.class, () -> UFuncs.maximum.reduce(NDArray.empty(DType.FLOAT64, 0)));
        assertEquals("zero-size array to reduction operation maximum which has no identity", e.getMessage());
        e = assertThrows(UFuncException.class, () -> UFuncs.add.reducer(m).axis(2).run());
        assertEquals("axis 2 is out of bounds for array of dimension 2", e.getMessage());
        e = assertThrows(UFuncException.class, () -> UFuncs.sqrt.reduce(m));
        assertEquals("reduce only supported for binary functions", e.getMessage());
    }

    @Test void accumulateReduceatOuterAt() {
        assertArrayEquals(new double[] {1, 2, 3, 5, 7, 9}, UFuncs.add.accumulate(m, 0).toFlatDoubleArray());
        assertArrayEquals(new double[] {1, 2, 6, 4, 20, 120}, UFuncs.multiply.accumulate(m, 1).toFlatDoubleArray());
        NDArray x = NDArray.of(new long[] {0, 1, 2, 3, 4, 5, 6, 7});
        assertArrayEquals(new long[] {6, 4, 21, 7}, UFuncs.add.reduceat(x, new long[] {0, 4, 1, 7}, 0).toFlatLongArray());
        NDArray o = UFuncs.multiply.outer(NDArray.of(new long[] {1, 2, 3}), NDArray.of(new long[] {10, 20}));
        assertArrayEquals(new int[] {3, 2}, o.shape());
        assertArrayEquals(new long[] {10, 20, 20, 40, 30, 60}, o.toFlatLongArray());
        NDArray a = NDArray.of(new double[] {1, 2, 3, 4});
        UFuncs.add.at(a, NDArray.of(new long[] {0, 1, 0, -1}), 1.0);
        assertArrayEquals(new double[] {3, 3, 3, 5}, a.toFlatDoubleArray());
        UFuncs.negative.at(a, NDArray.of(new long[] {1}));
        assertArrayEquals(new double[] {3, -3, 3, 5}, a.toFlatDoubleArray());
    }

    @Test void atTakesIndicesNotBoolMasks() {
        NDArray a = NDArray.of(new double[] {1, 2});
        var e = assertThrows(UFuncException.class, () -> UFuncs.add.at(a, NDArray.of(new boolean[] {true, false}), 1.0));
        assertEquals("IndexError", e.pythonName());
        assertArrayEquals(new double[] {1, 2}, a.toFlatDoubleArray());
    }
}
