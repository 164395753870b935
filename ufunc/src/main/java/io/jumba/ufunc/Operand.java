package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.UFuncException;
import io.jumba.types.Layout;
import io.jumba.types.Type;

/**
 * One input of a ufunc call: an array, or a Java scalar that acts as a 0-d array. Under NumPy 2's promotion
 * (NEP 50) arrays (0-d ones too) and {@link Scalar}s are strong, their dtype counts; a {@link PythonScalar} is weak.
 */
sealed interface Operand {
    /** The dtype NumPy reports for this operand (a Python int is int64, a Python float float64, ...). */
    DType dtype();

    int[] shape();

    /** The value handed to the compiled kernel. */
    Object value();

    /** The kernel parameter type for this operand. */
    Type paramType();

    /** An array operand. */
    record Array(NDArray array) implements Operand {
        @Override public DType dtype() { return array.dtype(); }
        @Override public int[] shape() { return array.shape(); }
        @Override public Object value() { return array; }
        @Override public Type paramType() { return arrayType(array); }
    }

    /** A Boolean or a Float: NumPy's {@code np.True_} or an {@code np.float32} scalar, strong as an array. */
    record Scalar(Object value, DType dtype) implements Operand {
        @Override public int[] shape() { return new int[0]; }
        @Override public Type paramType() { return Type.scalar(dtype); }
    }

    /**
     * A Java integer (Long, Integer, Short, Byte; value a Long) or Double: a Python int or float, weak under NEP 50.
     * Its dtype is NumPy's default for it (int64, float64), used where no strong input of its kind or a higher one
     * gives it another; the kernel gets it in that dtype and casts it to the loop's.
     */
    record PythonScalar(Object value, DType dtype) implements Operand {
        @Override public int[] shape() { return new int[0]; }
        @Override public Type paramType() { return Type.scalar(dtype); }

        /** Whether it takes dtype t as a weak scalar: a type of its kind or a higher one (int to int or float). */
        boolean weaklyCastsTo(DType t) {
            return t.isFloat() || (dtype.isInteger() && t.isInteger());
        }

        /** Whether its value is exact in integer dtype t (always true for a float or for a float t). */
        boolean fits(DType t) {
            if (!(value instanceof Long v) || !t.isInteger()) return true;
            return switch (t) {
                case INT8 -> v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE;
                case UINT8 -> v >= 0 && v <= 255;
                case INT16 -> v >= Short.MIN_VALUE && v <= Short.MAX_VALUE;
                case INT32 -> v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
                case UINT16 -> v >= 0 && v <= 0xFFFF;
                case UINT32 -> v >= 0 && v <= 0xFFFF_FFFFL;
                case UINT64 -> v >= 0;
                default -> true;
            };
        }

        /** NumPy's OverflowError when a Python int does not fit integer dtype t; nothing when it does. */
        void requireFits(DType t) {
            if (!fits(t)) throw overflow(t);
        }

        /** NumPy's OverflowError for this Python int in dtype t. */
        UFuncException overflow(DType t) {
            return new UFuncException("OverflowError", "Python integer " + value + " out of bounds for " + t.numpyName());
        }

        /** {@code int} or {@code float}, as Python names the type. */
        String pythonType() { return dtype.isFloat() ? "float" : "int"; }
    }

    /** The operand for a call argument, or a TypeError for anything else. */
    static Operand of(Object arg, String ufunc) {
        return switch (arg) {
            case NDArray a -> new Array(a);
            case Boolean b -> new Scalar(b, DType.BOOL);
            case Float f -> new Scalar(f, DType.FLOAT32);
            case Long l -> new PythonScalar(l, DType.INT64);
            case Integer i -> new PythonScalar((long) i, DType.INT64);
            case Short s -> new PythonScalar((long) s, DType.INT64);
            case Byte b -> new PythonScalar((long) b, DType.INT64);
            case Double d -> new PythonScalar(d, DType.FLOAT64);
            case null -> throw new UFuncException("TypeError", "ufunc '" + ufunc + "' not supported for the input types, "
                    + "and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''");
            default -> throw new UFuncException("TypeError", "ufunc '" + ufunc + "' does not accept an argument of type "
                    + arg.getClass().getSimpleName());
        };
    }

    /** The IR type of an array argument: C layout when C-contiguous (the vectorizer's fast path), else A. */
    static Type.Array arrayType(NDArray a) {
        return Type.array(a.dtype(), a.ndim(), a.isCContiguous() ? Layout.C : Layout.A);
    }
}
