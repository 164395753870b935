package io.jumba.runtime;

import io.jumba.array.NDArray;
import io.jumba.source.SourcePos;

/** {@code np.sort} and {@code np.argsort} of 1-d arrays, run by {@link Sorts}. */
public enum SortFn implements LibraryFn {
    /** A sorted copy. */
    SORT("sort", (a, pos) -> Sorts.sort((NDArray) a[0], pos)),
    /** The int64 indices that sort the array, stably. */
    ARGSORT("argsort", (a, pos) -> Sorts.argsort((NDArray) a[0], pos));

    private final String method;
    private final Call call;

    SortFn(String method, Call call) {
        this.method = method;
        this.call = call;
    }

    @Override public String javaMethod() { return "Sorts." + method; }

    @Override public String pythonName() { return "np." + method; }

    @Override public Object apply(Object[] args, SourcePos pos) { return call.apply(args, pos); }
}
