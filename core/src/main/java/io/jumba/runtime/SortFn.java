package io.jumba.runtime;

import io.jumba.array.NDArray;
import io.jumba.source.SourcePos;

import java.util.Locale;

/** {@code np.sort} (along the last axis) and {@code np.argsort} (1-d), run by {@link Sorts} (a method of the constant's name). */
public enum SortFn implements LibraryFn {
    /** A sorted copy, each run along the last axis sorted. */
    SORT,
    /** The int64 indices that sort the array, stably. */
    ARGSORT;

    @Override public String javaMethod() { return "Sorts." + name().toLowerCase(Locale.ROOT); }

    @Override public String pythonName() { return "np." + name().toLowerCase(Locale.ROOT); }

    @Override public Object apply(Object[] args, SourcePos pos) {
        NDArray a = (NDArray) args[0];
        return switch (this) {
            case SORT -> Sorts.sort(a, pos);
            case ARGSORT -> Sorts.argsort(a, pos);
        };
    }
}
