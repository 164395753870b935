package io.jumba.array;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dictionary at the start of a {@code .npy} file, e.g. {@code {'descr': '<f8', 'fortran_order': False,
 * 'shape': (2, 3), }}: parsed from and written as the Python literal NumPy uses.
 */
record NpyHeader(String descr, boolean fortranOrder, long[] shape) {
    /** NumPy's NPY_MAXDIMS: it reads no file of more dimensions, so neither does Jumba. */
    static final int MAX_DIMS = 64;

    private static final String SUPPORTED = "bool, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float32, float64, complex64, complex128";

    /** The dtype named by {@link #descr}, and whether its bytes are big-endian. */
    record Element(DType dtype, boolean bigEndian) {}

    /** NumPy's header text for an array in C order, before the alignment padding (as NumPy 1.24 writes it). */
    static String forArray(DType dtype, int[] shape) {
        String descr = (dtype.itemSize() == 1 ? "|" : "<") + (dtype.isBool() ? "b1" : dtype.typeCode());
        String header = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + ArrayFormatter.shapeString(shape) + ", }";
        // NumPy leaves room so the first dimension can grow in place.
        return shape.length == 0 ? header : header + " ".repeat(21 - Integer.toString(shape[0]).length());
    }

    Element element(String source) throws NpyFormatException {
        String d = descr;
        char order = d.isEmpty() ? '?' : d.charAt(0);
        boolean hasOrder = order == '<' || order == '>' || order == '|' || order == '=';
        String code = hasOrder ? d.substring(1) : d;
        DType dtype = switch (code) {
            case "b1", "?" -> DType.BOOL;
            case "i1" -> DType.INT8;
            case "u1" -> DType.UINT8;
            case "i2" -> DType.INT16;
            case "u2" -> DType.UINT16;
            case "i4" -> DType.INT32;
            case "u4" -> DType.UINT32;
            case "i8" -> DType.INT64;
            case "u8" -> DType.UINT64;
            case "f4" -> DType.FLOAT32;
            case "f8" -> DType.FLOAT64;
            case "c8" -> DType.COMPLEX64;
            case "c16" -> DType.COMPLEX128;
            default -> null;
        };
        if (dtype == null) {
            throw new NpyFormatException(source, "unsupported dtype '" + descr + "' (Jumba supports " + SUPPORTED + ")");
        }
        // '=' is the writer's native order; every platform NumPy writes from today is little-endian.
        return new Element(dtype, order == '>');
    }

    /** Parses the header dictionary, with NumPy's checks: exactly the three keys, with values of the right kinds. */
    static NpyHeader parse(String text, String source) throws NpyFormatException {
        Object value;
        try {
            LiteralParser p = new LiteralParser(text.strip());
            value = p.value();
            p.expectEnd();
        } catch (IllegalArgumentException e) {
            throw new NpyFormatException(source, "cannot parse header " + quote(text) + ": " + e.getMessage());
        }
        if (!(value instanceof Map<?, ?> map)) throw new NpyFormatException(source, "header is not a dictionary: " + quote(text));
        if (map.size() != 3 || !map.containsKey("descr") || !map.containsKey("fortran_order") || !map.containsKey("shape")) {
            throw new NpyFormatException(source, "header does not contain exactly the keys descr, fortran_order, shape: " + quote(text));
        }
        if (!(map.get("descr") instanceof String descr)) {
            throw new NpyFormatException(source, "unsupported structured dtype (Jumba supports " + SUPPORTED + ")");
        }
        if (!(map.get("fortran_order") instanceof Boolean fortran)) {
            throw new NpyFormatException(source, "fortran_order is not a valid bool: " + quote(text));
        }
        if (!(map.get("shape") instanceof List<?> dims)) throw new NpyFormatException(source, "shape is not valid: " + quote(text));
        if (dims.size() > MAX_DIMS) {
            throw new NpyFormatException(source, "maximum supported dimension for an ndarray is currently " + MAX_DIMS
                    + ", found " + dims.size());
        }
        long[] shape = new long[dims.size()];
        for (int d = 0; d < shape.length; d++) {
            if (!(dims.get(d) instanceof Long n) || n < 0) {
                throw new NpyFormatException(source, "shape is not valid: " + quote(text));
            }
            shape[d] = n;
        }
        return new NpyHeader(descr, fortran, shape);
    }

    private static String quote(String s) { return "\"" + s.strip() + "\""; }

    /**
     * The Python literals a header uses: dicts, tuples and lists (as lists), strings, ints (as Long),
     * True/False; structured dtypes appear as lists of tuples and are rejected later.
     */
    private static final class LiteralParser {
        private final String s;
        private int i;

        LiteralParser(String s) { this.s = s; }

        void expectEnd() {
            skipSpace();
            if (i != s.length()) throw new IllegalArgumentException("unexpected '" + s.charAt(i) + "' at " + i);
        }

        Object value() {
            skipSpace();
            if (i >= s.length()) throw new IllegalArgumentException("unexpected end");
            char c = s.charAt(i);
            return switch (c) {
                case '{' -> dict();
                case '(' -> sequence(')');
                case '[' -> sequence(']');
                case '\'', '"' -> string();
                default -> c == '-' || Character.isDigit(c) ? integer() : word();
            };
        }

        private Map<Object, Object> dict() {
            Map<Object, Object> map = new HashMap<>();
            i++;
            while (true) {
                skipSpace();
                if (peek() == '}') { i++; return map; }
                Object key = value();
                skipSpace();
                expect(':');
                if (map.put(key, value()) != null) throw new IllegalArgumentException("duplicate key " + key);
                skipSpace();
                if (peek() == ',') i++;
                else if (peek() != '}') throw new IllegalArgumentException("expected ',' or '}' at " + i);
            }
        }

        private List<Object> sequence(char close) {
            List<Object> items = new ArrayList<>();
            i++;
            while (true) {
                skipSpace();
                if (peek() == close) { i++; return items; }
                items.add(value());
                skipSpace();
                if (peek() == ',') i++;
                else if (peek() != close) throw new IllegalArgumentException("expected ',' or '" + close + "' at " + i);
            }
        }

        private String string() {
            char quote = s.charAt(i++);
            int end = s.indexOf(quote, i);
            if (end < 0) throw new IllegalArgumentException("unterminated string");
            String out = s.substring(i, end);
            i = end + 1;
            return out;
        }

        private Long integer() {
            int start = i;
            if (peek() == '-') i++;
            while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
            if (i < s.length() && s.charAt(i) == 'L') i++; // Python 2 longs in old files
            try {
                return Long.parseLong(s.substring(start, i).replace("L", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad integer at " + start);
            }
        }

        private Boolean word() {
            for (String w : new String[] {"True", "False"}) {
                if (s.startsWith(w, i)) {
                    i += w.length();
                    return w.equals("True");
                }
            }
            throw new IllegalArgumentException("unexpected '" + s.charAt(i) + "' at " + i);
        }

        private void expect(char c) {
            if (peek() != c) throw new IllegalArgumentException("expected '" + c + "' at " + i);
            i++;
        }

        private char peek() {
            if (i >= s.length()) throw new IllegalArgumentException("unexpected end");
            return s.charAt(i);
        }

        private void skipSpace() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }
    }
}
