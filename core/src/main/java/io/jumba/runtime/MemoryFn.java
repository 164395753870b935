package io.jumba.runtime;

import io.jumba.array.NDArray;
import io.jumba.source.SourcePos;

/**
 * Questions about where arrays lie in memory, run by {@link MemoryExtents} and {@link ByteStrides} (generated code and
 * the interpreter alike).
 */
public enum MemoryFn implements LibraryFn {
    /** Whether two arrays may share an element's storage ({@link MemoryExtents#mayShareMemory}). */
    MAY_SHARE_MEMORY,
    /** {@code a.strides} in bytes of a strided view ({@link ByteStrides#of}). */
    STRIDES;

    @Override public String javaMethod() {
        return switch (this) {
            case MAY_SHARE_MEMORY -> "MemoryExtents.mayShareMemory";
            case STRIDES -> "ByteStrides.of";
        };
    }

    @Override public String pythonName() {
        return switch (this) {
            case MAY_SHARE_MEMORY -> "np.may_share_memory";
            case STRIDES -> "strides";
        };
    }

    @Override public Object apply(Object[] args, SourcePos pos) {
        return switch (this) {
            case MAY_SHARE_MEMORY -> MemoryExtents.mayShareMemory((NDArray) args[0], (NDArray) args[1], pos);
            case STRIDES -> ByteStrides.of((NDArray) args[0], pos);
        };
    }
}
