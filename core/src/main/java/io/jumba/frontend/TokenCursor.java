package io.jumba.frontend;

import io.jumba.diag.KernelSyntaxError;
import io.jumba.diag.UnsupportedError;

import java.util.List;

/** A position in the token list, with the look-ahead, matching and error helpers the parsers share. */
final class TokenCursor {
    private final List<Token> tokens;
    private int index;

    TokenCursor(List<Token> tokens) { this.tokens = tokens; }

    Token peek() { return peek(0); }

    /** The token {@code ahead} places on; END repeats forever. */
    Token peek(int ahead) { return tokens.get(Math.min(index + ahead, tokens.size() - 1)); }

    Token next() {
        Token t = peek();
        if (index < tokens.size() - 1) index++;
        return t;
    }

    int mark() { return index; }

    void reset(int mark) { index = mark; }

    boolean at(Token.Kind kind) { return peek().kind() == kind; }

    boolean atOp(String op) { return peek().isOp(op); }

    boolean atKeyword(String keyword) { return peek().isKeyword(keyword); }

    boolean acceptOp(String op) {
        if (!atOp(op)) return false;
        next();
        return true;
    }

    boolean acceptKeyword(String keyword) {
        if (!atKeyword(keyword)) return false;
        next();
        return true;
    }

    /** Consumes {@code op} or fails with "expected 'op' {@code context}", e.g. "expected ':' after 'if' condition". */
    Token expectOp(String op, String context) {
        if (!atOp(op)) throw expected("'" + op + "' " + context);
        return next();
    }

    Token expectKeyword(String keyword, String context) {
        if (!atKeyword(keyword)) throw expected("'" + keyword + "' " + context);
        return next();
    }

    Token expectName(String context) {
        if (!at(Token.Kind.NAME)) throw expected("a name " + context);
        return next();
    }

    /** Consumes the NEWLINE that ends a simple statement. */
    void expectNewline(String what) {
        if (!at(Token.Kind.NEWLINE)) throw expected("end of line after " + what);
        next();
    }

    KernelSyntaxError expected(String what) {
        Token t = peek();
        if (t.kind() == Token.Kind.INDENT) return syntax(t, "unexpected indent");
        return syntax(t, "expected " + what + ", found " + t.describe());
    }

    static KernelSyntaxError syntax(Token at, String message) { return new KernelSyntaxError(at.pos(), message); }

    static UnsupportedError unsupported(Token at, String message) { return new UnsupportedError(at.pos(), message); }
}
