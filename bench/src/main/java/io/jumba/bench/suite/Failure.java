package io.jumba.bench.suite;

/**
 * A benchmark of the suite that gave no figure: its setup threw (a kernel that does not compile, a result that
 * disagrees with the plain loop), its JVM died, or the Numba script failed.
 *
 * @param caseName the case, or "-" for a failure of the whole Numba run
 * @param size     the size, or "-"
 * @param width    the width, or null for Numba
 * @param impl     the implementation id
 * @param message  what went wrong, one line
 */
public record Failure(String caseName, String size, Width width, String impl, String message) {
    /** "dot/small jumba (256-bit): message". */
    public String describe() {
        return caseName + "/" + size + " " + impl + (width == null || width.bits() == 0 ? "" : " (" + width.label() + ")")
                + ": " + message;
    }
}
