package io.jumba.cli;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.array.Npy;
import io.jumba.types.NamedTupleValue;
import io.jumba.types.Type;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a call's outcome as .npy files: {@code ret.npy} for a scalar (0-d, in the return type's dtype) or array,
 * {@code ret0.npy, ret1.npy, ...} for a tuple's elements (nested tuples continue as {@code ret1_0.npy}), nothing
 * for None, a dict or a list of arrays, tuples or lists (the printed result shows them); and {@code arg<i>.npy} for every array argument as the call left it.
 *
 * <p>All or nothing: every file is written to a temporary file first and renamed into place only when all were
 * written, so a full disk or a file-size limit leaves the folder as it was; the outputs of an earlier call that
 * this one does not produce are removed then, so that none of them reads as this call's.
 */
final class ResultFiles {
    private ResultFiles() {}

    /** The names a call's outputs take; nothing else in the folder is touched. */
    private static final Pattern OUTPUT = Pattern.compile("(ret([0-9]+(_[0-9]+)*)?|arg[0-9]+)\\.npy");

    static void write(Path dir, Type returnType, Object result, Object[] args) throws IOException {
        replace(dir, files(returnType, result, args));
    }

    /** The files a call writes, by name: its result (none for null) and its array arguments. */
    static Map<String, NDArray> files(Type returnType, Object result, Object[] args) {
        Map<String, NDArray> files = new LinkedHashMap<>();
        switch (result) {
            case null -> { }
            case Object[] tuple -> addTuple(files, "ret", (Type.Tuple) returnType, tuple);
            case NamedTupleValue n -> addTuple(files, "ret", (Type.Tuple) returnType, n.toArray());
            case java.util.Map<?, ?> dict -> { } // a dict has no .npy form; the printed result shows it
            case java.util.List<?> list when !ofScalars(returnType) -> { } // nor a list of arrays, tuples or lists
            default -> files.put("ret.npy", asArray(returnType, result));
        }
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof NDArray a) files.put("arg" + i + ".npy", a);
        }
        return files;
    }

    /** Makes files the outputs in dir: all written, then renamed into place, then earlier outputs removed. */
    static void replace(Path dir, Map<String, NDArray> files) throws IOException {
        for (var f : files.entrySet()) Npy.checkWritable(f.getKey(), f.getValue());
        Files.createDirectories(dir);
        Map<Path, Path> written = new LinkedHashMap<>();
        try {
            for (var f : files.entrySet()) {
                Path temp = Files.createTempFile(dir, "." + f.getKey() + ".", ".part");
                written.put(temp, dir.resolve(f.getKey()));
                Npy.write(temp, f.getValue());
            }
            for (Path stale : outputs(dir)) if (!files.containsKey(stale.getFileName().toString())) Files.delete(stale);
            for (var w : written.entrySet()) {
                Files.move(w.getKey(), w.getValue(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            for (Path temp : written.keySet()) Files.deleteIfExists(temp);
        }
    }

    private static List<Path> outputs(Path dir) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) if (OUTPUT.matcher(p.getFileName().toString()).matches()) found.add(p);
        }
        return found;
    }

    private static void addTuple(Map<String, NDArray> files, String prefix, Type.Tuple type, Object[] tuple) {
        for (int i = 0; i < tuple.length; i++) {
            Type t = type.elements().get(i);
            if (tuple[i] instanceof Object[] inner) {
                addTuple(files, prefix + i + "_", (Type.Tuple) t, inner);
            } else if (tuple[i] instanceof NamedTupleValue inner) {
                addTuple(files, prefix + i + "_", (Type.Tuple) t, inner.toArray());
            } else if (tuple[i] != null && !(tuple[i] instanceof java.util.Map) && !(tuple[i] instanceof java.util.List && !ofScalars(t))) {
                files.put(prefix + i + ".npy", asArray(t, tuple[i]));
            }
        }
    }

    /** Whether t, a list type, is one of scalars (which has the .npy form of np.array(list)). */
    private static boolean ofScalars(Type t) { return t instanceof Type.ListOf l && l.ofScalars(); }

    /** An array result as it is, a scalar as a 0-d array, a list as the 1-d array np.array(list) makes of it. */
    private static NDArray asArray(Type type, Object value) {
        if (value instanceof java.util.List<?> items) {
            DType d = ((Type.Scalar) ((Type.ListOf) type).element()).dtype();
            NDArray a = NDArray.empty(d, items.size());
            for (int i = 0; i < items.size(); i++) write(a, i, items.get(i));
            return a;
        }
        return value instanceof NDArray a ? a : zeroDimensional(((Type.Scalar) type).dtype(), value);
    }

    /** A 0-d array of dtype holding one scalar result. */
    static NDArray zeroDimensional(DType dtype, Object value) {
        NDArray a = NDArray.empty(dtype);
        write(a, a.offset(), value);
        return a;
    }

    /** One boxed scalar into a's raw position p. */
    private static void write(NDArray a, int p, Object value) {
        switch (value) {
            case Boolean b -> a.writeLong(p, b ? 1 : 0);
            case Double d -> a.writeDouble(p, d);
            case Float f -> a.writeDouble(p, f);
            case io.jumba.array.Complex z -> a.writeComplex(p, z);
            case Number n -> a.writeLong(p, n.longValue());
            default -> throw new IllegalArgumentException("not a scalar: " + value);
        }
    }
}
