package io.jumba.lower;

import io.jumba.array.DType;

/** The value range of each integer dtype (bool counts as 0..1). */
final class Limits {
    private Limits() {}

    static long min(DType d) {
        return switch (d) {
            case BOOL, UINT8 -> 0;
            case INT8 -> Byte.MIN_VALUE;
            case INT16 -> Short.MIN_VALUE;
            case INT32 -> Integer.MIN_VALUE;
            case INT64 -> Long.MIN_VALUE;
            case FLOAT32, FLOAT64 -> throw new IllegalArgumentException("no integer range for " + d);
        };
    }

    static long max(DType d) {
        return switch (d) {
            case BOOL -> 1;
            case UINT8 -> 255;
            case INT8 -> Byte.MAX_VALUE;
            case INT16 -> Short.MAX_VALUE;
            case INT32 -> Integer.MAX_VALUE;
            case INT64 -> Long.MAX_VALUE;
            case FLOAT32, FLOAT64 -> throw new IllegalArgumentException("no integer range for " + d);
        };
    }
}
