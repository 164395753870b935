package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.array.Unsigned;
import io.jumba.typing.Promotion;

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

    /**
     * {@code np.copyto(to, from, casting='unsafe')} for arrays of one shape: from's values cast to to's dtype as
     * NumPy's unsafe assignment (ints wrap, floats truncate toward zero).
     */
    public static void copyUnsafe(NDArray from, NDArray to) {
        int n = to.size();
        if (n == 0) return;
        int[] shape = to.shape();
        int[] index = new int[shape.length];
        for (int k = 0; k < n; k++) {
            int rem = k;
            for (int d = shape.length - 1; d >= 0; d--) {
                index[d] = rem % shape[d];
                rem /= shape[d];
            }
            if (from.dtype().isFloat()) {
                to.setDouble(from.getDouble(index), index);
            } else if (from.dtype() == DType.UINT64 && to.dtype().isFloat()) {
                to.setDouble(unsignedToFloat(from.getLong(index), to.dtype()), index);
            } else {
                to.setLong(from.getLong(index), index);
            }
        }
    }

    /** uint64 bits rounded once to float dtype to (its value as a double, which holds every float32 exactly). */
    private static double unsignedToFloat(long bits, DType to) {
        return to == DType.FLOAT32 ? Unsigned.toFloat(bits) : Unsigned.toDouble(bits);
    }

    /** The rule as NumPy spells it, e.g. {@code same_kind}. */
    public String numpyName() { return name().toLowerCase(java.util.Locale.ROOT); }
}
