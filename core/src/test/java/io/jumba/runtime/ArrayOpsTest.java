package io.jumba.runtime;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.source.SourcePos;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ArrayOpsTest {
    private static final SourcePos POS = new SourcePos("k.py", 2, 1, "x");

    private static double[] values(NDArray a) {
        int[] ps = ArrayOps.positions(a);
        double[] out = new double[ps.length];
        for (int i = 0; i < ps.length; i++) out[i] = a.readDouble(ps[i]);
        return out;
    }

    private static NDArray range(int n) { return ArrayOps.arange(DType.INT64, 0, n, 1, POS); }

    private static NDArray slice(NDArray a, Long lo, Long hi, Long step) {
        int kind = ArrayOps.RANGE | (lo != null ? ArrayOps.HAS_LOWER : 0) | (hi != null ? ArrayOps.HAS_UPPER : 0)
                | (step != null ? ArrayOps.HAS_STEP : 0);
        return ArrayOps.view(a, new int[] {kind},
                new long[] {lo == null ? 0 : lo, hi == null ? 0 : hi, step == null ? 0 : step}, POS);
    }

    @Test
    void slicesClampLikePython() {
        NDArray a = range(10);
        assertArrayEquals(new double[] {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, values(slice(a, null, null, -1L)));
        assertArrayEquals(new double[] {2, 5, 8}, values(slice(a, 2L, 100L, 3L)));
        assertArrayEquals(new double[] {7, 8}, values(slice(a, -3L, -1L, null)));
        assertArrayEquals(new double[] {}, values(slice(a, 5L, 2L, null)));
        assertArrayEquals(new double[] {9, 7}, values(slice(a, 100L, 6L, -2L)));
        assertArrayEquals(new double[] {0, 1, 2}, values(slice(a, -100L, 3L, null)));
        assertEquals("slice step cannot be zero",
                assertThrows(KernelRuntimeError.class, () -> slice(a, null, null, 0L)).detail());
    }

    @Test
    void integerIndexDropsADimensionAndChecksBounds() {
        NDArray m = range(6).view(0, new int[] {2, 3}, new int[] {3, 1});
        NDArray row = ArrayOps.view(m, new int[] {ArrayOps.AT}, new long[] {-1, 0, 0}, POS);
        assertArrayEquals(new double[] {3, 4, 5}, values(row));
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class,
                () -> ArrayOps.view(m, new int[] {ArrayOps.AT}, new long[] {2, 0, 0}, POS));
        assertEquals("index 2 is out of bounds for axis 0 with size 2", e.detail());
        assertEquals("index -4 is out of bounds for axis 1 with size 3",
                assertThrows(KernelRuntimeError.class, () -> ArrayOps.position(m, new long[] {0, -4}, POS)).detail());
    }

    @Test
    void rowIsTheViewWithOneIndex() {
        NDArray t = range(24).view(16, new int[] {3, 2, 3}, new int[] {-8, 3, 1});  // a negative leading stride
        for (long i = -3; i < 3; i++) {
            NDArray general = ArrayOps.view(t, new int[] {ArrayOps.AT}, new long[] {i, 0, 0}, POS);
            NDArray row = ArrayOps.row(t, i, POS);
            assertArrayEquals(general.longShape(), row.longShape());
            assertArrayEquals(general.longStrides(), row.longStrides());
            assertArrayEquals(values(general), values(row));
        }
        assertEquals("index -4 is out of bounds for axis 0 with size 3",
                assertThrows(KernelRuntimeError.class, () -> ArrayOps.row(t, -4, POS)).detail());
        assertEquals("index 3 is out of bounds for axis 0 with size 3",
                assertThrows(KernelRuntimeError.class, () -> ArrayOps.row(t, 3, POS)).detail());
    }

    @Test
    void arangeAndLinspaceAsNumpy() {
        assertArrayEquals(new double[] {5, 3, 1}, values(ArrayOps.arange(DType.INT64, 5, 0, -2, POS)));
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75}, values(ArrayOps.arange(DType.FLOAT64, 0.0, 1.0, 0.25, POS)));
        assertArrayEquals(new double[] {0, 0.25, 0.5, 0.75, 1.0}, values(ArrayOps.linspace(DType.FLOAT64, 0, 1, 5, POS)));
        assertEquals(0, ArrayOps.linspace(DType.FLOAT64, 0, 1, 0, POS).size());
        assertEquals("negative dimensions are not allowed", assertThrows(KernelRuntimeError.class,
                () -> ArrayOps.alloc(DType.FLOAT64, new long[] {-1}, false, POS)).detail());
    }
}
