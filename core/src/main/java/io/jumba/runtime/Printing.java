package io.jumba.runtime;

import io.jumba.array.PythonRepr;

/** What a kernel's {@code print(...)} runs: Python's {@code str} of each value between constant texts, to stdout. */
public final class Printing {
    private Printing() {}

    /**
     * Writes texts[0], then each value's {@code str()} followed by the next text, as one write to
     * {@link System#out} (so lines printed by parallel iterations do not interleave mid-line).
     *
     * @param values boxed as kernels return them (Long, Double, Boolean, NDArray, Object[] for a tuple, ...)
     */
    /** A uint64 (its bits) as print shows it: its unsigned value, as a BigInteger. */
    public static Object unsigned(long bits) { return new java.math.BigInteger(Long.toUnsignedString(bits)); }

    public static void print(String[] texts, Object[] values) {
        StringBuilder line = new StringBuilder(texts[0]);
        for (int i = 0; i < values.length; i++) line.append(PythonRepr.str(values[i])).append(texts[i + 1]);
        System.out.print(line);
        System.out.flush();
    }
}
