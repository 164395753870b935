package io.jumba.dispatch;

import io.jumba.array.DType;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Kernel types as bytes in a cache entry: a tag, then the dtype, rank and layout or the elements, by name. */
final class TypeCodec {
    private static final int SCALAR = 0, ARRAY = 1, TUPLE = 2, NONE = 3, OPTIONAL = 4, LIST = 5, DICT = 6, NAMED_TUPLE = 7,
            DTYPE = 8;
    /** Tuples nest; a corrupt entry must not recurse without end. */
    private static final int MAX_DEPTH = 32;

    private TypeCodec() {}

    static void write(DataOutputStream out, Type type) throws IOException {
        switch (type) {
            case Type.Scalar s -> {
                out.writeByte(SCALAR);
                out.writeUTF(s.dtype().name());
            }
            case Type.Array a -> {
                out.writeByte(ARRAY);
                out.writeUTF(a.dtype().name());
                out.writeInt(a.ndim());
                out.writeUTF(a.layout().name());
            }
            case Type.Tuple t -> {
                out.writeByte(t.isNamed() ? NAMED_TUPLE : TUPLE);
                if (t.isNamed()) out.writeUTF(t.name());
                out.writeInt(t.elements().size());
                for (int i = 0; i < t.elements().size(); i++) {
                    if (t.isNamed()) out.writeUTF(t.fields().get(i));
                    write(out, t.elements().get(i));
                }
            }
            case Type.None n -> out.writeByte(NONE);
            case Type.Optional o -> {
                out.writeByte(OPTIONAL);
                write(out, o.value());
            }
            case Type.ListOf l -> {
                out.writeByte(LIST);
                write(out, l.element());
            }
            case Type.DictOf d -> {
                out.writeByte(DICT);
                write(out, d.key());
                write(out, d.value());
            }
            case Type.DTypeValue d -> {
                out.writeByte(DTYPE);
                out.writeUTF(d.dtype().name());
            }
        }
    }

    /**
     * The type written at in's position.
     *
     * @throws IOException when the bytes are not a type (an unknown tag or name, a negative count)
     */
    static Type read(DataInputStream in) throws IOException { return read(in, 0); }

    private static Type read(DataInputStream in, int depth) throws IOException {
        if (depth > MAX_DEPTH) throw new IOException("types nested too deep");
        int tag = in.readByte();
        try {
            return switch (tag) {
                case SCALAR -> Type.scalar(named(DType.values(), in.readUTF()));
                case ARRAY -> new Type.Array(named(DType.values(), in.readUTF()), in.readInt(), named(Layout.values(), in.readUTF()));
                case TUPLE, NAMED_TUPLE -> {
                    String name = tag == NAMED_TUPLE ? in.readUTF() : null;
                    int n = in.readInt();
                    if (n < 0 || n > in.available()) throw new IOException("bad tuple size " + n);
                    List<Type> elements = new ArrayList<>(n);
                    List<String> fields = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        if (name != null) fields.add(in.readUTF());
                        elements.add(read(in, depth + 1));
                    }
                    yield new Type.Tuple(elements, name, fields);
                }
                case NONE -> Type.NONE;
                case OPTIONAL -> new Type.Optional(read(in, depth + 1));
                case LIST -> new Type.ListOf(read(in, depth + 1));
                case DICT -> new Type.DictOf(scalar(read(in, depth + 1)), scalar(read(in, depth + 1)));
                case DTYPE -> new Type.DTypeValue(named(DType.values(), in.readUTF()));
                default -> throw new IOException("unknown type tag " + tag);
            };
        } catch (IllegalArgumentException e) {
            throw new IOException("not a type: " + e.getMessage());
        }
    }

    private static Type.Scalar scalar(Type t) throws IOException {
        if (t instanceof Type.Scalar s) return s;
        throw new IOException("not a scalar: " + t);
    }

    /** The constant named name (a loop, not Enum.valueOf, whose reflection costs a fresh JVM milliseconds). */
    private static <E extends Enum<E>> E named(E[] constants, String name) throws IOException {
        for (E e : constants) if (e.name().equals(name)) return e;
        throw new IOException("unknown name " + name);
    }
}
