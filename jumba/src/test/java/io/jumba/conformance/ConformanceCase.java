package io.jumba.conformance;

import java.nio.file.Path;
import java.util.List;

/**
 * One conformance case from manifest.json: a kernel function, its arguments and what real Numba (or, for a family
 * Numba refuses, CPython) did with them.
 *
 * @param id         unique name, e.g. {@code int_semantics.floordiv.3}, or {@code python_only.comb.5 [cpython golden]}
 *                   for a case whose golden comes from CPython because Numba refuses it
 * @param kernelFile the Numba-style .py file holding the function
 * @param function   the function to call
 * @param args       the arguments, in order
 * @param outcome    the return value(s) or the exception Numba raised
 * @param rtol       relative tolerance for float comparisons
 * @param atol       absolute tolerance for float comparisons
 * @param stdout     what the call prints to standard output (empty for most kernels)
 */
record ConformanceCase(String id, Path kernelFile, String function, List<Argument> args, Outcome outcome,
                       double rtol, double atol, String stdout) {

    /** A kernel argument as the manifest describes it. */
    sealed interface Argument {
        /** A scalar already boxed as Jumba takes it: Long (int64), Double (float64) or Boolean (bool). */
        record Scalar(Object value) implements Argument {}

        /** A tuple, passed as the Object[] of its elements. */
        record Tuple(List<Argument> elements) implements Argument {}

        /** A namedtuple instance of class name with these fields, passed as a {@link io.jumba.types.NamedTupleValue}. */
        record NamedTuple(String name, List<String> fields, List<Argument> elements) implements Argument {}

        /** An array read from {@code file}; {@code after} (or null: unchanged) holds its contents after the call. */
        record Array(Path file, Path after) implements Argument {}

        /**
         * A list, passed as a mutable java.util.List of its elements (Numba's reflected list); {@code after} (or
         * null: unchanged) holds its items after the call.
         */
        record ListOf(List<Argument> elements, List<Argument> after) implements Argument {}
    }

    /** What the call should end in. */
    sealed interface Outcome {
        /**
         * A return value: one value, or a tuple of {@code values.size()} elements when {@code tuple}; a namedtuple of
         * the class named {@code namedTuple} ({@code Point(x, y)}) when that is not null.
         */
        record Returns(boolean tuple, List<Expected> values, String namedTuple) implements Outcome {}

        /** A Python exception, by name (ZeroDivisionError, IndexError, ...). */
        record Raises(String pythonName) implements Outcome {}
    }

    /** One expected returned value. */
    sealed interface Expected {
        /** A scalar of a NumPy type ({@code int64}, {@code float32}, {@code bool}, ...) with its value. */
        record Scalar(String numpyType, Object value) implements Expected {}

        /** An array with exactly the contents (dtype, shape, elements) of the .npy file. */
        record Array(Path file) implements Expected {}

        /** Python's None. */
        record None() implements Expected {}

        /** A list (returned as a java.util.List) of these values. */
        record ListOf(List<Expected> elements) implements Expected {}

        /** A tuple (an Object[]) of these values, as an item of a list. */
        record Tuple(List<Expected> elements) implements Expected {}
    }

    @Override
    public String toString() { return id; }
}
