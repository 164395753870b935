package io.jumba.cli;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.array.Npy;
import io.jumba.types.Type;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a call's outcome as .npy files: {@code ret.npy} for a scalar (0-d, in the return type's dtype) or array,
 * {@code ret0.npy, ret1.npy, ...} for a tuple's elements (nested tuples continue as {@code ret1_0.npy}), nothing
 * for None; and {@code arg<i>.npy} for every array argument as the call left it.
 */
final class ResultFiles {
    private ResultFiles() {}

    static void write(Path dir, Type returnType, Object result, Object[] args) throws IOException {
        Files.createDirectories(dir);
        switch (result) {
            case null -> { }
            case Object[] tuple -> writeTuple(dir, "ret", (Type.Tuple) returnType, tuple);
            default -> writeValue(dir.resolve("ret.npy"), returnType, result);
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof NDArray a) Npy.write(dir.resolve("arg" + i + ".npy"), a);
        }
    }

    private static void writeTuple(Path dir, String prefix, Type.Tuple type, Object[] tuple) throws IOException {
        for (int i = 0; i < tuple.length; i++) {
            Type t = type.elements().get(i);
            if (tuple[i] instanceof Object[] inner) {
                writeTuple(dir, prefix + i + "_", (Type.Tuple) t, inner);
            } else if (tuple[i] != null) {
                writeValue(dir.resolve(prefix + i + ".npy"), t, tuple[i]);
            }
        }
    }

    private static void writeValue(Path file, Type type, Object value) throws IOException {
        Npy.write(file, value instanceof NDArray a ? a : zeroDimensional(((Type.Scalar) type).dtype(), value));
    }

    /** A 0-d array of dtype holding one scalar result. */
    static NDArray zeroDimensional(DType dtype, Object value) {
        NDArray a = NDArray.empty(dtype);
        switch (value) {
            case Boolean b -> a.writeLong(a.offset(), b ? 1 : 0);
            case Double d -> a.writeDouble(a.offset(), d);
            case Float f -> a.writeDouble(a.offset(), f);
            case Number n -> a.writeLong(a.offset(), n.longValue());
            default -> throw new IllegalArgumentException("not a scalar: " + value);
        }
        return a;
    }
}
