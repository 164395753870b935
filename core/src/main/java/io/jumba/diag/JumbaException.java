package io.jumba.diag;

import io.jumba.source.SourcePos;

/**
 * Base of every error Jumba reports about a kernel. The message reads
 * {@code file:line:col: PythonName: what went wrong}, then the source line and a caret.
 * {@link #pythonName()} is the exception name a Python/Numba user would see (TypingError, IndexError, ...).
 */
public abstract class JumbaException extends RuntimeException {
    private final SourcePos pos;
    private final String detail;

    protected JumbaException(SourcePos pos, String detail) {
        super(format(pos, detail), null, false, false);
        this.pos = pos;
        this.detail = detail;
    }

    /** The Python/Numba name of this error, e.g. {@code "TypingError"}. */
    public abstract String pythonName();

    /** Where in the kernel source the error is. */
    public SourcePos pos() { return pos; }

    /** The message without position and excerpt. */
    public String detail() { return detail; }

    @Override
    public String getMessage() {
        String ex = pos.excerpt();
        // As Python prints an exception raised without a message: "AssertionError", no colon.
        String what = detail.isEmpty() ? pythonName() : pythonName() + ": " + detail;
        return pos + ": " + what + (ex.isEmpty() ? "" : "\n" + ex);
    }

    private static String format(SourcePos pos, String detail) { return pos + ": " + detail; }
}
