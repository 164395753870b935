package io.jumba.ufunc.golden;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.UFuncException;

import java.util.Arrays;
import java.util.Set;

/**
 * Compares a ufunc result with NumPy's: same dtype and shape; integers and bools exactly; floats within a small
 * relative tolerance, NaN equal to NaN, infinities and the sign of zero exact (IEEE defines them, so NumPy does).
 */
final class GoldenComparison {
    /** float64 libm results may differ from Java's by an ulp or two. */
    private static final double RTOL_FLOAT64 = 1e-12;
    /** NumPy's float32 transcendentals are SIMD approximations a few ulp from the correctly rounded value. */
    private static final double RTOL_FLOAT32 = 1e-5;

    private GoldenComparison() {}

    /**
     * The ufuncs whose result for a pair of zeros of opposite sign NumPy leaves open (IEEE maxNum/minNum: either
     * zero); there 0.0 and -0.0 both pass.
     */
    private static final Set<String> EITHER_ZERO = Set.of("minimum", "maximum", "fmin", "fmax");

    /**
     * Asserts that {@code actual} (an NDArray or a boxed scalar) equals the expected array that {@code ufunc}
     * computed in NumPy.
     */
    static void assertMatches(NDArray expected, Object actual, String ufunc, String id) {
        boolean signedZero = !EITHER_ZERO.contains(ufunc);
        NDArray got = actual instanceof NDArray array ? array : boxedAsArray(expected, actual, id);
        assertEquals(expected.dtype(), got.dtype(), id + ": dtype");
        assertArrayEquals(expected.shape(), got.shape(), id + ": shape " + Arrays.toString(got.shape()));
        int[] index = new int[expected.ndim()];
        for (int n = 0; n < expected.size(); n++) {
            compareElement(expected, got, index, signedZero, id);
            next(index, expected.shape());
        }
    }

    private static NDArray boxedAsArray(NDArray expected, Object actual, String id) {
        if (expected.ndim() != 0) {
            fail(id + ": expected an array of shape " + Arrays.toString(expected.shape()) + " but got " + actual);
        }
        Set<Class<?>> boxes = switch (expected.dtype()) {
            case BOOL -> Set.of(Boolean.class);
            case INT8 -> Set.of(Byte.class);
            case UINT8, INT16 -> Set.of(Short.class);
            case INT32, UINT16 -> Set.of(Integer.class);
            case INT64, UINT32, UINT64 -> Set.of(Long.class);
            case FLOAT32 -> Set.of(Float.class);
            case FLOAT64 -> Set.of(Double.class);
            case COMPLEX64, COMPLEX128 -> Set.of(io.jumba.array.Complex.class);
        };
        if (actual == null || !boxes.contains(actual.getClass())) {
            fail(id + ": expected a boxed " + expected.dtype().numpyName() + " scalar but got "
                    + (actual == null ? "null" : actual.getClass().getSimpleName() + " " + actual));
        }
        NDArray boxed = NDArray.empty(expected.dtype());
        switch (actual) {
            case Boolean b -> boxed.setBoolean(b);
            case io.jumba.array.Complex z -> boxed.setComplex(z);
            case Double d -> boxed.setDouble(d);
            case Float f -> boxed.setDouble(f);
            case Number number -> boxed.setLong(number.longValue());
            default -> fail(id + ": unexpected result " + actual);
        }
        return boxed;
    }

    private static void compareElement(NDArray expected, NDArray got, int[] index, boolean signedZero, String id) {
        String where = id + " at " + Arrays.toString(index);
        DType dtype = expected.dtype();
        if (dtype.isBool()) {
            assertEquals(expected.getBoolean(index), got.getBoolean(index), where);
        } else if (dtype.isInteger()) {
            assertEquals(expected.getLong(index), got.getLong(index), where);
        } else {
            assertClose(expected.getDouble(index), got.getDouble(index),
                    dtype == DType.FLOAT32 ? RTOL_FLOAT32 : RTOL_FLOAT64, signedZero, where);
        }
    }

    private static void assertClose(double expected, double actual, double rtol, boolean signedZero, String where) {
        if (expected == 0.0 && !signedZero) {
            assertEquals(0.0, Math.abs(actual), where + ": expected " + expected + " but was " + actual);
            return;
        }
        if (Double.isNaN(expected) || Double.isInfinite(expected) || expected == 0.0) {
            // NaN equals NaN; infinities and signed zeros compare bit for bit.
            assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                    where + ": expected " + expected + " but was " + actual);
            return;
        }
        if (!(Math.abs(actual - expected) <= rtol * Math.abs(expected))) {
            fail(where + ": expected " + expected + " but was " + actual + " (rtol " + rtol + ")");
        }
    }

    /** Advances a C-order multi-index. */
    private static void next(int[] index, int[] shape) {
        for (int axis = index.length - 1; axis >= 0; axis--) {
            if (++index[axis] < shape[axis]) {
                return;
            }
            index[axis] = 0;
        }
    }

    /**
     * Asserts that {@code thrown} is the ufunc error NumPy raises: a {@link UFuncException} whose
     * {@link UFuncException#pythonName()} is the class name of NumPy's exception (TypeError, UFuncTypeError,
     * AxisError, IndexError, ...), with NumPy's message.
     */
    static void assertError(String pythonName, String message, Throwable thrown, String id) {
        UFuncException e = assertInstanceOf(UFuncException.class, thrown, id + ": " + thrown);
        assertEquals(pythonName, e.pythonName(), id + ": exception type (" + message + ")");
        assertEquals(message, thrown.getMessage(), id);
    }
}
