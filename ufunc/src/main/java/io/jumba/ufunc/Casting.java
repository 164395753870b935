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

    /** The rule as NumPy spells it, e.g. {@code same_kind}. */
    public String numpyName() { return name().toLowerCase(java.util.Locale.ROOT); }
}
