package io.jumba.types;

import io.jumba.array.DType;
import io.jumba.array.NDArray;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A call signature in Numba's terms: argument types and, when declared, the return type.
 *
 * @param args       the argument types, in order
 * @param returnType the declared return type, or null when the signature does not give one
 */
public record Signature(List<Type> args, Type returnType) {
    public Signature {
        args = List.copyOf(args);
    }

    /**
     * Parses Numba signature syntax such as {@code "float64(float64[:], int64)"}, {@code "(float64[::1], int64)"}
     * or {@code "void(float32[:, :], float32)"}. A bare type such as {@code "float64[:, ::1]"} is a one-argument
     * signature without return type.
     *
     * @throws io.jumba.diag.TypingError pointing into the text (file {@code <signature>}) when it is malformed
     */
    public static Signature parse(String numbaSyntax) { return new SignatureParser(numbaSyntax).signature(); }

    /** Parses one Numba type such as {@code "int32[:, ::1]"} or {@code "UniTuple(float64, 2)"}. */
    public static Type parseType(String numbaSyntax) { return new SignatureParser(numbaSyntax).singleType(); }

    /**
     * The signature Numba would infer for these runtime arguments (Java values per Jumba's conventions: Long/Integer/
     * Short/Byte are int64, a BigInteger from 2^63 to 2^64-1 uint64 as Numba types such a Python int, Double float64,
     * Float float32, {@link io.jumba.array.Complex} complex128, Boolean bool, NDArray an array with its layout, Object[]
     * a tuple, {@link NamedTupleValue} the namedtuple of its class, {@link DType} a dtype, as {@code np.dtype('f4')}).
     *
     * @throws IllegalArgumentException for a value of any other class
     */
    public static Signature of(Object... args) {
        List<Type> types = new ArrayList<>(args.length);
        for (Object a : args) types.add(typeOf(a));
        return new Signature(types, null);
    }

    /** The Numba type of one runtime value (see {@link #of}). */
    public static Type typeOf(Object value) {
        return switch (value) {
            case Long l -> Type.INT64;
            case Integer i -> Type.INT64;
            case Short s -> Type.INT64;
            case Byte b -> Type.INT64;
            case java.math.BigInteger n when n.signum() >= 0 && n.bitLength() == 64 -> Type.scalar(DType.UINT64);
            case java.math.BigInteger n when n.bitLength() < 64 -> Type.INT64;
            case Double d -> Type.FLOAT64;
            case Float f -> Type.scalar(DType.FLOAT32);
            case io.jumba.array.Complex c -> Type.scalar(DType.COMPLEX128);
            case Boolean b -> Type.BOOL;
            case NDArray a -> Type.array(a.dtype(), a.ndim(),
                    a.isCContiguous() ? Layout.C : a.isFContiguous() ? Layout.F : Layout.A);
            case Object[] tuple -> new Type.Tuple(typesOf(tuple));
            case NamedTupleValue n -> new Type.Tuple(typesOf(n.toArray()), n.name(), n.fields());
            case io.jumba.runtime.PyList l -> new Type.ListOf(l.holdsObjects() ? itemType(l) : Type.scalar(l.dtype()));
            case io.jumba.runtime.PyDict d -> new Type.DictOf(Type.scalar(d.keyType()), Type.scalar(d.valueType()));
            case DType d -> new Type.DTypeValue(d);
            case null -> Type.NONE;
            default -> throw new IllegalArgumentException(
                    "unsupported kernel argument of Java class " + value.getClass().getName());
        };
    }

    /**
     * The type of an object list's items, all of one type as Numba requires of a reflected list ("can't unbox
     * heterogeneous list"): arrays or tuples of scalars; a list of lists cannot be reflected (Numba refuses it too).
     */
    private static Type itemType(io.jumba.runtime.PyList l) {
        List<Object> items = l.objects();
        if (items.isEmpty()) throw new IllegalArgumentException("cannot type an empty list argument (Numba cannot either)");
        Type first = typeOf(items.getFirst());
        for (Object item : items) {
            Type t = typeOf(item);
            if (!t.equals(first)) throw new IllegalArgumentException("can't unbox heterogeneous list: " + first + " != " + t);
        }
        if (first instanceof Type.ListOf || !Type.ListOf.holds(first)) {
            throw new IllegalArgumentException("a list argument holds numbers, bools, arrays or tuples, not " + first);
        }
        return first;
    }

    private static List<Type> typesOf(Object[] values) {
        List<Type> types = new ArrayList<>(values.length);
        for (Object v : values) types.add(typeOf(v));
        return types;
    }

    /** Numba's spelling: {@code "(float64[::1], int64)"} or {@code "float64(float64[::1], int64)"}. */
    @Override
    public String toString() {
        String params = args.stream().map(Object::toString).collect(Collectors.joining(", ", "(", ")"));
        return returnType == null ? params : returnType + params;
    }
}
