package io.jumba.frontend;

import io.jumba.source.SourcePos;

/**
 * One lexical token. {@code text} is the exact source spelling (for strings and numbers too: the parser
 * decodes them, so that skipped code such as an {@code if __name__ == "__main__":} block is never decoded).
 */
record Token(Kind kind, String text, SourcePos pos) {

    /** Token categories; keywords are separate from names so that {@code True}, {@code if} ... are never names. */
    enum Kind { NAME, KEYWORD, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, END }

    boolean isOp(String op) { return kind == Kind.OP && text.equals(op); }

    boolean isKeyword(String keyword) { return kind == Kind.KEYWORD && text.equals(keyword); }

    /** How the token reads in an error message. */
    String describe() {
        return switch (kind) {
            case NAME -> "name '" + text + "'";
            case KEYWORD -> "keyword '" + text + "'";
            case NUMBER -> "number " + text;
            case STRING -> "string literal";
            case OP -> "'" + text + "'";
            case NEWLINE -> "end of line";
            case INDENT -> "indent";
            case DEDENT -> "dedent";
            case END -> "end of file";
        };
    }
}
