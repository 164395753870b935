package io.jumba.diag;

/**
 * An internal error: Java source generated from a kernel failed to compile. This is a Jumba bug, not a kernel
 * error; the message carries the compiler's diagnosis and the generated source so it can be reported.
 */
public final class KernelCompilationException extends RuntimeException {
    private final String diagnosis;
    private final String javaSource;

    public KernelCompilationException(String diagnosis, String javaSource) {
        super("internal error: generated Java did not compile: " + diagnosis + "\n--- generated source ---\n" + javaSource,
                null, false, false);
        this.diagnosis = diagnosis;
        this.javaSource = javaSource;
    }

    /** What was wrong, without the source. */
    public String diagnosis() { return diagnosis; }

    /** The generated source that failed. */
    public String javaSource() { return javaSource; }
}
