package io.jumba.cli;

import io.jumba.array.Npy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Reads command-line arguments as kernel arguments, the way Python would read them as literals:
 * a path ending in {@code .npy} is an array, {@code 3} or {@code -3} an int64, {@code 2.5}, {@code 1e-3},
 * {@code nan}, {@code inf} or {@code -inf} a float64, {@code True}/{@code False} a bool.
 */
final class KernelArguments {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern FLOAT = Pattern.compile("[+-]?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

    private KernelArguments() {}

    /**
     * The kernel argument that text stands for.
     *
     * @throws IllegalArgumentException when text is none of the accepted forms
     * @throws IOException              when an .npy file cannot be read
     */
    static Object parse(String text) throws IOException {
        if (text.endsWith(".npy")) return Npy.read(Path.of(text));
        if (text.equals("True")) return Boolean.TRUE;
        if (text.equals("False")) return Boolean.FALSE;
        if (INTEGER.matcher(text).matches()) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("integer argument '" + text + "' does not fit in int64");
            }
        }
        if (FLOAT.matcher(text).matches()) return Double.parseDouble(text);
        if (NON_FINITE.matcher(text).matches()) {
            double v = text.toLowerCase().contains("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
            return text.startsWith("-") ? -v : v;
        }
        throw new IllegalArgumentException("cannot read argument '" + text
                + "': expected a path ending in .npy, an integer, a float (also nan, inf, -inf) or True/False");
    }

    /** Every text read with {@link #parse(String)}. */
    static Object[] parseAll(java.util.List<String> texts) throws IOException {
        Object[] values = new Object[texts.size()];
        for (int i = 0; i < values.length; i++) values[i] = parse(texts.get(i));
        return values;
    }
}
