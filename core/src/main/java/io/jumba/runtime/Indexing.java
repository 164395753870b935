package io.jumba.runtime;

import io.jumba.source.SourcePos;

/** Python index normalization with NumPy's bounds errors, shared by the interpreter and generated code. */
public final class Indexing {
    private Indexing() {}

    /** The position along an axis of length {@code size} that index {@code i} names (negative counts from the end). */
    public static int index(long i, int size, int axis, SourcePos pos) {
        // One unsigned comparison on the common path (0 <= i < size); the wrap of negative indices apart, where it
        // does not lengthen the chain from the index to the element's address.
        if (Long.compareUnsigned(i, size) < 0) return (int) i;
        return wrapped(i, size, axis, pos);
    }

    private static int wrapped(long i, int size, int axis, SourcePos pos) {
        if (i < 0 && i + size >= 0) return (int) (i + size);
        throw Faults.indexError(i, axis, size, pos);
    }

    /** Like {@link #index} for an index known to be non-negative (a counting-up loop variable): no wrap needed. */
    public static int indexNonNegative(long i, int size, int axis, SourcePos pos) {
        if (i >= size) throw Faults.indexError(i, axis, size, pos);
        return (int) i;
    }

    /** {@link #index} for arrays of any size (code over memory segments): a long position. */
    public static long longIndex(long i, long size, int axis, SourcePos pos) {
        if (Long.compareUnsigned(i, size) < 0) return i;
        if (i < 0 && i + size >= 0) return i + size;
        throw Faults.indexError(i, axis, size, pos);
    }

    /** {@link #indexNonNegative} for arrays of any size (code over memory segments): a long position. */
    public static long longIndexNonNegative(long i, long size, int axis, SourcePos pos) {
        if (i >= size) throw Faults.indexError(i, axis, size, pos);
        return i;
    }
}
