package io.jumba.ir;

/**
 * The ways {@link Expr.ShapeView} gives a view of an array under another shape (or, for the parts of a complex array,
 * another element type), sharing its data. Each names the
 * runtime method ({@code io.jumba.runtime.ShapeViews}) that generated code and the interpreter both call with the
 * array, the int64 arguments and the kernel position.
 */
public enum ShapeOp {
    /** {@code reshape(a, shape)} of a C-contiguous array; one dimension may be -1 (ValueError when sizes differ). */
    RESHAPE("reshape"),
    /** A new axis of length 1 at the one argument's position ({@code expand_dims}, {@code a[None]}). */
    EXPAND_DIMS("expandDims"),
    /** The axis at the one argument's position removed (ValueError unless its length is 1). */
    SQUEEZE("squeeze"),
    /** The axes in the arguments' order ({@code transpose(a, axes)}, {@code swapaxes}, {@code moveaxis}). */
    PERMUTE("permute"),
    /**
     * {@code np.lib.stride_tricks.as_strided(a, shape, strides)}: the arguments are the shape, then the strides in
     * bytes (ValueError unless the view stays within the array's storage).
     */
    AS_STRIDED("asStrided"),
    /**
     * {@code a.view(dtype)} of a dtype stored in the same Java primitive as a's (int64 and uint64, ...): the same
     * elements read as that dtype, writing through; the one argument is the target {@code DType}'s ordinal.
     */
    REINTERPRET("reinterpret"),
    /** {@code a.real} of a complex array: its real parts, a float view of its storage (no arguments). */
    REAL("realPart"),
    /** {@code a.imag} of a complex array: its imaginary parts, a float view of its storage (no arguments). */
    IMAG("imagPart");

    private final String method;

    ShapeOp(String method) { this.method = method; }

    /** The static method of {@code io.jumba.runtime.ShapeViews} that makes the view. */
    public String method() { return method; }
}
