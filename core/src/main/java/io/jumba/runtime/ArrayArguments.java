package io.jumba.runtime;

import io.jumba.array.DType;
import io.jumba.array.NDArray;

/**
 * Checks an array argument against the array type a kernel was compiled for, before the kernel runs: compiled code
 * relies on the dtype, the number of dimensions and the declared layout (a unit stride), so an array that differs
 * is refused here rather than misread. Called by {@code CompiledKernel.invoke} and by the facades of ahead-of-time
 * kernel jars.
 */
public final class ArrayArguments {
    private ArrayArguments() {}

    /**
     * v as the NDArray of the parameter type {@code type} (its text, for messages).
     *
     * @param layout 'C' (C-contiguous), 'F' (Fortran-contiguous) or 'A' (any strides)
     * @throws IllegalArgumentException when v is no array of that dtype and dimension count, or not laid out so
     */
    public static NDArray check(Object v, DType dtype, int ndim, char layout, String type) {
        if (!(v instanceof NDArray a) || a.dtype() != dtype || a.ndim() != ndim) {
            throw new IllegalArgumentException("expected an array " + type + ", got " + v);
        }
        boolean ok = layout == 'A' || (layout == 'C' ? a.isCContiguous() : a.isFContiguous());
        if (!ok) throw new IllegalArgumentException("array argument is not " + layout + "-contiguous as " + type);
        return a;
    }
}
