package io.jumba.diag;

/**
 * An internal error: Java source generated from a kernel failed to compile. This is a Jumba bug, not a kernel
 * error. The message carries the compiler's diagnosis only: the generated source (hundreds of kilobytes for a big
 * kernel) is kept in {@link #javaSource()}, which {@code jumba explain --java} prints.
 */
public final class KernelCompilationException extends JumbaException {
    private final String diagnosis;
    private final String javaSource;

    public KernelCompilationException(String diagnosis, String javaSource) {
        super("internal error: generated Java did not compile: " + diagnosis
                + " (jumba explain --java shows the generated source)", null);
        this.diagnosis = diagnosis;
        this.javaSource = javaSource;
    }

    /** Not a Python exception: Numba reports its own failures as an internal error too. */
    @Override
    public String pythonName() { return "InternalError"; }

    /** The message as it always read: "internal error: ...", without the source. */
    @Override
    public String getMessage() { return detail(); }

    /** What was wrong, without the source. */
    public String diagnosis() { return diagnosis; }

    /** The generated source that failed. */
    public String javaSource() { return javaSource; }
}
