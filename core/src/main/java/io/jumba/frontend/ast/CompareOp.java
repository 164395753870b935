package io.jumba.frontend.ast;

/** Python comparison operators ({@code is}/{@code is not} only against None). */
public enum CompareOp {
    LT("<"), LE("<="), GT(">"), GE(">="), EQ("=="), NE("!="), IS("is"), IS_NOT("is not");

    public final String symbol;

    CompareOp(String symbol) { this.symbol = symbol; }
}
