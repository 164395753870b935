package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.types.Promotion;

/** NumPy's casting rules ({@code casting=} of a ufunc call); a ufunc call defaults to {@link #SAME_KIND}. */
public enum Casting {
    NO, EQUIV, SAFE, SAME_KIND, UNSAFE;

    /** NumPy's {@code can_cast(from, to, rule)} on Jumba's dtypes. */
    public boolean allows(DType from, DType to) {
        return switch (this) {
            case NO, EQUIV -> from == to;
            case SAFE -> Promotion.canCastSafely(from, to);
            case SAME_KIND -> Promotion.canCastSafely(from, to)
                    || (from.isFloat() && to.isFloat())
                    || (from.isInteger() && to.isFloat())
                    || (from.isInteger() && to.isInteger() && (to.isSigned() || !from.isSigned()));
            case UNSAFE -> true;
        };
    }

    /**
     * Whether a call argument of the ufunc named ufunc goes into a loop of dtype to under this rule, read as NumPy 2
     * reads it (NEP 50): an NDArray, Boolean or Float by its dtype; a Java integer or Double as a weak Python scalar,
     * which takes any dtype of its kind or a higher one. A TypeError (UFuncException) for any other argument.
     */
    public boolean allowsArgument(Object arg, DType to, String ufunc) {
        Operand op = Operand.of(arg, ufunc);
        return op instanceof Operand.PythonScalar s && s.weaklyCastsTo(to) || allows(op.dtype(), to);
    }

    /** NumPy 2's OverflowError when arg is a Java integer (a Python int) that integer dtype to cannot hold. */
    public static void requireExact(Object arg, DType to, String ufunc) {
        if (Operand.of(arg, ufunc) instanceof Operand.PythonScalar s) s.requireFits(to);
    }

    /** The rule as NumPy spells it, e.g. {@code same_kind}. */
    public String numpyName() { return name().toLowerCase(java.util.Locale.ROOT); }
}
