package io.jumba.cli;

import io.jumba.diag.KernelCompilationException;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;

import java.util.Map;

/**
 * Compiles an ahead-of-time jar's facade ({@link FacadeSource}) with Janino, against the kernel classes it calls
 * and Jumba's runtime.
 */
final class FacadeCompiler {
    private FacadeCompiler() {}

    /**
     * The facade's class files (binary name → bytes).
     *
     * @param kernelClasses the kernels' class files, which the facade refers to
     * @throws KernelCompilationException when Janino refuses the source (a fault of Jumba: the source is generated)
     */
    static Map<String, byte[]> compile(String source, Map<String, byte[]> kernelClasses) {
        SimpleCompiler compiler = new SimpleCompiler();
        compiler.setParentClassLoader(new KernelClasses(kernelClasses, FacadeCompiler.class.getClassLoader()));
        try {
            compiler.cook(source);
        } catch (CompileException e) {
            throw new KernelCompilationException("cannot compile the ahead-of-time facade: " + e.getMessage(), source);
        }
        return compiler.getBytecodes();
    }

    /** Defines the kernel classes for Janino to read (they are never run here). */
    private static final class KernelClasses extends ClassLoader {
        private final Map<String, byte[]> classes;

        KernelClasses(Map<String, byte[]> classes, ClassLoader parent) {
            super("jumba-aot-kernels", parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) throw new ClassNotFoundException(name);
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
