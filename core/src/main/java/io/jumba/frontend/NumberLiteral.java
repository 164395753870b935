package io.jumba.frontend;

import io.jumba.diag.KernelSyntaxError;
import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.source.SourcePos;

import java.math.BigInteger;
import java.util.regex.Pattern;

/** Validates and decodes a numeric literal token, following Python's literal grammar (underscores included). */
final class NumberLiteral {
    private static final String DIGITS = "[0-9](?:_?[0-9])*";
    private static final Pattern DECIMAL = Pattern.compile("[1-9](?:_?[0-9])*|0(?:_?0)*");
    private static final Pattern LEADING_ZERO = Pattern.compile("0[0-9_]*");
    private static final Pattern HEX = Pattern.compile("0[xX](?:_?[0-9a-fA-F])+");
    private static final Pattern OCTAL = Pattern.compile("0[oO](?:_?[0-7])+");
    private static final Pattern BINARY = Pattern.compile("0[bB](?:_?[01])+");
    private static final Pattern FLOAT = Pattern.compile(
            "(?:(?:" + DIGITS + ")?\\." + DIGITS + "|" + DIGITS + "\\.?)(?:[eE][+-]?" + DIGITS + ")?");

    private NumberLiteral() {}

    static PyExpr parse(Token token) {
        String text = token.text();
        SourcePos pos = token.pos();
        if (text.endsWith("j") || text.endsWith("J")) {
            String digits = text.substring(0, text.length() - 1);
            if (!FLOAT.matcher(digits).matches()) throw new KernelSyntaxError(pos, "invalid imaginary literal");
            return new PyExpr.ImagLit(Double.parseDouble(digits.replace("_", "")), pos);
        }
        if (DECIMAL.matcher(text).matches()) return integer(text, 10, pos);
        if (HEX.matcher(text).matches()) return integer(text.substring(2), 16, pos);
        if (OCTAL.matcher(text).matches()) return integer(text.substring(2), 8, pos);
        if (BINARY.matcher(text).matches()) return integer(text.substring(2), 2, pos);
        if (LEADING_ZERO.matcher(text).matches()) {
            throw new KernelSyntaxError(pos, "leading zeros in decimal integer literals are not permitted;"
                    + " use an 0o prefix for octal integers");
        }
        if (FLOAT.matcher(text).matches()) return new PyExpr.FloatLit(Double.parseDouble(text.replace("_", "")), pos);
        String kind = switch (text.length() > 1 ? text.charAt(1) : ' ') {
            case 'x', 'X' -> "hexadecimal";
            case 'o', 'O' -> "octal";
            case 'b', 'B' -> "binary";
            default -> "decimal";
        };
        throw new KernelSyntaxError(pos, "invalid " + (text.startsWith("0") ? kind : "decimal") + " literal");
    }

    private static PyExpr integer(String digits, int radix, SourcePos pos) {
        BigInteger value = new BigInteger(digits.replace("_", ""), radix);
        if (value.bitLength() > 64) throw new UnsupportedError(pos, "integer literal out of uint64 range");
        return new PyExpr.IntLit(value.longValue(), value.bitLength() == 64, pos);
    }
}
