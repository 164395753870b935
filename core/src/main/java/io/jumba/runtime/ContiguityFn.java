package io.jumba.runtime;

import io.jumba.array.NDArray;
import io.jumba.source.SourcePos;

/** The flags of {@code a.flags} the runtime answers ({@link Contiguity}): a bool of the array's geometry. */
public enum ContiguityFn implements LibraryFn {
    /** {@code a.flags.c_contiguous}, {@code a.flags.contiguous}. */
    C_CONTIGUOUS("c", "flags.c_contiguous"),
    /** {@code a.flags.f_contiguous}. */
    F_CONTIGUOUS("f", "flags.f_contiguous");

    private final String method;
    private final String pythonName;

    ContiguityFn(String method, String pythonName) {
        this.method = method;
        this.pythonName = pythonName;
    }

    @Override public String javaMethod() { return "Contiguity." + method; }

    @Override public String pythonName() { return pythonName; }

    @Override public Object apply(Object[] args, SourcePos pos) {
        NDArray a = (NDArray) args[0];
        return switch (this) {
            case C_CONTIGUOUS -> Contiguity.c(a, pos);
            case F_CONTIGUOUS -> Contiguity.f(a, pos);
        };
    }
}
