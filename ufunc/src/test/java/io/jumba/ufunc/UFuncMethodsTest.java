package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.UFuncException;
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

    /**
     * A reduction folds each output's line in one kernel call: the number of calls is the number of outputs (or of
     * slices, when there are fewer), not the number of elements, and every output is the sequential fold of its
     * line, bit for bit, compiled as in the interpreter.
     */
    @Test void reduceMakesOneKernelCallPerOutputNotPerElement() {
        for (Engine engine : new Engine[] {Engine.fromSystemProperties(), new Engine.Interpreted()}) {
            UFunc plus = UFunc.builder("plus").identity(0).engine(engine).loop("ll->l", x -> x.get(0).add(x.get(1)))
                    .loop("dd->d", x -> x.get(0).add(x.get(1))).build();
            NDArray v = NDArray.randomNormal(7, 10_000);
            assertEquals(sequentialSum(v, 0, 10_000, 1, 0.0, true), calls(plus, () -> plus.reduce(v), 1));

            NDArray tall = NDArray.randomNormal(8, 500, 3);
            NDArray columns = (NDArray) calls(plus, () -> plus.reducer(tall).axis(0).run(), 3);
            for (int j = 0; j < 3; j++) {
                assertEquals(sequentialSum(tall, j, 500, 3, 0.0, true), columns.getDouble(j));
            }
            // 500 outputs of 3 elements: one element-wise call per slice (3), each over all outputs.
            NDArray rows = (NDArray) calls(plus, () -> plus.reducer(tall).axis(1).keepdims(true).initial(0.5).run(), 3);
            assertArrayEquals(new int[] {500, 1}, rows.shape());
            assertEquals(sequentialSum(tall, 3 * 17, 3, 1, 0.5, false), rows.getDouble(17, 0));
            NDArray wide = NDArray.randomNormal(9, 3, 500);
            assertEquals(500, ((NDArray) calls(plus, () -> plus.reducer(wide).axis(0).run(), 2)).size());
            NDArray narrow = (NDArray) calls(plus, () -> plus.reducer(wide).axis(1).initial(0.5).run(), 3);
            assertEquals(sequentialSum(wide, 500, 500, 1, 0.5, false), narrow.getDouble(1));
            // Every axis of a contiguous array is one line (int64, the ll->l loop).
            NDArray ints = NDArray.arange(0L, 6000L, 1L).reshape(20, 300);
            assertEquals(6000L * 5999 / 2, calls(plus, () -> plus.reducer(ints).axis((int[]) null).run(), 1));
        }
    }

    /** The kernel calls one run makes, asserted, and its result. */
    private static Object calls(UFunc f, java.util.function.Supplier<Object> run, long expected) {
        long before = f.kernelCalls();
        Object r = run.get();
        assertEquals(expected, f.kernelCalls() - before, "kernel calls");
        return r;
    }

    /** a's flat elements start, start+step, ... (n of them) added in order, from the first or from initial. */
    private static double sequentialSum(NDArray a, int start, int n, int step, double initial, boolean fromFirst) {
        NDArray flat = a.copy().reshape(a.size());
        double s = fromFirst ? flat.getDouble(start) : initial;
        for (int i = fromFirst ? 1 : 0; i < n; i++) s += flat.getDouble(start + i * step);
        return s;
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
