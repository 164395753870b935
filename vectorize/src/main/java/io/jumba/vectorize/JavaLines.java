package io.jumba.vectorize;

/**
 * Java statements being written, one per line and indented by their braces: a line ending with {@code {} opens a
 * level, a line starting with {@code }} closes one, four spaces each; comment lines change nothing.
 */
final class JavaLines {
    private final StringBuilder out = new StringBuilder();
    private int depth;

    void line(String text) {
        boolean code = !text.startsWith("//");
        if (code && text.startsWith("}")) depth--;
        out.append("    ".repeat(depth)).append(text).append('\n');
        if (code && text.endsWith("{")) depth++;
    }

    /** Lines already indented among themselves (the host's scalar loops), placed at the current level. */
    void block(String code) {
        for (String l : code.split("\n")) if (!l.isBlank()) out.append("    ".repeat(depth)).append(l).append('\n');
    }

    @Override public String toString() { return out.toString(); }
}
