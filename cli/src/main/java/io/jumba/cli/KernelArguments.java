package io.jumba.cli;

import io.jumba.array.Complex;
import io.jumba.array.Npy;
import io.jumba.types.NamedTupleValue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads command-line arguments as kernel arguments, the way Python would read them as literals:
 * a path ending in {@code .npy} is an array, {@code 3} or {@code -3} an int64, {@code 2.5}, {@code 1e-3},
 * {@code nan}, {@code inf} or {@code -inf} a float64, {@code 2j} or {@code 1-2.5j} a complex128, {@code True}/{@code False} a bool, {@code None} None (null), a parenthesized list
 * of those a tuple: {@code (1, 2.5)}, {@code (3,)}, {@code ((1, 2), True)}, a bracketed one a list of numbers
 * (a java.util.List, as Numba's reflected list): {@code [1, 2.5]}, and a braced one of {@code key: value} pairs a
 * typed dict (a java.util.Map in the literal's order): {@code {1: 2.5, 3: 4.0}}, and a class name followed by
 * {@code field=value} pairs a namedtuple: {@code Point(x=1.0, y=2)}.
 */
final class KernelArguments {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern FLOAT = Pattern.compile("[+-]?(\\d+\\.\\d*|\\.\\d+|\\d+)([eE][+-]?\\d+)?");
    private static final String UNSIGNED = "(?:\\d+\\.\\d*|\\.\\d+|\\d+)(?:[eE][+-]?\\d+)?";
    /** Python's complex literals as repr writes them: {@code 2j}, {@code -1.5j}, {@code 1+2j}, {@code (1-2.5e-3j)}. */
    private static final Pattern COMPLEX = Pattern.compile(
            "(?<re>[+-]?" + UNSIGNED + ")(?<im>[+-]" + UNSIGNED + ")[jJ]|(?<only>[+-]?" + UNSIGNED + ")[jJ]");
    /** A namedtuple as Python's repr writes it, {@code Point(x=1.0, y=2)}: the class name, then its fields. */
    private static final Pattern NAMED_TUPLE = Pattern.compile("(?<name>[A-Za-z_][A-Za-z0-9_]*)\\s*(?<fields>\\(.*\\))", Pattern.DOTALL);
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

    private KernelArguments() {}

    /**
     * The kernel argument that text stands for.
     *
     * @throws IllegalArgumentException when text is none of the accepted forms
     * @throws IOException              when an .npy file cannot be read
     */
    static Object parse(String text) throws IOException {
        text = text.strip();
        if (text.startsWith("(") && text.endsWith(")")) return tuple(text);
        if (text.startsWith("[") && text.endsWith("]")) return new ArrayList<>(items(text, "list"));
        if (text.startsWith("{") && text.endsWith("}")) return dict(text);
        Matcher named = NAMED_TUPLE.matcher(text);
        if (named.matches()) return namedTuple(named.group("name"), named.group("fields"));
        if (text.endsWith(".npy")) return Npy.read(Path.of(text));
        if (text.equals("True")) return Boolean.TRUE;
        if (text.equals("False")) return Boolean.FALSE;
        if (text.equals("None")) return null;
        if (INTEGER.matcher(text).matches()) {
            java.math.BigInteger value = new java.math.BigInteger(text);
            if (value.bitLength() <= 63) return value.longValue();
            // As Numba types a Python int: 2**63 .. 2**64-1 is a uint64.
            if (value.signum() > 0 && value.bitLength() == 64) return value;
            throw new IllegalArgumentException("integer argument '" + text + "' does not fit in int64 or uint64");
        }
        if (FLOAT.matcher(text).matches()) return Double.parseDouble(text);
        Matcher complex = COMPLEX.matcher(text);
        if (complex.matches()) {
            if (complex.group("only") != null) return new Complex(0, Double.parseDouble(complex.group("only")));
            return new Complex(Double.parseDouble(complex.group("re")), Double.parseDouble(complex.group("im")));
        }
        if (NON_FINITE.matcher(text).matches()) {
            double v = text.toLowerCase().contains("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
            return text.startsWith("-") ? -v : v;
        }
        throw new IllegalArgumentException("cannot read argument '" + text
                + "': expected a path ending in .npy, an integer, a float (also nan, inf, -inf), a complex number (1+2j),"
                + " True/False, None, or a tuple (1, 2.5), list [1, 2], dict {1: 2.5} or namedtuple Point(x=1.0, y=2) of those");
    }

    /**
     * A tuple literal: its elements split at the commas outside nested parentheses, each read with parse. As in
     * Python, {@code (3)} without a comma is just 3.
     */
    private static Object tuple(String text) throws IOException {
        List<Object> elements = items(text, "tuple");
        if (elements.size() == 1 && !text.substring(1, text.length() - 1).strip().endsWith(",")) return elements.getFirst();
        return elements.toArray();
    }

    /**
     * A namedtuple's fields, {@code (x=1.0, y=2)}, each value read with parse. Every field is named, as Python's repr
     * writes them: the command line does not know the class's field order.
     */
    private static NamedTupleValue namedTuple(String name, String fieldsText) throws IOException {
        List<String> fields = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (String item : split(fieldsText, "namedtuple")) {
            int eq = item.indexOf('=');
            String field = eq < 0 ? "" : item.substring(0, eq).strip();
            if (!field.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                throw new IllegalArgumentException("expected field=value in namedtuple argument '" + name + fieldsText
                        + "', got '" + item + "' (write every field by name, as Python prints a namedtuple)");
            }
            if (fields.contains(field)) {
                throw new IllegalArgumentException("field '" + field + "' given twice in namedtuple argument '" + name + fieldsText + "'");
            }
            fields.add(field);
            values.add(parse(item.substring(eq + 1)));
        }
        if (fields.isEmpty()) throw new IllegalArgumentException("namedtuple argument '" + name + fieldsText + "' has no fields");
        return new NamedTupleValue(name, fields, values);
    }

    /** A dict literal: its {@code key: value} pairs, each side read with parse. */
    private static Map<Object, Object> dict(String text) throws IOException {
        Map<Object, Object> entries = new LinkedHashMap<>();
        for (String pair : split(text, "dict")) {
            int colon = pair.indexOf(':');
            if (colon < 0) throw new IllegalArgumentException("expected key: value in dict argument '" + text + "', got '" + pair + "'");
            entries.put(parse(pair.substring(0, colon)), parse(pair.substring(colon + 1)));
        }
        return entries;
    }

    /** The elements of a tuple or list literal, split at the commas outside nested brackets, each read with parse. */
    private static List<Object> items(String text, String what) throws IOException {
        List<Object> elements = new ArrayList<>();
        for (String element : split(text, what)) elements.add(parse(element));
        return elements;
    }

    /** The texts between the commas outside nested brackets of a bracketed literal (a trailing comma allowed). */
    private static List<String> split(String text, String what) {
        String inner = text.substring(1, text.length() - 1).strip();
        List<String> elements = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i <= inner.length(); i++) {
            char c = i < inner.length() ? inner.charAt(i) : ',';
            if (c == '(' || c == '[' || c == '{') depth++;
            if (c == ')' || c == ']' || c == '}') depth--;
            if (depth < 0) throw new IllegalArgumentException("unbalanced parentheses in " + what + " argument '" + text + "'");
            if (c != ',' || depth > 0) continue;
            String element = inner.substring(start, Math.min(i, inner.length())).strip();
            start = i + 1;
            boolean trailingComma = i == inner.length() && !elements.isEmpty() && element.isEmpty();
            if (trailingComma || inner.isEmpty()) continue;
            if (element.isEmpty()) throw new IllegalArgumentException("empty element in " + what + " argument '" + text + "'");
            elements.add(element);
        }
        if (depth != 0) throw new IllegalArgumentException("unbalanced parentheses in " + what + " argument '" + text + "'");
        return elements;
    }

    /** Every text read with {@link #parse(String)}. */
    static Object[] parseAll(List<String> texts) throws IOException {
        Object[] values = new Object[texts.size()];
        for (int i = 0; i < values.length; i++) values[i] = parse(texts.get(i));
        return values;
    }
}
