package io.jumba.diag;

/**
 * A ufunc call NumPy would refuse (shape mismatch, bad casting, no matching loop, wrong arguments) or whose loop
 * raised (integer power's negative exponent); the message is NumPy's. {@link #pythonName()} is the class name of
 * the Python exception NumPy raises (ValueError, TypeError, UFuncTypeError, AxisError, IndexError, OverflowError).
 */
public final class UFuncException extends JumbaException {
    private final String pythonName;

    public UFuncException(String pythonName, String message) {
        this(pythonName, message, null);
    }

    /** The exception a ufunc's loop raised while it ran (cause), as NumPy passes a loop's exception on. */
    public UFuncException(String pythonName, String message, Throwable cause) {
        super(message, cause);
        this.pythonName = pythonName;
    }

    @Override
    public String pythonName() { return pythonName; }

    /** NumPy's message, without the exception's name (as {@code str(e)} in Python). */
    @Override
    public String getMessage() { return detail(); }
}
