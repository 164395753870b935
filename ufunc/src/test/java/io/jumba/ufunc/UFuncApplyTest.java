package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.UFuncException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class UFuncApplyTest {
    @Test void addsWithBroadcasting() {
        NDArray a = NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        NDArray b = NDArray.of(new double[] {10, 20, 30});
        NDArray r = (NDArray) UFuncs.add.call(a, b);
        assertArrayEquals(new int[] {2, 3}, r.shape());
        assertArrayEquals(new double[] {11, 22, 33, 14, 25, 36}, r.toFlatDoubleArray());
    }

    @Test void scalarsGiveScalars() {
        assertEquals(5L, UFuncs.add.call(2L, 3L));
        assertEquals(2.0, UFuncs.sqrt.call(4L));
        assertEquals(true, UFuncs.less.call(1L, 2.5));
    }

    /** A ufunc that exists only through its registry entry (io.jumba.runtime.MathFn.LOGADDEXP). */
    @Test void logaddexpComesFromTheRegistry() {
        UFunc f = UFuncs.byName("logaddexp");
        assertEquals(2.313261687518223, (Double) f.call(1.0, 2.0), 1e-15);
        assertEquals(2.313261687518223, (Double) f.call(2L, 1L), 1e-15);
        assertEquals(Double.NEGATIVE_INFINITY, f.reduce(NDArray.of(new double[0])));
        NDArray r = (NDArray) f.call(NDArray.of(new float[] {1, 0}), NDArray.of(new float[] {2, 0}));
        assertEquals(DType.FLOAT32, r.dtype());
        assertEquals(2.3132617f, (float) r.getDouble(0));
        assertEquals((float) Math.log(2), (float) r.getDouble(1));
    }

    @Test void loopSelectionFollowsNumPy2() {
        NDArray f32 = NDArray.of(new float[] {1, 2});
        NDArray i8 = NDArray.of(new byte[] {1, 2});
        assertEquals(DType.FLOAT32, ((NDArray) UFuncs.add.call(f32, 1.5)).dtype());
        assertEquals(DType.FLOAT64, ((NDArray) UFuncs.add.call(i8, 1.5)).dtype());
        assertEquals(DType.INT8, ((NDArray) UFuncs.add.call(i8, 2L)).dtype());
        assertEquals(DType.INT8, ((NDArray) UFuncs.add.call(i8, 2)).dtype());
        UFuncException e = assertThrows(UFuncException.class, () -> UFuncs.add.call(i8, 200L));
        assertEquals("OverflowError", e.pythonName());
        assertEquals("Python integer 200 out of bounds for int8", e.getMessage());
        assertArrayEquals(new boolean[] {true, true}, ((NDArray) UFuncs.less.call(i8, 200L)).toFlatBooleanArray());
        assertEquals(DType.FLOAT64, ((NDArray) UFuncs.add.call(f32, NDArray.full(DType.FLOAT64, 2.0))).dtype());
        assertEquals(DType.FLOAT32, ((NDArray) UFuncs.add.call(i8, 2.5f)).dtype());
        assertEquals(DType.INT64, ((NDArray) UFuncs.add.call(NDArray.of(new boolean[] {true}), 200L)).dtype());
        assertEquals(DType.FLOAT64, ((NDArray) UFuncs.add.call(f32, NDArray.of(new long[] {1, 2}))).dtype());
        assertEquals(DType.FLOAT32, ((NDArray) UFuncs.sqrt.call(i8)).dtype());
        assertEquals(DType.FLOAT64, ((NDArray) UFuncs.sqrt.call(NDArray.of(new long[] {4}))).dtype());
        assertEquals(DType.BOOL, ((NDArray) UFuncs.add.call(NDArray.of(new boolean[] {true}), true)).dtype());
    }

    @Test void intDivisionByZeroGivesZeroAndSignsFollowPython() {
        NDArray a = NDArray.of(new long[] {5, -5, 7});
        NDArray b = NDArray.of(new long[] {0, 3, -2});
        assertArrayEquals(new long[] {0, -2, -4}, ((NDArray) UFuncs.floorDivide.call(a, b)).toFlatLongArray());
        assertArrayEquals(new long[] {0, 1, -1}, ((NDArray) UFuncs.remainder.call(a, b)).toFlatLongArray());
        assertEquals(1.0, UFuncs.remainder.call(-5.0, 3.0));
    }

    @Test void outWhereDtypeAndCasting() {
        NDArray a = NDArray.of(new double[] {1, 2, 3});
        NDArray out = NDArray.of(new double[] {-1, -1, -1});
        UFuncs.multiply.on(a, 2.0).out(out).where(NDArray.of(new boolean[] {true, false, true})).run();
        assertArrayEquals(new double[] {2, -1, 6}, out.toFlatDoubleArray());
        UFuncException e = assertThrows(UFuncException.class,
                () -> UFuncs.add.call(a, a, NDArray.empty(DType.INT64, 3)));
        assertEquals("Cannot cast ufunc 'add' output from dtype('float64') to dtype('int64') with casting rule 'same_kind'",
                e.getMessage());
        assertArrayEquals(new double[] {2, 3, 4}, UFuncs.add.on(a, 1L).casting(Casting.NO).run().toFlatDoubleArray());
        e = assertThrows(UFuncException.class, () -> UFuncs.add.on(NDArray.of(new long[] {1}), 1.5).casting(Casting.NO).run());
        assertEquals("Cannot cast ufunc 'add' input 0 from dtype('int64') to dtype('float64') with casting rule 'no'",
                e.getMessage());
        NDArray r = UFuncs.add.on(NDArray.of(new long[] {100, 27}), 100L).dtype(DType.INT8).run();
        assertEquals(DType.INT8, r.dtype());
        assertArrayEquals(new long[] {-56, 127}, r.toFlatLongArray());
        e = assertThrows(UFuncException.class, () -> UFuncs.sqrt.on(a).dtype(DType.INT64).run());
        assertEquals("No loop matching the specified signature and casting was found for ufunc sqrt", e.getMessage());
    }

    @Test void shapeErrorsAreNumPys() {
        UFuncException e = assertThrows(UFuncException.class,
                () -> UFuncs.add.call(NDArray.empty(DType.FLOAT64, 3), NDArray.empty(DType.FLOAT64, 4)));
        assertEquals("operands could not be broadcast together with shapes (3,) (4,) ", e.getMessage());
        e = assertThrows(UFuncException.class, () -> UFuncs.add.call(NDArray.empty(DType.FLOAT64, 3),
                NDArray.empty(DType.FLOAT64, 2, 3), NDArray.empty(DType.FLOAT64, 3)));
        assertEquals("non-broadcastable output operand with shape (3,) doesn't match the broadcast shape (2,3)", e.getMessage());
        e = assertThrows(UFuncException.class, () -> UFuncs.add.call(1L, 2L, 3L, 4L));
        assertEquals("add() takes from 2 to 3 positional arguments but 4 were given", e.getMessage());
        e = assertThrows(UFuncException.class, () -> UFuncs.leftShift.call(NDArray.empty(DType.FLOAT64, 3), 1L));
        assertTrue(e.getMessage().startsWith("ufunc 'left_shift' not supported for the input types"));
    }

    @Test void zeroSizeAndNonContiguous() {
        NDArray empty = (NDArray) UFuncs.add.call(NDArray.empty(DType.FLOAT64, 0, 3), NDArray.empty(DType.FLOAT64, 3));
        assertArrayEquals(new int[] {0, 3}, empty.shape());
        NDArray a = NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3);
        NDArray r = (NDArray) UFuncs.multiply.call(a.transpose(), a.transpose().slice(0, null, null, -1));
        assertArrayEquals(new double[] {3 * 1, 6 * 4, 2 * 2, 5 * 5, 1 * 3, 4 * 6}, r.toFlatDoubleArray());
    }
}
