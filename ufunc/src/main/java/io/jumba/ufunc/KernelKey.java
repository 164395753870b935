package io.jumba.ufunc;

import io.jumba.ir.Program;

/**
 * What a ufunc compiles once and caches (see {@link UFunc#invoke}): an element-wise application
 * ({@link KernelProgram}) or a reduction along one line ({@link ReduceProgram}). Keys compare by value.
 */
sealed interface KernelKey permits KernelProgram, ReduceProgram {
    /** The IR program of this kernel, named after the ufunc. */
    Program build(String ufunc);

    /**
     * Whether float sums and products must stay in sequential order: a reduction folds its elements one after
     * another, as the ufunc's element-wise calls did, so its results do not depend on the vector width.
     */
    boolean sequential();
}
