package io.jumba.runtime;

import io.jumba.error.KernelRuntimeError;
import io.jumba.frontend.SourcePos;

/** Builds the Python-named runtime errors that kernels raise; both backends throw what these return. */
public final class Faults {
    private Faults() {}

    /** NumPy's message: {@code index 5 is out of bounds for axis 0 with size 3}. */
    public static KernelRuntimeError indexError(long index, int axis, long size, SourcePos pos) {
        return new KernelRuntimeError("IndexError", pos,
                "index " + index + " is out of bounds for axis " + axis + " with size " + size);
    }

    public static KernelRuntimeError indexError(String detail, SourcePos pos) {
        return new KernelRuntimeError("IndexError", pos, detail);
    }

    public static KernelRuntimeError zeroDivision(String detail, SourcePos pos) {
        return new KernelRuntimeError("ZeroDivisionError", pos, detail);
    }

    public static KernelRuntimeError valueError(String detail, SourcePos pos) {
        return new KernelRuntimeError("ValueError", pos, detail);
    }

    /** {@code range()} with a zero step. */
    public static KernelRuntimeError rangeStepZero(SourcePos pos) {
        return valueError("range() arg 3 must not be zero", pos);
    }
}
