package io.jumba.frontend;

import io.jumba.diag.KernelSyntaxError;
import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.ast.PyExpr;

/** Decodes a string literal token (prefix, quotes, escapes) into its value. */
final class StringLiteral {
    private StringLiteral() {}

    static PyExpr.StrLit parse(Token token) {
        String text = token.text();
        int quoteAt = 0;
        while (text.charAt(quoteAt) != '"' && text.charAt(quoteAt) != '\'') quoteAt++;
        String prefix = text.substring(0, quoteAt).toLowerCase();
        if (prefix.contains("f")) throw new UnsupportedError(token.pos(), "f-strings are not supported in kernels");
        if (prefix.contains("b")) throw new UnsupportedError(token.pos(), "bytes literals are not supported in kernels");
        String body = text.substring(quoteAt);
        int quoteLength = body.length() >= 6 && body.startsWith(body.substring(0, 1).repeat(3)) ? 3 : 1;
        String raw = body.substring(quoteLength, body.length() - quoteLength);
        String value = prefix.contains("r") ? raw : unescape(raw, token);
        return new PyExpr.StrLit(value, token.pos());
    }

    private static String unescape(String raw, Token token) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                out.append(c);
                continue;
            }
            char e = raw.charAt(++i);
            switch (e) {
                case '\n' -> { }
                case '\\', '\'', '"' -> out.append(e);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000b');
                case 'x', 'u', 'U' -> {
                    int length = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (i + 1 + length > raw.length()) throw badEscape(token, e);
                    String hex = raw.substring(i + 1, i + 1 + length);
                    if (!hex.chars().allMatch(h -> Character.digit(h, 16) >= 0)) throw badEscape(token, e);
                    out.appendCodePoint(Integer.parseInt(hex, 16));
                    i += length;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int end = i;
                        while (end < raw.length() && end < i + 3 && raw.charAt(end) >= '0' && raw.charAt(end) <= '7') end++;
                        out.append((char) Integer.parseInt(raw.substring(i, end), 8));
                        i = end - 1;
                    } else {
                        out.append('\\').append(e);
                    }
                }
            }
        }
        return out.toString();
    }

    private static KernelSyntaxError badEscape(Token token, char escape) {
        return new KernelSyntaxError(token.pos(), "truncated \\" + escape + " escape in string literal");
    }
}
