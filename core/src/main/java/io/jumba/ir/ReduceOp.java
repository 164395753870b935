package io.jumba.ir;

/** Whole-array reductions: np.sum, np.prod, np.min, np.max, np.mean, np.argmin, np.argmax, np.any, np.all. */
public enum ReduceOp {
    SUM, PROD, MIN, MAX, MEAN, ARGMIN, ARGMAX, ANY, ALL;

    /** NumPy's ValueError message for an empty input (or an empty reduced axis), or null when the operation accepts one. */
    public String emptyMessage() {
        return switch (this) {
            case MIN -> "zero-size array to reduction operation minimum which has no identity";
            case MAX -> "zero-size array to reduction operation maximum which has no identity";
            case ARGMIN -> "attempt to get argmin of an empty sequence";
            case ARGMAX -> "attempt to get argmax of an empty sequence";
            case SUM, PROD, MEAN, ANY, ALL -> null;
        };
    }
}
