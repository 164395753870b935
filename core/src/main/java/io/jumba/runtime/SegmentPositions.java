package io.jumba.runtime;

import io.jumba.array.DType;
import io.jumba.array.NDArray;

import java.lang.foreign.MemorySegment;

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
        MemorySegment x = a.segment(), y = b.segment();
        // Native memory compares by address, without the slice asOverlappingSlice makes on every call.
        if (x.isNative() && y.isNative()) {
            return x.address() + x.byteSize() <= y.address() || y.address() + y.byteSize() <= x.address();
        }
        return x.asOverlappingSlice(y).isEmpty();
    }
}
