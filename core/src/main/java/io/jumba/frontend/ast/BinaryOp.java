package io.jumba.frontend.ast;

/** Python binary operators, with their source spelling. */
public enum BinaryOp {
    ADD("+"), SUB("-"), MUL("*"), TRUEDIV("/"), FLOORDIV("//"), MOD("%"), POW("**"),
    LSHIFT("<<"), RSHIFT(">>"), BITAND("&"), BITOR("|"), BITXOR("^"), MATMUL("@");

    public final String symbol;

    BinaryOp(String symbol) { this.symbol = symbol; }
}
