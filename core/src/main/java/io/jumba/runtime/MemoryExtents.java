package io.jumba.runtime;

import io.jumba.array.NDArray;
import io.jumba.source.SourcePos;

/**
 * The span of storage an array's elements cover, as {@code np.may_share_memory} compares them: two arrays may share
 * memory when they are views of one storage whose spans intersect (interleaved views such as {@code a[::2]} and
 * {@code a[1::2]} count as sharing). Arrays in memory segments compare their whole segments
 * ({@link SegmentPositions#apart}).
 */
public final class MemoryExtents {
    private MemoryExtents() {}

    /** Whether a and b may share the storage of an element; false when either has no elements. */
    public static boolean mayShareMemory(NDArray a, NDArray b, SourcePos pos) {
        if (a.longSize() == 0 || b.longSize() == 0) return false;
        if (a.isSegment() || b.isSegment()) return !SegmentPositions.apart(a, b);
        if (a.data() != b.data()) return false;
        return first(a) <= last(b) && first(b) <= last(a);
    }

    /** The first slot of the storage array that a's elements use (a complex element takes two slots). */
    private static long first(NDArray a) {
        long p = a.longOffset();
        for (int d = 0; d < a.ndim(); d++) p += Math.min(0, (a.longShape(d) - 1) * a.longStride(d));
        return p * slots(a);
    }

    /** The last slot of the storage array that a's elements use. */
    private static long last(NDArray a) {
        long p = a.longOffset();
        for (int d = 0; d < a.ndim(); d++) p += Math.max(0, (a.longShape(d) - 1) * a.longStride(d));
        return p * slots(a) + slots(a) - 1;
    }

    private static int slots(NDArray a) { return a.dtype().isComplex() ? 2 : 1; }
}
