package io.jumba.frontend.ast;

/** Python comparison operators ({@code is}/{@code is not} only against None; {@code in} on tuples, ranges, arrays). */
public enum CompareOp {
    LT("<"), LE("<="), GT(">"), GE(">="), EQ("=="), NE("!="), IS("is"), IS_NOT("is not"), IN("in"), NOT_IN("not in");

    public final String symbol;

    CompareOp(String symbol) { this.symbol = symbol; }
}
