package io.jumba.types;

/**
 * What is known at compile time about an array's memory layout, as in Numba:
 * C (row-major contiguous: last stride is 1), F (column-major: first stride is 1), A (any strides).
 * A 0-d or 1-d contiguous array is both C and F; Jumba then says C.
 */
public enum Layout { C, F, A }
