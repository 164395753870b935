package io.jumba.types;

import io.jumba.array.PythonRepr;

import java.util.List;

/**
 * A returned namedtuple as the CLI shows it: {@code Point(x=1, y=2.5)}, Python's repr. The value itself crosses the
 * API as the Object[] a tuple is; this wraps it for display only.
 *
 * @param name   the class's name
 * @param fields its field names
 * @param values the elements, in field order
 */
public record NamedTupleValue(String name, List<String> fields, Object[] values) {
    public NamedTupleValue {
        fields = List.copyOf(fields);
        values = values.clone();
    }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int k = 0; k < values.length; k++) {
            sb.append(k == 0 ? "" : ", ").append(fields.get(k)).append('=').append(PythonRepr.of(values[k]));
        }
        return sb.append(')').toString();
    }
}
