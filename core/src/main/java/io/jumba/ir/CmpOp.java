package io.jumba.ir;

/** Scalar comparisons of the IR. */
public enum CmpOp {
    LT("<"), LE("<="), GT(">"), GE(">="), EQ("=="), NE("!=");

    private final String symbol;

    CmpOp(String symbol) { this.symbol = symbol; }

    /** The Python (and Java) operator, e.g. {@code <=}. */
    public String symbol() { return symbol; }
}
