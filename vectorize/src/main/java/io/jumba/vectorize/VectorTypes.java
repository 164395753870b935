package io.jumba.vectorize;

import io.jumba.array.DType;

import java.util.List;

/**
 * Vector API class names and literals for the lane dtypes. Generated code names classes by their simple names;
 * {@link #IMPORTS} lists them (and the runtime's vector helpers) for the import declarations.
 */
final class VectorTypes {
    private VectorTypes() {}

    static final String OPS = "VectorOperators.";
    static final String MASK = "VectorMask";
    static final String SPECIES = "VectorSpecies";

    /** Every class the vector code may name: {@link Vectorizer#imports()}. */
    static final List<String> IMPORTS = List.of(
            "io.jumba.array.NDArray",
            "io.jumba.runtime.ComplexDoubleLanes", "io.jumba.runtime.ComplexFloatLanes", "io.jumba.runtime.GatherIndices", "io.jumba.runtime.MaskLanes", "io.jumba.runtime.VectorFloorDivision",
            "io.jumba.runtime.VectorMathFunctions", "io.jumba.runtime.VectorShifts",
            "jdk.incubator.vector.ByteVector", "jdk.incubator.vector.DoubleVector", "jdk.incubator.vector.FloatVector",
            "jdk.incubator.vector.IntVector", "jdk.incubator.vector.LongVector", "jdk.incubator.vector.ShortVector",
            "jdk.incubator.vector.VectorMask", "jdk.incubator.vector.VectorOperators",
            "jdk.incubator.vector.VectorSpecies");

    /**
     * The vector class of dtype d, e.g. {@code DoubleVector}. Unsigned lanes are the raw bits (as in storage) in the
     * signed class of their width (uint8: int8's); bool's is the byte class whose species a loop over bool arrays only takes for its masks;
     * complex lanes are their parts' class, two lanes per element ({@link #complexLanesClass}).
     */
    static String vectorClass(DType d) {
        return switch (d) {
            case FLOAT64 -> "DoubleVector";
            case FLOAT32 -> "FloatVector";
            case INT64, UINT64 -> "LongVector";
            case INT32, UINT32 -> "IntVector";
            case INT16, UINT16 -> "ShortVector";
            case INT8, UINT8, BOOL -> "ByteVector";
            case COMPLEX64 -> "FloatVector";
            case COMPLEX128 -> "DoubleVector";
        };
    }

    /** The runtime's operations on complex lanes of dtype d (the product, parts, abs ...). */
    static String complexLanesClass(DType d) {
        return switch (d) {
            case COMPLEX64 -> "ComplexFloatLanes";
            case COMPLEX128 -> "ComplexDoubleLanes";
            default -> throw new IllegalArgumentException(d.numpyName() + " is not complex");
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
            case INT64, UINT64 -> "L";
            case INT32, UINT32 -> "I";
            case INT16, UINT16 -> "S";
            case INT8, UINT8 -> "B";
            case BOOL -> throw new IllegalArgumentException("bool lanes are masks, not numbers");
            case COMPLEX64, COMPLEX128 -> throw noLanes(d);
        };
    }

    /** Complex lanes convert only through their lanes' class ({@link #complexLanesClass}), never with an operator. */
    private static IllegalArgumentException noLanes(DType d) {
        return new IllegalArgumentException(d.numpyName() + " lanes convert through " + complexLanesClass(d));
    }
}
