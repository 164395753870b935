package io.jumba.bench.jmh;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The implementations the suite times for a case; {@link #id} is the {@code impl} parameter of {@link SuiteBenchmark}. */
public enum Impl {
    /** The loop a Java developer writes on primitive arrays ({@code io.jumba.bench.baseline.*.plain}). */
    JAVA("java", "plain Java"),
    /** Hand-written jdk.incubator.vector code ({@code *.vector}). */
    VECTOR("vector", "Vector API"),
    /** The matching EJML operation on arrays wrapped without copying. */
    EJML("ejml", "EJML"),
    /** The Jumba-compiled kernel through its typed MethodHandle, invokeExact. */
    JUMBA("jumba", "Jumba"),
    /** The same kernel through {@code Kernel.call(Object...)}: boxing, signature lookup and dispatch included. */
    JUMBA_CALL("jumba_call", "Jumba call()");

    private final String id;
    private final String label;

    Impl(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name on the command line, in JMH parameters and in the JSON. */
    public String id() {
        return id;
    }

    /** The column heading in the reports. */
    public String label() {
        return label;
    }

    /** The implementation named {@code id}; throws listing the names otherwise. */
    public static Impl parse(String id) {
        for (Impl i : values()) if (i.id.equals(id.trim())) return i;
        throw new IllegalArgumentException("unknown implementation '" + id + "' (one of "
                + Arrays.stream(values()).map(Impl::id).collect(Collectors.joining(", ")) + ")");
    }
}
