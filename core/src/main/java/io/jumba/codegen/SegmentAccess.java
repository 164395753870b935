package io.jumba.codegen;

import io.jumba.array.DType;
import io.jumba.array.SegmentElements;

/**
 * The Java source of element reads and writes through a {@code MemorySegment}, for code generated with
 * {@link io.jumba.ir.ArrayStorage#SEGMENT}: positions are long element indices, layouts those of
 * {@link SegmentElements#layout}.
 */
public final class SegmentAccess {
    /** The classes segment code names by simple name. */
    static final java.util.List<String> IMPORTS = java.util.List.of("java.lang.foreign.MemorySegment",
            "java.lang.foreign.ValueLayout", "java.nio.ByteOrder", "io.jumba.runtime.SegmentPositions");

    private SegmentAccess() {}

    /** The source of the layout constant of d's elements, e.g. {@code ValueLayout.JAVA_DOUBLE_UNALIGNED}. */
    public static String layout(DType d) {
        return "ValueLayout." + switch (d) {
            case INT8, UINT8 -> "JAVA_BYTE";
            case INT16, UINT16 -> "JAVA_SHORT_UNALIGNED";
            case INT32, UINT32 -> "JAVA_INT_UNALIGNED";
            case INT64, UINT64 -> "JAVA_LONG_UNALIGNED";
            case FLOAT32 -> "JAVA_FLOAT_UNALIGNED";
            case FLOAT64 -> "JAVA_DOUBLE_UNALIGNED";
            case BOOL, COMPLEX64, COMPLEX128 -> throw new IllegalArgumentException(d + " arrays are read on the heap");
        };
    }

    /** The read of element {@code position} of segment (unsigned ones widened as heap code reads them). */
    public static String load(DType d, String segment, String position) {
        return JavaTypes.fromStorage(d, segment + ".getAtIndex(" + layout(d) + ", " + position + ")");
    }

    /** The statement that writes value (of d's Java scalar type) to element {@code position} of segment. */
    public static String store(DType d, String segment, String position, String value) {
        return segment + ".setAtIndex(" + layout(d) + ", " + position + ", " + JavaTypes.toStorage(d, value) + ");";
    }
}
