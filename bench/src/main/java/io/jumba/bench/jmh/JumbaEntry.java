package io.jumba.bench.jmh;

import io.jumba.Jumba;
import io.jumba.Kernel;
import io.jumba.array.NDArray;
import io.jumba.bench.BenchCase;
import io.jumba.bench.CaseArg;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;

/**
 * A suite case compiled by Jumba: the kernel and its typed entry point for the case's Numba signature, whose
 * type is checked to be the one {@link CaseBindings} invokes exactly (NDArray for arrays, primitives for scalars).
 */
public record JumbaEntry(Kernel kernel, MethodHandle handle) {

    /** Compiles case {@code c}'s function; throws if the handle's type is not the expected one. */
    public static JumbaEntry compile(BenchCase c) throws IOException {
        Kernel kernel = Jumba.jit(c.path()).function(c.function());
        MethodHandle handle = kernel.handle(c.numbaSignature());
        MethodType expected = expectedType(c);
        if (!handle.type().equals(expected)) {
            throw new IllegalStateException(c.name() + ": handle type " + handle.type() + ", expected " + expected);
        }
        return new JumbaEntry(kernel, handle);
    }

    /** The kernel through {@link Kernel#call}, its result as a double (0 when it returns nothing). */
    public Workload call(Object[] args) {
        return () -> kernel.call(args) instanceof Number n ? n.doubleValue() : 0;
    }

    static MethodType expectedType(BenchCase c) {
        List<Class<?>> params = new ArrayList<>();
        for (CaseArg a : c.args()) params.add(a.array() ? NDArray.class : primitive(a));
        Class<?> ret = c.returns() == null ? void.class : switch (c.returns()) {
            case FLOAT64 -> double.class;
            case FLOAT32 -> float.class;
            case INT64 -> long.class;
            default -> throw new IllegalStateException("unexpected return dtype " + c.returns());
        };
        return MethodType.methodType(ret, params);
    }

    private static Class<?> primitive(CaseArg a) {
        return switch (a.dtype()) {
            case FLOAT64 -> double.class;
            case FLOAT32 -> float.class;
            case INT64 -> long.class;
            case INT32 -> int.class;
            case BOOL -> boolean.class;
            case INT8, UINT8, INT16, UINT16, UINT32, UINT64, COMPLEX64, COMPLEX128 -> throw new IllegalStateException("no scalar of dtype " + a.dtype() + " in the suite");
        };
    }
}
