package io.jumba.array;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Expected strings are what CPython 3 / NumPy 1.24 print. */
class PythonReprTest {
    private static NDArray doubles(int[] shape, double... v) {
        return new NDArray(DType.FLOAT64, v, 0, shape, NDArray.cStrides(shape));
    }

    @Test
    void scalarsAndTuples() {
        assertEquals("None", PythonRepr.of(null));
        assertEquals("True", PythonRepr.of(true));
        assertEquals("-3", PythonRepr.of(-3L));
        assertEquals("7", PythonRepr.of(7));
        assertEquals("(1, 2.5)", PythonRepr.of(new Object[]{1L, 2.5}));
        assertEquals("(1,)", PythonRepr.of(new Object[]{1L}));
    }

    @Test
    void floatsAsPython() {
        assertEquals("2.5", PythonRepr.ofFloat(2.5));
        assertEquals("1e+16", PythonRepr.ofFloat(1e16));
        assertEquals("1e-05", PythonRepr.ofFloat(1e-5));
        assertEquals("0.0001", PythonRepr.ofFloat(0.0001));
        assertEquals("1000000000000000.0", PythonRepr.ofFloat(1e15));
        assertEquals("0.1", PythonRepr.ofFloat(0.1));
        assertEquals("-0.0", PythonRepr.ofFloat(-0.0));
        assertEquals("123456789.123", PythonRepr.ofFloat(123456789.123));
        assertEquals("0.3333333333333333", PythonRepr.ofFloat(1.0 / 3));
        assertEquals("nan", PythonRepr.ofFloat(Double.NaN));
        assertEquals("-inf", PythonRepr.ofFloat(Double.NEGATIVE_INFINITY));
        assertEquals("1.5", PythonRepr.of(1.5f));
        assertEquals("100.0", PythonRepr.ofFloat(100.0));
        assertEquals("83208375.0", PythonRepr.ofFloat(83208375.0));
        assertEquals("0.00123", PythonRepr.ofFloat(0.00123));
        assertEquals("1234567890123456.0", PythonRepr.ofFloat(1234567890123456.0));
        assertEquals("1.2345678901234568e+16", PythonRepr.ofFloat(12345678901234567.0));
        assertEquals("1e+22", PythonRepr.ofFloat(1e22));
        assertEquals("1.5e-07", PythonRepr.ofFloat(1.5e-7));
        assertEquals("-2.5e-10", PythonRepr.ofFloat(-2.5e-10));
        assertEquals("1.7976931348623157e+308", PythonRepr.ofFloat(Double.MAX_VALUE));
    }

    @Test
    void arraysAsNumpy() {
        assertEquals("array([1., 2.])", PythonRepr.of(doubles(new int[]{2}, 1, 2)));
        assertEquals("array([1.5, 2. ])", PythonRepr.of(doubles(new int[]{2}, 1.5, 2)));
        assertEquals("array([1.5e-05, 1.0e+08])", PythonRepr.of(doubles(new int[]{2}, 1.5e-5, 1e8)));
        assertEquals("array([nan,  1.])", PythonRepr.of(doubles(new int[]{2}, Double.NaN, 1)));
        assertEquals("array([-inf,  1.5])", PythonRepr.of(doubles(new int[]{2}, Double.NEGATIVE_INFINITY, 1.5)));
        assertEquals("array(5.)", PythonRepr.of(doubles(new int[0], 5)));
        assertEquals("array([], dtype=float64)", PythonRepr.of(doubles(new int[]{0})));
        assertEquals("array([[0., 1.],\n       [2., 3.]])", PythonRepr.of(doubles(new int[]{2, 2}, 0, 1, 2, 3)));
        assertEquals("array([ 1, 22])", PythonRepr.of(new NDArray(DType.INT64, new long[]{1, 22}, 0, new int[]{2}, new int[]{1})));
        assertEquals("array([1, 2], dtype=int32)", PythonRepr.of(new NDArray(DType.INT32, new int[]{1, 2}, 0, new int[]{2}, new int[]{1})));
        assertEquals("array([], shape=(0, 3), dtype=float64)", PythonRepr.of(doubles(new int[]{0, 3})));
        assertEquals("array([1.1, 2.5], dtype=float32)",
                PythonRepr.of(new NDArray(DType.FLOAT32, new float[]{1.1f, 2.5f}, 0, new int[]{2}, new int[]{1})));
        assertEquals("array([ True, False])", PythonRepr.of(new NDArray(DType.BOOL, new boolean[]{true, false}, 0, new int[]{2}, new int[]{1})));
    }

    @Test
    void longRowsWrapAndLargeArraysSummarize() {
        double[] thirty = new double[30];
        for (int i = 0; i < 30; i++) thirty[i] = i;
        assertEquals("array([ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10., 11., 12.,\n"
                + "       13., 14., 15., 16., 17., 18., 19., 20., 21., 22., 23., 24., 25.,\n"
                + "       26., 27., 28., 29.])", PythonRepr.of(doubles(new int[]{30}, thirty)));
        long[] many = new long[2000];
        for (int i = 0; i < many.length; i++) many[i] = i;
        assertEquals("array([   0,    1,    2, ..., 1997, 1998, 1999])",
                PythonRepr.of(new NDArray(DType.INT64, many, 0, new int[]{2000}, new int[]{1})));
        double[] eighths = new double[8];
        for (int i = 0; i < 8; i++) eighths[i] = i / 3.0;
        assertEquals("array([[[0.        , 0.33333333],\n        [0.66666667, 1.        ]],\n\n"
                + "       [[1.33333333, 1.66666667],\n        [2.        , 2.33333333]]])",
                PythonRepr.of(doubles(new int[]{2, 2, 2}, eighths)));
    }
}
