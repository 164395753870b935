package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.UFuncException;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.math.BigInteger;

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
     * A Java integer (Long, Integer, Short, Byte, BigInteger; value a Long) or Double: a Python int or float, weak
     * under NEP 50. Its dtype is NumPy's default for it (int64, float64), used where no strong input of its kind or a
     * higher one gives it another; the kernel gets it in that dtype and casts it to the loop's. A Python int from
     * 2^63 up to 2^64 - 1 (a BigInteger) is beyondInt64: value holds its uint64 bits, the kernel gets it as a
     * uint64, and it fits only uint64 (and float) loops, as NumPy converts it to a C long otherwise.
     */
    record PythonScalar(Object value, DType dtype, boolean beyondInt64) implements Operand {
        PythonScalar(Object value, DType dtype) { this(value, dtype, false); }

        @Override public int[] shape() { return new int[0]; }
        @Override public Type paramType() { return Type.scalar(beyondInt64 ? DType.UINT64 : dtype); }

        /** The dtype {@code np.asarray} gives it: uint64 for an int beyond int64's range, else its dtype. */
        DType arrayDtype() { return beyondInt64 ? DType.UINT64 : dtype; }

        /** Whether it takes dtype t as a weak scalar: a type of its kind or a higher one (int to int or float). */
        boolean weaklyCastsTo(DType t) {
            return t.isFloat() || (dtype.isInteger() && t.isInteger());
        }

        /** Whether its value is exact in integer dtype t (always true for a float or for a float t). */
        boolean fits(DType t) {
            if (beyondInt64) return !t.isInteger() || t == DType.UINT64;
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

        /**
         * NumPy's OverflowError for this Python int in dtype t (one beyond int64's range goes through a C long, except
         * into uint32).
         */
        UFuncException overflow(DType t) {
            if (beyondInt64 && t != DType.UINT32) return tooLarge();
            String text = beyondInt64 ? Long.toUnsignedString((Long) value) : value.toString();
            return new UFuncException("OverflowError", "Python integer " + text + " out of bounds for " + t.numpyName());
        }

        /** NumPy's OverflowError for a Python int it converts to a C long (int64) that does not fit. */
        static UFuncException tooLarge() {
            return new UFuncException("OverflowError", "Python int too large to convert to C long");
        }

        /** A BigInteger Python int: in int64's range as a Long, up to 2^64 - 1 beyondInt64, else NumPy's OverflowError. */
        static PythonScalar of(BigInteger v) {
            if (v.bitLength() <= 63) return new PythonScalar(v.longValue(), DType.INT64);
            if (v.signum() > 0 && v.bitLength() == 64) return new PythonScalar(v.longValue(), DType.INT64, true);
            throw tooLarge();
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
            case BigInteger b -> PythonScalar.of(b);
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
