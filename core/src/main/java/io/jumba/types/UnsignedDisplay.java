package io.jumba.types;

import java.math.BigInteger;

/**
 * Values as Python shows them, for a value of type t boxed per the API conventions: a uint64 travels as a Long
 * holding its bits, which {@link io.jumba.array.PythonRepr} would print signed, so it becomes the BigInteger of its
 * unsigned value (also inside tuples and optionals); a namedtuple (an Object[] inside the runtime) becomes a
 * {@link NamedTupleValue} that prints as Python's {@code Point(x=1, y=2.5)}.
 */
public final class UnsignedDisplay {
    private UnsignedDisplay() {}

    /** value (of type t) with each uint64 in it as a BigInteger. */
    public static Object of(Object value, Type t) {
        return switch (t) {
            case Type.Scalar s when s.dtype() == io.jumba.array.DType.UINT64 && value instanceof Long bits ->
                    new BigInteger(Long.toUnsignedString(bits));
            case Type.Tuple tt when value instanceof Object[] items -> {
                Object[] out = new Object[items.length];
                for (int k = 0; k < out.length; k++) out[k] = of(items[k], tt.elements().get(k));
                yield tt.isNamed() ? new NamedTupleValue(tt.name(), tt.fields(), out) : out;
            }
            case Type.Tuple tt when value instanceof NamedTupleValue n -> of(n.toArray(), tt);
            case Type.Optional o -> value == null ? null : of(value, o.value());
            default -> value;
        };
    }
}
