package io.jumba.array;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * Element access to segment storage, in native byte order. The layouts are the unaligned ones: a mapped {@code .npy}
 * file's data, an Arrow buffer or a slice of either need not start on an element boundary, and on x86-64 and
 * AArch64 an unaligned access compiles to the same instruction as an aligned one.
 */
public final class SegmentElements {
    private SegmentElements() {}

    /** The unaligned native-order layout of a numeric dtype's elements. */
    public static ValueLayout layout(DType dtype) {
        return switch (dtype) {
            case INT8, UINT8 -> ValueLayout.JAVA_BYTE;
            case INT16, UINT16 -> ValueLayout.JAVA_SHORT_UNALIGNED;
            case INT32, UINT32 -> ValueLayout.JAVA_INT_UNALIGNED;
            case INT64, UINT64 -> ValueLayout.JAVA_LONG_UNALIGNED;
            case FLOAT32 -> ValueLayout.JAVA_FLOAT_UNALIGNED;
            case FLOAT64 -> ValueLayout.JAVA_DOUBLE_UNALIGNED;
            case BOOL -> throw new IllegalArgumentException("bool arrays live on the heap: Java has no bool memory layout");
            case COMPLEX64, COMPLEX128 -> throw new IllegalArgumentException("complex arrays live on the heap in Jumba (no"
                    + " off-heap, mapped or Arrow storage for them yet)");
        };
    }

    static double readDouble(MemorySegment s, DType dtype, long p) {
        return switch (dtype) {
            case FLOAT64 -> s.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, p);
            case FLOAT32 -> s.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, p);
            case UINT64 -> Unsigned.toDouble(s.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, p));
            default -> readLong(s, dtype, p);
        };
    }

    static long readLong(MemorySegment s, DType dtype, long p) {
        return switch (dtype) {
            case INT8 -> s.getAtIndex(ValueLayout.JAVA_BYTE, p);
            case UINT8 -> s.getAtIndex(ValueLayout.JAVA_BYTE, p) & 0xFF;
            case INT16 -> s.getAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, p);
            case UINT16 -> s.getAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, p) & 0xFFFF;
            case INT32 -> s.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, p);
            case UINT32 -> s.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, p) & 0xFFFF_FFFFL;
            case INT64, UINT64 -> s.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, p);
            case FLOAT32 -> (long) s.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, p);
            case FLOAT64 -> (long) s.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, p);
            case BOOL, COMPLEX64, COMPLEX128 -> throw new IllegalStateException(dtype + " segment storage");
        };
    }

    static Object box(MemorySegment s, DType dtype, long p) {
        return switch (dtype) {
            case INT8 -> s.getAtIndex(ValueLayout.JAVA_BYTE, p);
            case UINT8 -> (short) (s.getAtIndex(ValueLayout.JAVA_BYTE, p) & 0xFF);
            case INT16 -> s.getAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, p);
            case UINT16 -> s.getAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, p) & 0xFFFF;
            case INT32 -> s.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, p);
            case UINT32 -> s.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, p) & 0xFFFF_FFFFL;
            case INT64, UINT64 -> s.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, p);
            case FLOAT32 -> s.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, p);
            case FLOAT64 -> s.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, p);
            case BOOL, COMPLEX64, COMPLEX128 -> throw new IllegalStateException(dtype + " segment storage");
        };
    }

    static void writeDouble(MemorySegment s, DType dtype, long p, double v) {
        switch (dtype) {
            case FLOAT64 -> s.setAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, p, v);
            case FLOAT32 -> s.setAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, p, (float) v);
            default -> writeLong(s, dtype, p, FloatToInteger.cast(v, dtype));
        }
    }

    static void writeLong(MemorySegment s, DType dtype, long p, long v) {
        switch (dtype) {
            case INT8, UINT8 -> s.setAtIndex(ValueLayout.JAVA_BYTE, p, (byte) v);
            case INT16, UINT16 -> s.setAtIndex(ValueLayout.JAVA_SHORT_UNALIGNED, p, (short) v);
            case INT32, UINT32 -> s.setAtIndex(ValueLayout.JAVA_INT_UNALIGNED, p, (int) v);
            case INT64, UINT64 -> s.setAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, p, v);
            case FLOAT32 -> s.setAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, p, (float) v);
            case FLOAT64 -> s.setAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, p, (double) v);
            case BOOL, COMPLEX64, COMPLEX128 -> throw new IllegalStateException(dtype + " segment storage");
        }
    }
}
