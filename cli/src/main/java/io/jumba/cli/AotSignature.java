package io.jumba.cli;

/**
 * One {@code --sig} of {@code jumba aot}: a function of the kernel file and a Numba signature to compile it for,
 * written {@code FUNC=SIGNATURE} (as {@code total=float64(float64[:])}).
 *
 * @param function  the Python function's name
 * @param signature the signature in Numba syntax
 */
record AotSignature(String function, String signature) {
    /**
     * Parses {@code FUNC=SIGNATURE}.
     *
     * @throws IllegalArgumentException when the text has no {@code =} or an empty side
     */
    static AotSignature parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("expected FUNC=SIGNATURE, as total=float64(float64[:]), got '" + text + "'");
        }
        return new AotSignature(text.substring(0, eq).strip(), text.substring(eq + 1).strip());
    }
}
