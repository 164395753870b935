package io.jumba.dispatch;

import io.jumba.codegen.Cancellation;
import io.jumba.frontend.KernelOptions;
import io.jumba.frontend.ast.Module;
import io.jumba.types.Signature;
import io.jumba.types.Type;
import io.jumba.runtime.VectorApiModule;
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
    static final String ENVIRONMENT = new StringBuilder()
            .append("jumba ").append(JumbaBuild.ID).append('\n')
            // the property is Runtime.version()'s text, without the cost of parsing it
            .append("java ").append(System.getProperty("java.runtime.version")).append(' ')
            .append(System.getProperty("java.vm.name")).append('\n')
            .append("cpu ").append(System.getProperty("os.arch")).append(" vector ")
            .append(vectorBits()).append('\n')
            .append(Cancellation.CHECKED ? "" : "cancellation checks off\n")
            .toString();
    /** The hardware's preferred vector size in bits; "none" when the Vector API module is not resolved. */
    private static String vectorBits() {
        return VectorApiModule.resolved() ? Integer.toString(VectorShape.preferredShape().vectorBitSize()) : "none";
    }

    private static final String SOURCE = "source\n";

    /**
     * The key of function of module compiled for argument types args, with options (its decorator's), through the
     * pipeline whose {@link Pipeline#identity} is pipelineIdentity.
     */
    static CacheKey of(Module module, String function, List<Type> args, KernelOptions options,
                              String pipelineIdentity) {
        // Appends, not + or a record's toString: their invokedynamic bootstraps cost tens of milliseconds on first
        // use in a fresh JVM, as much as the whole rest of a cache hit. The options come from the decorator, so the
        // source below covers them too; they are spelled out for people reading an entry.
        return new CacheKey(new StringBuilder(ENVIRONMENT)
                .append("pipeline ").append(pipelineIdentity).append('\n')
                .append("options parallel=").append(options.parallel()).append(" fastmath=").append(options.fastmath())
                .append(" error_model=").append(options.errorModel()).append(" boundscheck=").append(options.boundscheck())
                .append(" nogil=").append(options.nogil()).append('\n')
                .append("file ").append(module.file()).append('\n')
                .append("function ").append(function).append('\n')
                .append("signature ").append(signature(args)).append('\n')
                .append(SOURCE).append(module.source())
                .toString());
    }

    /** Numba's spelling of argument types, as {@link Signature#toString} (without its stream). */
    private static StringBuilder signature(List<Type> args) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < args.size(); i++) sb.append(i == 0 ? "" : ", ").append(args.get(i));
        return sb.append(')');
    }

    /** The value of the line before the source that starts with name and a space, e.g. part("function"). */
    public Optional<String> part(String name) {
        int start = 0;
        while (start < text.length() && !text.startsWith(SOURCE, start)) {
            int end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            if (text.startsWith(name, start) && start + name.length() < end && text.charAt(start + name.length()) == ' ') {
                return Optional.of(text.substring(start + name.length() + 1, end));
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /** 16 hex digits from the text (64-bit FNV-1a): the entry's file name; equal ids of unequal keys only cost a miss. */
    String fileId() {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return HexFormat.of().toHexDigits(h);
    }
}
