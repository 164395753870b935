package io.jumba.diag;

import io.jumba.source.SourcePos;

/**
 * The root of every error Jumba raises: about a kernel's source ({@link KernelSyntaxError}, {@link TypingError},
 * {@link UnsupportedError}, {@link ParallelSafetyError}), while a kernel runs ({@link KernelRuntimeError}), from a
 * ufunc call NumPy would refuse ({@link UFuncException}), or a fault of Jumba itself
 * ({@link KernelCompilationException}). The message of an error with a position reads
 * {@code file:line:col: PythonName: what went wrong}, then the source line and a caret.
 * {@link #pythonName()} is the exception name a Python/Numba user would see (TypingError, IndexError, ...).
 */
public abstract sealed class JumbaException extends RuntimeException
        permits KernelSyntaxError, TypingError, UnsupportedError, ParallelSafetyError, KernelRuntimeError,
                UFuncException, KernelCompilationException {
    private final SourcePos pos;
    private final String detail;

    /** An error at pos in a kernel's source; no stack trace, as the position says where. */
    protected JumbaException(SourcePos pos, String detail) {
        super(pos + ": " + detail, null, false, false);
        this.pos = pos;
        this.detail = detail;
    }

    /** An error with no place in a kernel's source ({@link SourcePos#NONE}), caused by cause (or null). */
    protected JumbaException(String detail, Throwable cause) {
        super(detail, cause);
        this.pos = SourcePos.NONE;
        this.detail = detail;
    }

    /** The Python/Numba name of this error, e.g. {@code "TypingError"}. */
    public abstract String pythonName();

    /** Where in the kernel source the error is; {@link SourcePos#NONE} when it has no such place. */
    public SourcePos pos() { return pos; }

    /** The message without position and excerpt. */
    public String detail() { return detail; }

    @Override
    public String getMessage() {
        if (pos == SourcePos.NONE) return pythonName() + ": " + detail;
        String ex = pos.excerpt();
        return pos + ": " + pythonName() + ": " + detail + (ex.isEmpty() ? "" : "\n" + ex);
    }
}
