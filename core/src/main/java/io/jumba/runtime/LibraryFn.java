package io.jumba.runtime;

import io.jumba.source.SourcePos;

/**
 * A library function on whole arrays that the runtime evaluates, for generated code and the interpreter alike: a
 * static method that takes the evaluated operands and the call's {@link SourcePos} last. Its value is a fresh array,
 * a scalar or a tuple of them; it never writes its operands.
 */
public sealed interface LibraryFn permits ContiguityFn, HistogramFn, LinAlgFn, MemoryFn, SortFn {
    /** The static method generated code calls, as {@code Class.method} of a runtime class. */
    String javaMethod();

    /** The function in the IR's printed form, as a kernel would name it (e.g. {@code linalg.inv}, {@code np.sort}). */
    String pythonName();

    /** The function applied to evaluated operands (the interpreter's path): the method generated code calls. */
    Object apply(Object[] args, SourcePos pos);
}
