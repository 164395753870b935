package io.jumba.codegen;

/**
 * Whether generated code checks for cancellation (thread interrupts, {@code Future.cancel(true)}, time limits).
 * {@code -Djumba.cancellation=false} leaves the checks and the strip-mined loops that carry them out of compiled
 * kernels, as Numba has none: for measuring what they cost ({@code bench/compare-commits.sh}); such kernels cannot be
 * stopped or time-limited. The interpreter checks either way.
 */
public final class Cancellation {
    private Cancellation() {}

    /** The system property that turns the checks off when {@code false}. */
    public static final String PROPERTY = "jumba.cancellation";
    /** True unless the property is {@code false}; read once, so every kernel of a JVM is compiled alike. */
    public static final boolean CHECKED = !"false".equalsIgnoreCase(System.getProperty(PROPERTY));
}
