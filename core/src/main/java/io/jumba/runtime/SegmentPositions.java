package io.jumba.runtime;

import io.jumba.array.DType;
import io.jumba.array.NDArray;

/** Runtime checks of the vector code generated for arrays in memory segments ({@link io.jumba.ir.ArrayStorage#SEGMENT}). */
public final class SegmentPositions {
    private SegmentPositions() {}

    /** Whether every element position of a's storage fits an int, as the vector code's positions are. */
    public static boolean fitInt(NDArray a) {
        return !a.isSegment() || a.segment().byteSize() / a.dtype().itemSize() <= Integer.MAX_VALUE;
    }

    /**
     * Whether a's and b's storage share no byte: distinct Java arrays never do; segments (a heap segment over a Java
     * array included) may overlap without being one object.
     */
    public static boolean apart(NDArray a, NDArray b) {
        if (a.data() == b.data()) return false;
        if (a.dtype() == DType.BOOL || b.dtype() == DType.BOOL) return true;
        return a.segment().asOverlappingSlice(b.segment()).isEmpty();
    }
}
