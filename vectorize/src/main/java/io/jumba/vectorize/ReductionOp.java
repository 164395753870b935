package io.jumba.vectorize;

import io.jumba.array.DType;

/**
 * The associative updates recognised as reductions: {@code s = s op e}, {@code s = np.minimum/np.maximum(s, e)}
 * (MIN/MAX, NaN-propagating) or Python's float {@code s = min/max(s, e)} (PY_MIN/PY_MAX: {@code e if e < s else s},
 * so a NaN challenger never wins), which is a compare-and-blend rather than a lanewise operator; Python's
 * {@code min/max} of uint64 values ({@code e if e < s else s} compared unsigned) is UMIN/UMAX, the unsigned lanewise
 * minimum and maximum (of equal integers either is the same bits).
 */
public enum ReductionOp {
    ADD("+", "ADD"), MUL("*", "MUL"), MIN("min", "MIN"), MAX("max", "MAX"),
    AND("&", "AND"), OR("|", "OR"), XOR("^", "XOR"), PY_MIN("min", "LT"), PY_MAX("max", "GT"),
    UMIN("min", "UMIN"), UMAX("max", "UMAX");

    private final String symbol;
    private final String vectorOperator;

    ReductionOp(String symbol, String vectorOperator) {
        this.symbol = symbol;
        this.vectorOperator = vectorOperator;
    }

    public String symbol() { return symbol; }

    /**
     * The name of the matching {@code jdk.incubator.vector.VectorOperators} constant: the lanewise operator, or for
     * the {@link #selects() selecting} ops the comparison by which the challenger wins.
     */
    String vectorOperator() { return vectorOperator; }

    /** Whether the update keeps the accumulator unless the challenger compares strictly better (PY_MIN/PY_MAX). */
    boolean selects() { return this == PY_MIN || this == PY_MAX; }

    /**
     * Whether regrouping changes the result for dtype d: float (and complex) sums and products round differently;
     * min/max (Math.min/max order -0.0 below 0.0 and propagate NaN) and all integer ops do not. Python's min/max keep
     * the first of equal values, so regrouping may pick the other signed zero.
     */
    boolean reassociationChangesResult(DType d) {
        return (d.isFloat() || d.isComplex()) && (this == ADD || this == MUL || selects());
    }

    /** Java source of the identity element for dtype d. */
    String identity(DType d) {
        String t = d.javaType();
        return switch (this) {
            case ADD, OR, XOR -> "(" + t + ") 0";
            case MUL -> "(" + t + ") 1";
            case AND, UMIN -> "(" + t + ") -1";
            case UMAX -> "(" + t + ") 0";
            case MIN, PY_MIN -> switch (d) {
                case FLOAT64 -> "Double.POSITIVE_INFINITY";
                case FLOAT32 -> "Float.POSITIVE_INFINITY";
                case INT64, UINT64 -> "Long.MAX_VALUE";
                default -> "Integer.MAX_VALUE";
            };
            case MAX, PY_MAX -> switch (d) {
                case FLOAT64 -> "Double.NEGATIVE_INFINITY";
                case FLOAT32 -> "Float.NEGATIVE_INFINITY";
                case INT64, UINT64 -> "Long.MIN_VALUE";
                default -> "Integer.MIN_VALUE";
            };
        };
    }

    /** Java source combining two scalars of dtype d with this op, typed as d. */
    String combine(DType d, String a, String b) {
        return switch (this) {
            case MIN -> "Math.min(" + a + ", " + b + ")";
            case MAX -> "Math.max(" + a + ", " + b + ")";
            case PY_MIN -> "(" + b + " < " + a + " ? " + b + " : " + a + ")";
            case PY_MAX -> "(" + b + " > " + a + " ? " + b + " : " + a + ")";
            case UMIN -> "(Long.compareUnsigned(" + b + ", " + a + ") < 0 ? " + b + " : " + a + ")";
            case UMAX -> "(Long.compareUnsigned(" + b + ", " + a + ") > 0 ? " + b + " : " + a + ")";
            default -> "((" + d.javaType() + ") ((" + a + ") " + symbol + " (" + b + ")))";
        };
    }
}
