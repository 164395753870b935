package io.jumba.lower;

import io.jumba.array.DType;

/** The value range of each integer dtype (bool counts as 0..1; uint64's largest value is all 64 bits set). */
final class Limits {
    private Limits() {}

    static long min(DType d) {
        return switch (d) {
            case BOOL, UINT8, UINT16, UINT32, UINT64 -> 0;
            case INT8 -> Byte.MIN_VALUE;
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            case INT64 -> Long.MIN_VALUE;
            case FLOAT32, FLOAT64, COMPLEX64, COMPLEX128 -> throw new IllegalArgumentException("no integer range for " + d);
        };
    }

    static long max(DType d) {
        return switch (d) {
            case BOOL -> 1;
            case UINT8 -> 255;
            case UINT16 -> 0xFFFF;
            case UINT32 -> 0xFFFF_FFFFL;
            case UINT64 -> -1L;
            case INT8 -> Byte.MAX_VALUE;
            case INT16 -> Short.MAX_VALUE;
            case INT32 -> Integer.MAX_VALUE;
            case INT64 -> Long.MAX_VALUE;
            case FLOAT32, FLOAT64, COMPLEX64, COMPLEX128 -> throw new IllegalArgumentException("no integer range for " + d);
        };
    }
}
