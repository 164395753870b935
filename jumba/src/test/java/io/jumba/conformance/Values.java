package io.jumba.conformance;

import io.jumba.array.Complex;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.conformance.ConformanceCase.Expected;
import io.jumba.types.NamedTupleValue;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Comparisons of kernel results: ints and bools exactly, floats within {@code atol + rtol * |expected|}
 * (NumPy's isclose), NaN equal to NaN, infinities exactly. Boxed types must follow Jumba's conventions
 * (int64 → Long, float32 → Float, ...).
 */
final class Values {
    private Values() {}

    /** Asserts that {@code actual} is the expected value of a NumPy scalar type, array, or None. */
    static void assertExpected(String what, Expected expected, NDArray expectedArray, Object actual, double rtol,
                               double atol) {
        switch (expected) {
            case Expected.None n -> assertNull(actual, what + ": expected None");
            case Expected.Array a -> assertArrayClose(what, expectedArray, assertInstanceOf(NDArray.class, actual,
                    what + ": expected an array"), rtol, atol);
            case Expected.Scalar s -> {
                Class<?> boxed = boxedClass(s.numpyType());
                assertInstanceOf(boxed, actual, what + ": expected a " + s.numpyType() + " as " + boxed.getSimpleName());
                assertScalarClose(what, s.value(), actual, rtol, atol);
            }
            case Expected.ListOf l -> {
                java.util.List<?> items = assertInstanceOf(java.util.List.class, actual, what + ": expected a list");
                assertEquals(l.elements().size(), items.size(), what + ": list length " + items);
                for (int i = 0; i < items.size(); i++) assertItem(what + "[" + i + "]", l.elements().get(i), items.get(i), rtol, atol);
            }
            case Expected.Tuple t -> {
                Object[] items = assertInstanceOf(Object[].class, actual, what + ": expected a tuple");
                assertEquals(t.elements().size(), items.length, what + ": tuple length");
                for (int i = 0; i < items.length; i++) assertItem(what + "[" + i + "]", t.elements().get(i), items[i], rtol, atol);
            }
        }
    }

    /** An item of a list or tuple: an expected array is read from its file. */
    private static void assertItem(String what, Expected expected, Object actual, double rtol, double atol) {
        NDArray array = null;
        if (expected instanceof Expected.Array a) {
            try {
                array = io.jumba.array.Npy.read(a.file());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assertExpected(what, expected, array, actual, rtol, atol);
    }

    /** Asserts that two results of the same kernel (e.g. compiled and interpreted) agree, recursively for tuples. */
    static void assertSameResult(String what, Object a, Object b, double rtol, double atol) {
        if (a == null || b == null) {
            assertTrue(a == null && b == null, what + ": " + a + " vs " + b);
        } else if (a instanceof Object[] ta) {
            Object[] tb = assertInstanceOf(Object[].class, b, what + ": tuple vs " + b);
            assertEquals(ta.length, tb.length, what + ": tuple length");
            for (int i = 0; i < ta.length; i++) assertSameResult(what + "[" + i + "]", ta[i], tb[i], rtol, atol);
        } else if (a instanceof NamedTupleValue na) {
            NamedTupleValue nb = assertInstanceOf(NamedTupleValue.class, b, what + ": namedtuple vs " + b);
            assertEquals(na.name() + na.fields(), nb.name() + nb.fields(), what + ": namedtuple class");
            assertSameResult(what, na.toArray(), nb.toArray(), rtol, atol);
        } else if (a instanceof java.util.List<?> la) {
            java.util.List<?> lb = assertInstanceOf(java.util.List.class, b, what + ": list vs " + b);
            assertEquals(la.size(), lb.size(), what + ": list length");
            for (int i = 0; i < la.size(); i++) assertSameResult(what + "[" + i + "]", la.get(i), lb.get(i), rtol, atol);
        } else if (a instanceof NDArray na) {
            assertArrayClose(what, na, assertInstanceOf(NDArray.class, b, what + ": array vs " + b), rtol, atol);
        } else {
            assertEquals(a.getClass(), b.getClass(), what + ": boxed types differ");
            assertScalarClose(what, a instanceof Boolean ? a : toComparable(a), b, rtol, atol);
        }
    }

    /** Asserts equal dtype and shape and element-wise closeness (exact for ints and bools). */
    static void assertArrayClose(String what, NDArray expected, NDArray actual, double rtol, double atol) {
        assertEquals(expected.dtype(), actual.dtype(), what + ": dtype");
        assertArrayEquals(expected.shape(), actual.shape(), what + ": shape " + Arrays.toString(actual.shape()));
        int[] index = new int[expected.ndim()];
        for (int n = 0; n < expected.size(); n++) {
            String at = what + " at " + Arrays.toString(index);
            DType dt = expected.dtype();
            if (dt.isFloat()) {
                assertFloatClose(at, expected.getDouble(index), actual.getDouble(index), rtol, atol);
            } else if (dt.isComplex()) {
                assertComplexClose(at, expected.getComplex(index), actual.getComplex(index), rtol, atol);
            } else if (dt.isBool()) {
                assertEquals(expected.getBoolean(index), actual.getBoolean(index), at);
            } else {
                assertEquals(expected.getLong(index), actual.getLong(index), at);
            }
            advance(index, expected.shape());
        }
    }

    private static void advance(int[] index, int[] shape) {
        for (int d = index.length - 1; d >= 0; d--) {
            if (++index[d] < shape[d]) return;
            index[d] = 0;
        }
    }

    private static void assertScalarClose(String what, Object expected, Object actual, double rtol, double atol) {
        switch (expected) {
            case Boolean e -> assertEquals(e, actual, what);
            case Double e -> assertFloatClose(what, e, ((Number) actual).doubleValue(), rtol, atol);
            case Long e -> assertEquals((long) e, ((Number) actual).longValue(), what);
            case Complex e -> assertComplexClose(what, e, assertInstanceOf(Complex.class, actual, what), rtol, atol);
            default -> fail(what + ": unexpected expected value " + expected);
        }
    }

    /** Floats compare as Double, every integer box as Long. */
    private static Object toComparable(Object v) {
        return switch (v) {
            case Double d -> d;
            case Float f -> (double) f;
            case Number n -> n.longValue();
            default -> v;
        };
    }

    /**
     * Each part within {@code atol + rtol * |expected|} of the expected complex number (NumPy's isclose); beside a NaN
     * or infinite part (which must match exactly), a finite part within atol + rtol times its own magnitude: the parts
     * of a sum are summed apart, and a vectorized sum's order rounds the finite one as it rounds a float sum.
     */
    static void assertComplexClose(String what, Complex expected, Complex actual, double rtol, double atol) {
        double size = Math.hypot(expected.re(), expected.im());
        boolean finite = Double.isFinite(size);
        assertFloatClose(what + " (real part)", expected.re(), actual.re(), finite ? 0 : rtol, finite ? atol + rtol * size : atol);
        assertFloatClose(what + " (imaginary part)", expected.im(), actual.im(), finite ? 0 : rtol, finite ? atol + rtol * size : atol);
    }

    static void assertFloatClose(String what, double expected, double actual, double rtol, double atol) {
        if (Double.isNaN(expected) || Double.isInfinite(expected)) {
            assertEquals(expected, actual, 0.0, what);
            return;
        }
        double tol = atol + rtol * Math.abs(expected);
        if (!(Math.abs(expected - actual) <= tol)) {
            fail(what + ": expected " + expected + " but was " + actual + " (tolerance " + tol + ")");
        }
    }

    private static Class<?> boxedClass(String numpyType) {
        return switch (numpyType) {
            case "int64" -> Long.class;
            case "int32" -> Integer.class;
            case "int16", "uint8" -> Short.class;
            case "uint16" -> Integer.class;
            case "uint32", "uint64" -> Long.class;
            case "int8" -> Byte.class;
            case "float64" -> Double.class;
            case "float32" -> Float.class;
            case "complex128", "complex64" -> Complex.class;
            case "bool" -> Boolean.class;
            default -> throw new IllegalArgumentException("unknown scalar type " + numpyType);
        };
    }
}
