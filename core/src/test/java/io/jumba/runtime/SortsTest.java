package io.jumba.runtime;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.source.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link Sorts} against a reference: Java's stable sort of boxed positions under NumPy's order (NaN last, -0.0 equal
 * to 0.0, uint64 unsigned), on random arrays rich in ties, zeros of both signs and NaNs of several payloads.
 */
class SortsTest {
    private static final SourcePos POS = new SourcePos("k.py", 1, 1, "x");
    private static final double NAN2 = Double.longBitsToDouble(0x7ff8000000000123L);

    /** NumPy's order of two elements of a (read as the interpreter reads them): negative, zero or positive. */
    private static int numpyOrder(NDArray a, int p, int q) {
        DType d = a.dtype();
        if (d.isFloat()) {
            double x = a.readDouble(p), y = a.readDouble(q);
            if (x != x || y != y) return Boolean.compare(x != x, y != y);
            return x < y ? -1 : x > y ? 1 : 0;
        }
        if (d == DType.BOOL) return Boolean.compare(a.readBoolean(p), a.readBoolean(q));
        return d == DType.UINT64 ? Long.compareUnsigned(a.readLong(p), a.readLong(q)) : Long.compare(a.readLong(p), a.readLong(q));
    }

    private static List<Integer> stableOrder(NDArray a) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) order.add(i);
        order.sort(Comparator.comparing((Integer i) -> i, (i, j) -> numpyOrder(a, a.flatIndex(i), a.flatIndex(j))));
        return order;
    }

    private static NDArray random(DType d, int n, Random rnd) {
        NDArray a = NDArray.zeros(d, n);
        double[] specials = {0.0, -0.0, Double.NaN, NAN2, 1.5, -1.5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (int i = 0; i < n; i++) {
            int p = a.flatIndex(i);
            if (d.isFloat()) a.writeDouble(p, rnd.nextInt(3) == 0 ? specials[rnd.nextInt(specials.length)] : rnd.nextInt(20) - 10.25);
            else if (d == DType.BOOL) a.writeLong(p, rnd.nextInt(2));
            else a.writeLong(p, rnd.nextInt(3) == 0 ? rnd.nextLong() : rnd.nextInt(7) - 3);
        }
        return a;
    }

    private static long bits(NDArray a, int i) {
        int p = a.flatIndex(i);
        return a.dtype().isFloat() ? Double.doubleToRawLongBits(a.readDouble(p)) : a.readLong(p);
    }

    @ParameterizedTest
    @EnumSource(value = DType.class, names = {"FLOAT64", "FLOAT32", "INT64", "INT32", "INT16", "INT8", "UINT64", "UINT32",
            "UINT16", "UINT8", "BOOL"})
    void sortAndArgsortAgreeWithAStableSortInNumpysOrder(DType d) {
        Random rnd = new Random(42);
        for (int n : new int[] {0, 1, 2, 5, 31, 32, 33, 100, 1000, 4099}) {
            NDArray a = random(d, n, rnd);
            List<Integer> expected = stableOrder(a);
            NDArray sorted = Sorts.sort(a, POS), idx = Sorts.argsort(a, POS);
            assertEquals(d, sorted.dtype());
            assertEquals(DType.INT64, idx.dtype());
            for (int i = 0; i < n; i++) {
                assertEquals(bits(a, expected.get(i)), bits(sorted, i), d + " n=" + n + " at " + i);
                assertEquals((long) expected.get(i), idx.readLong(idx.flatIndex(i)), d + " n=" + n + " at " + i);
            }
        }
    }

    @Test
    void zerosAndNansKeepTheirOrder() {
        NDArray a = NDArray.zeros(DType.FLOAT64, 6);
        double[] in = {0.0, NAN2, -0.0, Double.NaN, -1.0, 0.0};
        for (int i = 0; i < in.length; i++) a.writeDouble(i, in[i]);
        NDArray s = Sorts.sort(a, POS);
        long[] expected = {Double.doubleToRawLongBits(-1.0), 0L, Double.doubleToRawLongBits(-0.0), 0L,
                Double.doubleToRawLongBits(NAN2), Double.doubleToRawLongBits(Double.NaN)};
        long[] got = new long[6];
        for (int i = 0; i < 6; i++) got[i] = Double.doubleToRawLongBits(s.readDouble(i));
        assertArrayEquals(expected, got);
    }

    @Test
    void aStridedViewSortsItsOwnElementsOnly() {
        NDArray a = NDArray.arange(10.0, 0.0, -1.0);   // 10, 9, ..., 1
        NDArray everyOther = a.view(1, new int[] {5}, new int[] {2});   // 9, 7, 5, 3, 1
        NDArray s = Sorts.sort(everyOther, POS);
        double[] got = new double[5];
        for (int i = 0; i < 5; i++) got[i] = s.readDouble(i);
        assertArrayEquals(new double[] {1, 3, 5, 7, 9}, got);
        assertEquals(10.0, a.readDouble(0), "the input is left as it was");
    }

    @Test
    void anNdArraySortsEachRunAlongItsLastAxis() {
        NDArray m = NDArray.arange(12.0, 0.0, -1.0).reshape(2, 3, 2).transpose();   // shape (2, 3, 2), not C order
        NDArray s = Sorts.sort(m, POS);
        assertArrayEquals(m.shape(), s.shape());
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                double x = m.getDouble(i, j, 0), y = m.getDouble(i, j, 1);
                assertEquals(Math.min(x, y), s.getDouble(i, j, 0));
                assertEquals(Math.max(x, y), s.getDouble(i, j, 1));
            }
        }
    }
}
