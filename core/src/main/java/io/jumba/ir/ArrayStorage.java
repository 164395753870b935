package io.jumba.ir;

import io.jumba.array.NDArray;

/**
 * How the code generated for a program reads its arrays' elements: a second code shape per signature, chosen by the
 * dispatcher from the arguments (as Numba's dispatcher chooses by layout), so that kernels over Java arrays keep their
 * code and speed.
 */
public enum ArrayStorage {
    /** Every array is a Java array: elements are read by array indexing with int positions. */
    HEAP,
    /**
     * Some argument lives in a {@link java.lang.foreign.MemorySegment} (off-heap, mapped, Arrow): every numeric
     * array is read through {@code NDArray.segment()} with long positions (bool arrays, which live on the heap only,
     * as in {@link #HEAP}).
     */
    SEGMENT;

    /** {@link #SEGMENT} when some array among the call's values, tuples included, lives in a segment; else {@link #HEAP}. */
    public static ArrayStorage of(Object[] values) {
        for (Object v : values) {
            if (v instanceof NDArray a && a.isSegment()) return SEGMENT;
            if (v instanceof Object[] tuple && of(tuple) == SEGMENT) return SEGMENT;
        }
        return HEAP;
    }
}
