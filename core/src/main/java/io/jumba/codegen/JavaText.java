package io.jumba.codegen;

/**
 * The only ways outside text (file names, function names, raise messages) enters generated Java (kernels and the
 * facades of ahead-of-time jars). Java reads
 * {@code \}{@code uXXXX} escapes before it tokenizes, anywhere in the source, so a backslash or a control character
 * written verbatim could end a comment or a literal and let the rest be read as code: both forms here write every
 * backslash and every character outside printable ASCII as something that pre-pass leaves alone.
 */
public final class JavaText {
    private JavaText() {}

    /** Text safe inside a {@code //} comment: printable ASCII only, with {@code ?} for a backslash or anything else. */
    public static String comment(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) sb.append(ch >= 32 && ch < 127 && ch != '\\' ? ch : '?');
        return sb.toString();
    }

    /**
     * A Java string literal equal to {@code text}: a quote or backslash is escaped with a backslash (which the
     * Unicode pre-pass ignores, as it follows an odd run of backslashes), a control character is an octal escape, and
     * a character beyond ASCII a Unicode escape, which the pre-pass turns into that character inside the literal.
     */
    public static String stringLiteral(String text) {
        StringBuilder b = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c < 32 || c == 127) b.append(String.format("\\%03o", (int) c));
            else if (c > 127) b.append(String.format("\\u%04x", (int) c));
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
