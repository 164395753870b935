package io.jumba.types;

import io.jumba.array.DType;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Numba-style types of values in a kernel; {@code toString()} spells them as Numba does. The records write out
 * equals and hashCode: the generated ones link through invokedynamic on first use, some 20 ms of a fresh JVM's first
 * call, which is most of what a kernel loaded from the disk cache costs otherwise.
 */
public sealed interface Type {

    /** A scalar: bool, int8..int64, uint8, float32, float64. */
    record Scalar(DType dtype) implements Type {
        @Override public boolean equals(Object o) { return o instanceof Scalar s && s.dtype == dtype; }
        @Override public int hashCode() { return dtype.ordinal(); }
        @Override public String toString() { return dtype.numpyName(); }
    }

    /** An array of {@code ndim} dimensions; layout tells which strides are known at compile time. */
    record Array(DType dtype, int ndim, Layout layout) implements Type {
        public Array {
            if (ndim < 0) throw new IllegalArgumentException("ndim < 0");
        }
        @Override public boolean equals(Object o) {
            return o instanceof Array a && a.dtype == dtype && a.ndim == ndim && a.layout == layout;
        }
        @Override public int hashCode() { return (dtype.ordinal() * 31 + ndim) * 31 + layout.ordinal() + 100; }
        @Override public String toString() {
            String dims = ndim == 0 ? "()" : "[" + String.join(", ", java.util.Collections.nCopies(ndim, ":")) + "]";
            if (ndim > 0 && layout == Layout.C) dims = dims.substring(0, dims.length() - 2) + "::1]";
            if (ndim > 0 && layout == Layout.F) dims = "[::1" + dims.substring(2);
            return dtype.numpyName() + dims;
        }
    }

    /**
     * A heterogeneous tuple (Numba's UniTuple and Tuple alike), or an instance of a {@code collections.namedtuple}
     * class (Numba's NamedTuple): then name is the class's name and fields its field names, one per element; a plain
     * tuple has a null name and no fields. A namedtuple is a tuple in every other respect.
     */
    record Tuple(List<Type> elements, String name, List<String> fields) implements Type {
        public Tuple {
            elements = List.copyOf(elements);
            fields = List.copyOf(fields);
            if (name == null ? !fields.isEmpty() : fields.size() != elements.size()) {
                throw new IllegalArgumentException("namedtuple " + name + " with fields " + fields + " of " + elements);
            }
        }
        public Tuple(List<Type> elements) { this(elements, null, List.of()); }
        public boolean isNamed() { return name != null; }
        @Override public boolean equals(Object o) {
            return o instanceof Tuple t && t.elements.equals(elements) && java.util.Objects.equals(t.name, name) && t.fields.equals(fields);
        }
        @Override public int hashCode() { return (elements.hashCode() * 31 + java.util.Objects.hashCode(name)) * 31 + 7; }
        /** Signature text, which parses back (so a namedtuple reads as the tuple it is there). */
        @Override public String toString() {
            return "Tuple(" + elements.stream().map(Object::toString).collect(Collectors.joining(", ")) + ")";
        }
    }

    /** The type of {@code None}: a function that returns nothing. */
    record None() implements Type {
        @Override public boolean equals(Object o) { return o instanceof None; }
        @Override public int hashCode() { return -1; }
        @Override public String toString() { return "none"; }
    }

    /**
     * Numba's {@code OptionalType(T)}: a value of type T or None, as a variable assigned both or a function that
     * returns both. T is a scalar, array or tuple type, never None or optional itself.
     */
    record Optional(Type value) implements Type {
        public Optional {
            if (value instanceof None || value instanceof Optional) throw new IllegalArgumentException("optional of " + value);
        }
        @Override public boolean equals(Object o) { return o instanceof Optional p && p.value.equals(value); }
        @Override public int hashCode() { return value.hashCode() * 31 + 11; }
        @Override public String toString() { return "OptionalType(" + value + ")"; }
    }

    /**
     * A list: Numba's reflected list and {@code numba.typed.List} alike (Jumba holds both the same way). Its items
     * are all of one type, one that {@link #holds}. element is null for {@code []} before an {@code append} fixes
     * it (Numba's {@code list(undefined)}); a function whose list stays so is refused.
     */
    record ListOf(Type element) implements Type {
        @Override public boolean equals(Object o) { return o instanceof ListOf l && java.util.Objects.equals(l.element, element); }
        @Override public int hashCode() { return java.util.Objects.hashCode(element) * 31 + 13; }
        @Override public String toString() { return "list(" + (element == null ? "undefined" : element) + ")"; }
        /** Whether the items are scalars (held unboxed by the runtime list) rather than arrays, tuples or lists. */
        public boolean ofScalars() { return element instanceof Scalar; }

        /**
         * Whether a list can hold items of type t: real (not complex) scalars, arrays, lists of a known item type,
         * and non-empty tuples of scalars (complex ones too), arrays and such tuples.
         */
        public static boolean holds(Type t) {
            return switch (t) {
                case Scalar s -> !s.dtype().isComplex();
                case ListOf l -> l.element != null;
                default -> inTuple(t);
            };
        }

        private static boolean inTuple(Type t) {
            return switch (t) {
                case Scalar s -> true;
                case Array a -> true;
                case Tuple tt -> !tt.elements().isEmpty() && tt.elements().stream().allMatch(ListOf::inTuple);
                default -> false;
            };
        }
    }

    /**
     * A NumPy dtype as a value ({@code d = a.dtype}, {@code np.dtype('f4')}), Numba's {@code dtype(float64)}: the
     * type holds the dtype, so a value of it is known at compile time wherever it goes (a {@code dtype=} argument,
     * {@code astype}). Numba defines no operators on it: comparing two is a TypingError.
     */
    record DTypeValue(DType dtype) implements Type {
        @Override public boolean equals(Object o) { return o instanceof DTypeValue d && d.dtype == dtype; }
        @Override public int hashCode() { return dtype.ordinal() * 31 + 19; }
        @Override public String toString() { return "dtype(" + dtype.numpyName() + ")"; }
    }

    /** A {@code numba.typed.Dict} of scalar keys and values; Numba spells it {@code DictType[int64,float64]}. */
    record DictOf(Scalar key, Scalar value) implements Type {
        @Override public boolean equals(Object o) { return o instanceof DictOf d && d.key.equals(key) && d.value.equals(value); }
        @Override public int hashCode() { return (key.hashCode() * 31 + value.hashCode()) * 31 + 17; }
        @Override public String toString() { return "DictType[" + key + "," + value + "]"; }
    }

    Scalar BOOL = new Scalar(DType.BOOL);
    Scalar INT64 = new Scalar(DType.INT64);
    Scalar FLOAT64 = new Scalar(DType.FLOAT64);
    None NONE = new None();

    static Scalar scalar(DType d) { return new Scalar(d); }

    static Array array(DType d, int ndim, Layout layout) { return new Array(d, ndim, layout); }
}
