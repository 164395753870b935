package io.jumba.runtime;

/**
 * How a registered math function ({@link MathFn}) types its arguments and result; the typing stage applies it
 * (Numba's rules for scalars, NumPy's loop selection on arrays).
 */
public enum MathTyping {
    /** Computes in float32 when every argument is float32, else in float64 (ints converted first, as Numba). */
    FLOAT,
    /** Computes in float64 whatever the arguments (a float32 result of a float64 computation would round twice). */
    FLOAT64,
    /** Keeps the operand type, ints included (bool computes in int64). */
    KEEPS_TYPE,
    /** Computes as {@link #FLOAT} and gives bool. */
    PREDICATE,
    /**
     * A function of complex numbers ({@link ScalarImplementation.OnComplex}): complex64 arguments give a complex64 or
     * float32 result, others complex128 or float64; its implementation says which kind it gives.
     */
    COMPLEX
}
