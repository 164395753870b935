package io.jumba.source;

/**
 * A place in kernel source: file name (or {@code "<string>"}), 1-based line and 1-based column,
 * plus the text of that line so errors can show it with a caret.
 */
public record SourcePos(String file, int line, int col, String lineText) {
    /** Unknown position, for nodes synthesized by passes with no source of their own. */
    public static final SourcePos NONE = new SourcePos("<unknown>", 0, 0, "");

    /** {@code file:line:col}. */
    @Override
    public String toString() { return file + ":" + line + ":" + col; }

    /** The source line followed by a line with a caret under the column; empty when the line is unknown. */
    public String excerpt() {
        if (line <= 0 || lineText.isEmpty()) return "";
        return "    " + lineText + "\n    " + " ".repeat(Math.max(0, col - 1)) + "^";
    }
}
