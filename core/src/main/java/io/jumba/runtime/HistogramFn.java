package io.jumba.runtime;

import io.jumba.array.NDArray;
import io.jumba.source.SourcePos;

/** {@code np.histogram} with a bin count and a finite range, run by {@link Histograms}. */
public enum HistogramFn implements LibraryFn {
    /** (counts, edges) of equal bins over [lo, hi] ({@link Histograms#equalBins}). */
    EQUAL_BINS;

    @Override public String javaMethod() { return "Histograms.equalBins"; }

    @Override public String pythonName() { return "np.histogram"; }

    @Override public Object apply(Object[] args, SourcePos pos) {
        return switch (this) {
            case EQUAL_BINS -> Histograms.equalBins((NDArray) args[0], (Long) args[1], (Double) args[2], (Double) args[3], pos);
        };
    }
}
