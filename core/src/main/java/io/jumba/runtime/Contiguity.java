package io.jumba.runtime;

import io.jumba.array.NDArray;
import io.jumba.source.SourcePos;

/**
 * {@code a.flags.c_contiguous} (also {@code a.flags.contiguous}) and {@code a.flags.f_contiguous} of an array whose
 * type does not decide them, by NumPy's rule: lengths of 1 are skipped and an empty array is both.
 */
public final class Contiguity {
    private Contiguity() {}

    /** Whether a's elements lie in C order, one after another. */
    public static boolean c(NDArray a, SourcePos pos) {
        return a.isCContiguous();
    }

    /** Whether a's elements lie in Fortran order, one after another. */
    public static boolean f(NDArray a, SourcePos pos) {
        return a.isFContiguous();
    }
}
