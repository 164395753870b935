package io.jumba.vectorize;

import io.jumba.array.DType;

/**
 * Java source of one value inside an emitted vector loop.
 *
 * @param code  the Java expression
 * @param dtype the element type (for a mask: the element type of the species it belongs to; for a scalar: its own)
 * @param kind  what the expression evaluates to
 */
record VectorValue(String code, DType dtype, Kind kind) {
    enum Kind {
        /** A vector of {@code dtype} lanes. */
        VECTOR,
        /** A {@code VectorMask} of the species of {@code dtype}. */
        MASK,
        /** A loop-invariant scalar of {@code dtype} (bool: a Java boolean), broadcast where needed. */
        SCALAR
    }
}
