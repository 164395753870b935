package io.jumba.vectorize;

import io.jumba.array.DType;

/** Vector API class names and literals for the lane dtypes. */
final class VectorTypes {
    private VectorTypes() {}

    static final String PKG = "jdk.incubator.vector.";
    static final String OPS = PKG + "VectorOperators.";
    static final String MASK = PKG + "VectorMask";

    /**
     * The fully qualified vector class of dtype d, e.g. {@code jdk.incubator.vector.DoubleVector}. uint8 lanes are
     * the raw bytes (as in storage), int8's class; bool's is the byte class whose species a loop over bool arrays
     * only takes for its masks.
     */
    static String vectorClass(DType d) {
        return PKG + switch (d) {
            case FLOAT64 -> "DoubleVector";
            case FLOAT32 -> "FloatVector";
            case INT64 -> "LongVector";
            case INT32 -> "IntVector";
            case INT16 -> "ShortVector";
            case INT8, UINT8, BOOL -> "ByteVector";
        };
    }

    /** The VectorOperators conversion from one lane type to another (signed: sign-extending, truncating). */
    static String conversion(DType from, DType to) {
        return OPS + letter(from) + "2" + letter(to);
    }

    static String letter(DType d) {
        return switch (d) {
            case FLOAT64 -> "D";
            case FLOAT32 -> "F";
            case INT64 -> "L";
            case INT32 -> "I";
            case INT16 -> "S";
            case INT8, UINT8 -> "B";
            case BOOL -> throw new IllegalArgumentException("bool lanes are masks, not numbers");
        };
    }
}
