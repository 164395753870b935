package io.jumba.types;

import io.jumba.array.PythonRepr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An instance of a {@code collections.namedtuple} class as it crosses the API, both ways: a kernel argument (Numba
 * types it as the NamedTuple of its class name, field names and element types, so {@code p.x} reads the field) and
 * a kernel's returned namedtuple (nested in tuples too). It prints as Python's repr, {@code Point(x=1, y=2.5)}.
 * Elements follow the API conventions of a tuple's elements (None is null); equal when the class name, the field
 * names and the elements are.
 *
 * @param name   the class's name
 * @param fields its field names, one per element
 * @param values the elements, in field order
 */
public record NamedTupleValue(String name, List<String> fields, List<Object> values) {
    public NamedTupleValue {
        fields = List.copyOf(fields);
        values = Collections.unmodifiableList(new ArrayList<>(values)); // None elements are null
        if (fields.size() != values.size()) {
            throw new IllegalArgumentException("namedtuple " + name + " has fields " + fields + " but " + values.size() + " values");
        }
    }

    /** An instance with the elements of a tuple's Object[]. */
    public NamedTupleValue(String name, List<String> fields, Object[] values) {
        this(name, fields, java.util.Arrays.asList(values));
    }

    /** The elements as the Object[] a plain tuple is. */
    public Object[] toArray() { return values.toArray(); }

    @Override public String toString() {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int k = 0; k < values.size(); k++) {
            sb.append(k == 0 ? "" : ", ").append(fields.get(k)).append('=').append(PythonRepr.of(values.get(k)));
        }
        return sb.append(')').toString();
    }
}
