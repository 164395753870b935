package io.jumba.vectorize;

import io.jumba.array.DType;

/** Vector API class names and literals for the lane dtypes. */
final class VectorTypes {
    private VectorTypes() {}

    static final String PKG = "jdk.incubator.vector.";
    static final String OPS = PKG + "VectorOperators.";
    static final String MASK = PKG + "VectorMask";

    /** The fully qualified vector class of dtype d, e.g. {@code jdk.incubator.vector.DoubleVector}. */
    static String vectorClass(DType d) {
        return PKG + switch (d) {
            case FLOAT64 -> "DoubleVector";
            case FLOAT32 -> "FloatVector";
            case INT64 -> "LongVector";
            case INT32 -> "IntVector";
            default -> throw new IllegalArgumentException("no vector lanes for " + d);
        };
    }

    /** The VectorOperators conversion from one lane type to another of the same width. */
    static String conversion(DType from, DType to) {
        return OPS + letter(from) + "2" + letter(to);
    }

    private static String letter(DType d) {
        return switch (d) {
            case FLOAT64 -> "D";
            case FLOAT32 -> "F";
            case INT64 -> "L";
            case INT32 -> "I";
            default -> throw new IllegalArgumentException("no vector lanes for " + d);
        };
    }
}
