package io.jumba.runtime;

import java.util.List;

/**
 * The NumPy ufunc built on a registered math function ({@link MathFn}): its name and aliases, which loops it has
 * (in NumPy's order, see {@code np.sqrt.types}), its reduction identity (a Boolean, Long or Double; null for none)
 * and whether a reduction may run over several axes at once without one. The ufunc module builds it.
 */
public record UfuncForm(String name, List<String> aliases, Loops loops, Object identity, boolean reorderable) {
    /** The loop families of NumPy's math ufuncs. */
    public enum Loops {
        /** float32 and float64 only; other inputs go through NumPy's loop selection (ints to float64). */
        FLOATS,
        /** Every int and float type, computing in its own type. */
        NUMERIC,
        /** As {@link #NUMERIC}, with bool given back unchanged (absolute). */
        NUMERIC_BOOL_AS_IS,
        /** As {@link #NUMERIC}, with bool as logical and (minimum, fmin). */
        NUMERIC_BOOL_AND,
        /** As {@link #NUMERIC}, with bool as logical or (maximum, fmax). */
        NUMERIC_BOOL_OR,
        /** As {@link #NUMERIC}, a float zero of either sign giving +0.0; bool has no loop and is an error (sign). */
        NUMERIC_UNSIGNED_ZERO,
        /** bool and ints given back unchanged (already whole, NumPy 2), floats computed (floor, ceil, trunc). */
        WHOLE_AS_IS,
        /** Every type, giving bool (isnan, isinf, isfinite). */
        ALL_TO_BOOL
    }

    public UfuncForm {
        aliases = List.copyOf(aliases);
    }

    static UfuncForm of(String name, Loops loops) { return new UfuncForm(name, List.of(), loops, null, false); }
}
