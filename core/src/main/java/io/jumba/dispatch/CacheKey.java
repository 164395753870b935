package io.jumba.dispatch;

import io.jumba.frontend.KernelOptions;
import io.jumba.frontend.ast.Module;
import io.jumba.types.Signature;
import io.jumba.types.Type;
import jdk.incubator.vector.VectorShape;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Everything the code compiled for one function and signature depends on, as text: one {@code part value} line
 * each, then the module's whole source. An entry stores the text and is used only when it is equal, so no hash
 * stands between a kernel and its key; {@link #fileId} is only a short name for the entry's file. The module's source
 * stands for the kernel and everything it calls (kernels import only numpy, math and numba, so nothing outside the
 * file can change them); the file name is in because runtime errors quote it. The environment part (Jumba build,
 * JDK, CPU architecture and the vector size the JVM prefers, which reflects {@code -XX:MaxVectorSize}) keeps a
 * cache shared between machines, JDKs or Jumba builds correct.
 *
 * @param text e.g. {@code "jumba 0.1.0 ...\n...\nfunction saxpy\nsignature (float64, ...)\nsource\nfrom numba..."}
 */
public record CacheKey(String text) {
    /** The running Jumba build, JDK and vector hardware, as the JVM sees them. */
    static final String ENVIRONMENT = "jumba " + JumbaBuild.ID + "\n"
            // the property is Runtime.version()'s text, without the cost of parsing it
            + "java " + System.getProperty("java.runtime.version") + " " + System.getProperty("java.vm.name") + "\n"
            + "cpu " + System.getProperty("os.arch") + " vector " + VectorShape.preferredShape().vectorBitSize() + "\n";
    private static final String SOURCE = "source\n";

    /**
     * The key of function of module compiled for argument types args, with options (its decorator's), through the
     * pipeline whose {@link Pipeline#identity} is pipelineIdentity.
     */
    public static CacheKey of(Module module, String function, List<Type> args, KernelOptions options,
                              String pipelineIdentity) {
        return new CacheKey(ENVIRONMENT
                + "pipeline " + pipelineIdentity + "\n"
                + "options " + options + "\n"
                + "file " + module.file() + "\n"
                + "function " + function + "\n"
                + "signature " + new Signature(args, null) + "\n"
                + SOURCE + module.source());
    }

    /** The value of the line before the source that starts with name and a space, e.g. part("function"). */
    public Optional<String> part(String name) {
        int end = text.indexOf("\n" + SOURCE);
        return (end < 0 ? text : text.substring(0, end)).lines()
                .filter(l -> l.startsWith(name + " ")).map(l -> l.substring(name.length() + 1)).findFirst();
    }

    /** 16 hex digits from the text (64-bit FNV-1a): the entry's file name; equal ids of unequal keys only cost a miss. */
    public String fileId() {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return HexFormat.of().toHexDigits(h);
    }
}
