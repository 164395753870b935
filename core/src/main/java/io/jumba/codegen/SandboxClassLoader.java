package io.jumba.codegen;

import java.util.HashSet;
import java.util.Set;

/**
 * A class loader that resolves only an allowlist and answers ClassNotFoundException for everything else.
 * Kernels run under {@link #forKernels}: the few java.lang value types, Math, exceptions, Jumba's runtime,
 * NDArray/DType/KernelRuntimeError/SourcePos and the Vector API, so generated code can reach neither System,
 * Runtime, threads, reflection, files nor processes. Janino itself insists on resolving some more well-known
 * types while compiling (System among them), so compilation uses {@link #forCompiler}, and
 * {@link ClassReferences} then checks that the bytecode refers only to what {@link #allowedForKernels} permits.
 */
final class SandboxClassLoader extends ClassLoader {
    private static final Set<String> KERNEL_CLASSES = Set.of(
            "java.lang.Object", "java.lang.String", "java.lang.Math", "java.lang.StrictMath",
            "java.lang.Double", "java.lang.Float", "java.lang.Long", "java.lang.Integer", "java.lang.Short",
            "java.lang.Byte", "java.lang.Boolean", "java.lang.Throwable", "java.lang.RuntimeException",
            "io.jumba.array.NDArray", "io.jumba.array.DType", "io.jumba.error.KernelRuntimeError",
            "io.jumba.frontend.SourcePos");
    private static final String[] KERNEL_PACKAGES = {"io.jumba.runtime.", "jdk.incubator.vector."};

    /** The types Janino's IClassLoader requires to exist before it compiles anything (plus annotation meta-types). */
    private static final Set<String> JANINO_REQUIRED = Set.of(
            "java.lang.AbstractStringBuilder", "java.lang.Appendable", "java.lang.AssertionError",
            "java.lang.CharSequence", "java.lang.Character", "java.lang.Class", "java.lang.Cloneable",
            "java.lang.Enum", "java.lang.Error", "java.lang.Exception", "java.lang.Iterable", "java.lang.Number",
            "java.lang.Override", "java.lang.StringBuffer", "java.lang.StringBuilder", "java.lang.System",
            "java.lang.Void", "java.io.Serializable", "java.util.Iterator", "java.lang.Comparable",
            "java.lang.constant.Constable", "java.lang.constant.ConstantDesc",
            "java.lang.annotation.Annotation", "java.lang.annotation.Documented", "java.lang.annotation.ElementType",
            "java.lang.annotation.Retention", "java.lang.annotation.RetentionPolicy", "java.lang.annotation.Target",
            // supertypes Janino inspects when it checks what generated code throws
            "io.jumba.error.JumbaException");

    private final Set<String> extra;

    private SandboxClassLoader(ClassLoader parent, Set<String> extra) {
        super("jumba-kernel-sandbox", parent);
        this.extra = extra;
    }

    /** The loader linked kernel classes resolve through. */
    static SandboxClassLoader forKernels(ClassLoader parent) { return new SandboxClassLoader(parent, Set.of()); }

    /** The loader Janino compiles against: the kernel allowlist plus what Janino itself requires. */
    static SandboxClassLoader forCompiler(ClassLoader parent) {
        return new SandboxClassLoader(parent, new HashSet<>(JANINO_REQUIRED));
    }

    /** Whether kernel code may refer to the class with this binary name. */
    static boolean allowedForKernels(String name) {
        if (KERNEL_CLASSES.contains(name)) return true;
        for (String p : KERNEL_PACKAGES) {
            if (name.startsWith(p) && name.indexOf('.', p.length()) < 0) return true;
        }
        return false;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!allowedForKernels(name) && !extra.contains(name)) throw new ClassNotFoundException(name);
        return getParent().loadClass(name);
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException { throw new ClassNotFoundException(name); }
}
