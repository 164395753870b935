package io.jumba.runtime;

/**
 * Whether this JVM resolved the incubating Vector API module, {@code jdk.incubator.vector}: it does only when started
 * with {@code --add-modules jdk.incubator.vector}. Without it, no class that names a Vector API type may be loaded,
 * and kernels compile to scalar loops.
 */
public final class VectorApiModule {
    private VectorApiModule() {}

    /** The JVM option that resolves the module. */
    public static final String FLAG = "--add-modules jdk.incubator.vector";

    private static final boolean RESOLVED = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    /** True when the module is resolved and the Vector API can be used. */
    public static boolean resolved() { return RESOLVED; }
}
