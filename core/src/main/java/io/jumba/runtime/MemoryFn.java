package io.jumba.runtime;

import io.jumba.array.NDArray;
import io.jumba.source.SourcePos;

/** Questions about where arrays lie in memory, run by {@link MemoryExtents} (generated code and the interpreter alike). */
public enum MemoryFn implements LibraryFn {
    /** Whether two arrays may share an element's storage ({@link MemoryExtents#mayShareMemory}). */
    MAY_SHARE_MEMORY;

    @Override public String javaMethod() { return "MemoryExtents.mayShareMemory"; }

    @Override public String pythonName() { return "np.may_share_memory"; }

    @Override public Object apply(Object[] args, SourcePos pos) {
        return switch (this) {
            case MAY_SHARE_MEMORY -> MemoryExtents.mayShareMemory((NDArray) args[0], (NDArray) args[1], pos);
        };
    }
}
