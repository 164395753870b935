package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.types.Layout;
import io.jumba.types.Type;

/** One input of a ufunc call: an array, or a Java scalar that acts as a 0-d array. */
sealed interface Operand {
    /** The dtype NumPy reports for this operand (a Java Long is int64, a Double float64, ...). */
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

    /** A scalar operand: Boolean, Long/Integer/Short/Byte (int64), Double (float64) or Float (float32). */
    record Scalar(Object value, DType dtype) implements Operand {
        @Override public int[] shape() { return new int[0]; }
        @Override public Type paramType() { return Type.scalar(dtype); }

        /** Whether the value survives a cast to dtype t (NumPy's value-based casting of Python scalars). */
        boolean fits(DType t) {
            return switch (value) {
                case Boolean b -> true;
                case Double d -> t == DType.FLOAT64 || (t == DType.FLOAT32 && !(Double.isFinite(d) && Math.abs(d) > Float.MAX_VALUE));
                case Float f -> t.isFloat();
                default -> {
                    long v = (Long) value;
                    yield switch (t) {
                        case BOOL -> false;
                        case INT8 -> v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE;
                        case UINT8 -> v >= 0 && v <= 255;
                        case INT16 -> v >= Short.MIN_VALUE && v <= Short.MAX_VALUE;
                        case INT32 -> v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
                        case INT64, FLOAT64 -> true;
                        case FLOAT32 -> v >= -65535 && v <= 65535;
                    };
                }
            };
        }
    }

    /** The operand for a call argument, or a TypeError for anything else. */
    static Operand of(Object arg, String ufunc) {
        return switch (arg) {
            case NDArray a -> new Array(a);
            case Boolean b -> new Scalar(b, DType.BOOL);
            case Long l -> new Scalar(l, DType.INT64);
            case Integer i -> new Scalar((long) i, DType.INT64);
            case Short s -> new Scalar((long) s, DType.INT64);
            case Byte b -> new Scalar((long) b, DType.INT64);
            case Double d -> new Scalar(d, DType.FLOAT64);
            case Float f -> new Scalar(f, DType.FLOAT32);
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
