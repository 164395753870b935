package io.jumba.array;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * NumPy 1.24's {@code repr} and {@code str} of an array with the default print options: line width 75, arrays over
 * 1000 elements summarized with 3 edge items and {@code ...}, floats in NumPy's "maxprec" mode with precision 8.
 */
final class ArrayFormatter {
    private static final int LINE_WIDTH = 75;
    private static final int THRESHOLD = 1000;
    private static final int EDGE_ITEMS = 3;
    private static final String PREFIX = "array(";
    private static final String SEPARATOR = ", ";
    /** {@code str}'s separator; its rows end without a comma. */
    private static final String STR_SEPARATOR = " ";

    private ArrayFormatter() {}

    /** A shape as Python prints a tuple: {@code ()}, {@code (3,)}, {@code (2, 3)}. */
    static String shapeString(int[] shape) {
        if (shape.length == 1) return "(" + shape[0] + ",)";
        StringBuilder sb = new StringBuilder("(");
        for (int d = 0; d < shape.length; d++) sb.append(d > 0 ? ", " : "").append(shape[d]);
        return sb.append(')').toString();
    }

    /** A long shape as Python prints a tuple. */
    static String shapeString(long[] shape) {
        if (shape.length == 1) return "(" + shape[0] + ",)";
        StringBuilder sb = new StringBuilder("(");
        for (int d = 0; d < shape.length; d++) sb.append(d > 0 ? ", " : "").append(shape[d]);
        return sb.append(')').toString();
    }

    static String repr(NDArray a) {
        boolean impliedDtype = a.dtype() == DType.FLOAT64 || a.dtype() == DType.INT64 || a.dtype() == DType.BOOL
                || a.dtype() == DType.COMPLEX128;
        boolean skipDtype = impliedDtype && a.size() > 0;
        String suffix = skipDtype ? ")" : ",";
        String body;
        if (a.size() > 0 || a.ndim() == 1) {
            body = array2string(a, LINE_WIDTH - suffix.length());
        } else {
            body = "[], shape=" + shapeString(a.shape());
        }
        String text = PREFIX + body + suffix;
        if (skipDtype) return text;
        String dtype = "dtype=" + a.dtype().numpyName() + ")";
        int lastLineLength = text.length() - (text.lastIndexOf('\n') + 1);
        String spacer = lastLineLength + dtype.length() + 1 > LINE_WIDTH ? "\n" + " ".repeat(PREFIX.length()) : " ";
        return text + spacer + dtype;
    }

    /** NumPy's {@code str(a)} ({@code array_str}): {@code [1. 2.]}, {@code [[1 2]\n [3 4]]}; a 0-d array as its element. */
    static String str(NDArray a) {
        if (a.ndim() == 0) {
            if (a.dtype().isComplex()) return PythonRepr.of(a.readComplex(a.offset()));
            return PythonRepr.of(a.dtype().isBool() ? (Object) a.readBoolean(a.offset())
                    : a.dtype().isFloat() ? (Object) a.readDouble(a.offset()) : (Object) integerText(a, a.offset()));
        }
        boolean summarize = a.size() > THRESHOLD;
        IntFunction<String> format = elementFormat(a, edgePositions(a, summarize));
        return new Lines(format, summarize, LINE_WIDTH, STR_SEPARATOR).recurse(a, " ", LINE_WIDTH);
    }

    private static String array2string(NDArray a, int lineWidth) {
        boolean summarize = a.size() > THRESHOLD;
        IntFunction<String> format = elementFormat(a, edgePositions(a, summarize));
        return new Lines(format, summarize, lineWidth, SEPARATOR).recurse(a, " ".repeat(PREFIX.length() + 1),
                lineWidth);
    }

