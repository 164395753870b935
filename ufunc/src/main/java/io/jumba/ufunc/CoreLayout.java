package io.jumba.ufunc;

import java.util.ArrayList;
import java.util.List;

/**
 * The core-dimension layout of a generalized ufunc, NumPy's {@code "(n),(n)->()"}: per operand, the names of its
 * trailing core dimensions (inputs first, then outputs).
 */
record CoreLayout(List<List<String>> inputs, List<List<String>> outputs) {
    CoreLayout {
        inputs = inputs.stream().map(List::copyOf).toList();
        outputs = outputs.stream().map(List::copyOf).toList();
    }

    /**
     * Parses {@code "(m,n),(n)->(m)"}.
     *
     * @throws IllegalArgumentException when the text is not a layout
     */
    static CoreLayout parse(String text) {
        String compact = text.replace(" ", "");
        int arrow = compact.indexOf("->");
        if (arrow < 0) throw new IllegalArgumentException("a gufunc layout needs '->': \"" + text + "\"");
        return new CoreLayout(operands(compact.substring(0, arrow), text), operands(compact.substring(arrow + 2), text));
    }

    private static List<List<String>> operands(String part, String text) {
        List<List<String>> operands = new ArrayList<>();
        int i = 0;
        while (i < part.length()) {
            if (part.charAt(i) != '(') throw new IllegalArgumentException("malformed gufunc layout \"" + text + "\"");
            int close = part.indexOf(')', i);
            if (close < 0) throw new IllegalArgumentException("malformed gufunc layout \"" + text + "\"");
            String inner = part.substring(i + 1, close);
            operands.add(inner.isEmpty() ? List.of() : List.of(inner.split(",")));
            i = close + 1;
            if (i < part.length() && part.charAt(i) == ',') i++;
        }
        if (operands.isEmpty()) throw new IllegalArgumentException("malformed gufunc layout \"" + text + "\"");
        return operands;
    }

    /** The layout as NumPy writes it. */
    @Override
    public String toString() {
        return side(inputs) + "->" + side(outputs);
    }

    private static String side(List<List<String>> operands) {
        return String.join(",", operands.stream().map(o -> "(" + String.join(",", o) + ")").toList());
    }
}
