package io.jumba.runtime;

import io.jumba.source.SourcePos;

/** Python index normalization with NumPy's bounds errors, shared by the interpreter and generated code. */
public final class Indexing {
    private Indexing() {}

    /** The position along an axis of length {@code size} that index {@code i} names (negative counts from the end). */
    public static int index(long i, int size, int axis, SourcePos pos) {
        long j = i < 0 ? i + size : i;
        if (j < 0 || j >= size) throw Faults.indexError(i, axis, size, pos);
        return (int) j;
    }

    /** Like {@link #index} for an index known to be non-negative (a counting-up loop variable): no wrap needed. */
    public static int indexNonNegative(long i, int size, int axis, SourcePos pos) {
        if (i >= size) throw Faults.indexError(i, axis, size, pos);
        return (int) i;
    }

    /** {@link #index} for arrays of any size (code over memory segments): a long position. */
    public static long longIndex(long i, long size, int axis, SourcePos pos) {
        long j = i < 0 ? i + size : i;
        if (j < 0 || j >= size) throw Faults.indexError(i, axis, size, pos);
        return j;
    }

    /** {@link #indexNonNegative} for arrays of any size (code over memory segments): a long position. */
    public static long longIndexNonNegative(long i, long size, int axis, SourcePos pos) {
        if (i >= size) throw Faults.indexError(i, axis, size, pos);
        return i;
    }
}