    /** Storage positions of the elements that will be printed (all, or only the edges when summarizing). */
    private static int[] edgePositions(NDArray a, boolean summarize) {
        List<Integer> out = new ArrayList<>();
        collect(a, summarize, out);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void collect(NDArray a, boolean summarize, List<Integer> out) {
        if (a.ndim() == 0) {
            out.add(a.offset());
            return;
        }
        int n = a.shape(0);
        for (int i = 0; i < n; i++) {
            if (summarize && 2 * EDGE_ITEMS < n && i == EDGE_ITEMS) i = n - EDGE_ITEMS;
            collect(a.index(0, i), summarize, out);
        }
    }

    private static IntFunction<String> elementFormat(NDArray a, int[] positions) {
        if (a.dtype().isBool()) {
            String trueText = a.ndim() == 0 ? "True" : " True";
            return p -> a.readBoolean(p) ? trueText : "False";
        }
        if (a.dtype().isFloat()) {
            double[] values = new double[positions.length];
            for (int k = 0; k < values.length; k++) values[k] = a.readDouble(positions[k]);
            FloatFormat f = new FloatFormat(values, a.dtype() == DType.FLOAT32);
            return p -> f.format(a.readDouble(p));
        }
        if (a.dtype().isComplex()) return complexFormat(a, positions);
        int width = 0;
        for (int p : positions) width = Math.max(width, integerText(a, p).length());
        int w = width;
        return p -> pad(integerText(a, p), w);
    }

    /**
     * NumPy's ComplexFloatingFormat: the real parts formatted together, the imaginary parts together with a sign
     * always shown, and {@code j} before the imaginary part's trailing padding.
     */
    private static IntFunction<String> complexFormat(NDArray a, int[] positions) {
        double[] re = new double[positions.length], im = new double[positions.length];
        for (int k = 0; k < positions.length; k++) {
            Complex z = a.readComplex(positions[k]);
            re[k] = z.re();
            im[k] = z.im();
        }
        boolean single = a.dtype() == DType.COMPLEX64;
        FloatFormat real = new FloatFormat(re, single), imag = new FloatFormat(im, single);
        int width = 0;
        for (double v : im) width = Math.max(width, signed(imag.format(v)).length());
        int w = width;
        return p -> {
            Complex z = a.readComplex(p);
            String i = pad(signed(imag.format(z.im())), w);
            String core = i.stripTrailing();
            return real.format(z.re()) + core + "j" + i.substring(core.length());
        };
    }

    /** A formatted float with its sign always written ({@code +1.5}, {@code -2. }), leading padding dropped. */
    private static String signed(String formatted) {
        String s = formatted.stripLeading();
        return s.startsWith("-") ? s : "+" + s;
    }

    /** The integer element at raw position p in decimal (a uint64 read unsigned). */
    private static String integerText(NDArray a, int p) {
        long v = a.readLong(p);
        return a.dtype() == DType.UINT64 ? Long.toUnsignedString(v) : Long.toString(v);
    }

    static String pad(String s, int width) { return s.length() >= width ? s : " ".repeat(width - s.length()) + s; }

    /** NumPy's {@code _formatArray}: nested brackets, wrapping rows at the line width. */
    private record Lines(IntFunction<String> format, boolean summarize, int lineWidth, String separator) {
        String recurse(NDArray a, String hangingIndent, int currentWidth) {
            if (a.ndim() == 0) return format.apply(a.offset());
            String nextIndent = hangingIndent + " ";
            int nextWidth = currentWidth - 1;
            int n = a.shape(0);
            boolean showSummary = summarize && 2 * EDGE_ITEMS < n;
            int leading = showSummary ? EDGE_ITEMS : 0, trailing = showSummary ? EDGE_ITEMS : n;
            StringBuilder s = new StringBuilder();
            if (a.ndim() == 1) {
                int elemWidth = currentWidth - 1;
                StringBuilder line = new StringBuilder(hangingIndent);
                List<String> words = new ArrayList<>();
                for (int i = 0; i < leading; i++) words.add(recurse(a.index(0, i), nextIndent, nextWidth));
                if (showSummary) words.add("...");
                for (int i = trailing; i >= 1; i--) words.add(recurse(a.index(0, n - i), nextIndent, nextWidth));
                for (int k = 0; k < words.size(); k++) {
                    String word = words.get(k);
                    boolean wrap = line.length() + word.length() > elemWidth && line.length() > hangingIndent.length();
                    if (wrap) {
                        s.append(line.toString().stripTrailing()).append('\n');
                        line = new StringBuilder(hangingIndent);
                    }
                    line.append(word);
                    if (k < words.size() - 1) line.append(separator);
                }
                s.append(line);
            } else {
                String lineSep = separator.stripTrailing() + "\n".repeat(a.ndim() - 1);
                List<String> blocks = new ArrayList<>();
                for (int i = 0; i < leading; i++) blocks.add(recurse(a.index(0, i), nextIndent, nextWidth));
                if (showSummary) blocks.add("...");
                for (int i = trailing; i >= 1; i--) blocks.add(recurse(a.index(0, n - i), nextIndent, nextWidth));
                for (int k = 0; k < blocks.size(); k++) {
                    s.append(hangingIndent).append(blocks.get(k));
                    if (k < blocks.size() - 1) s.append(lineSep);
                }
            }
            return "[" + s.substring(hangingIndent.length()) + "]";
        }
    }
}
