package io.jumba;

import io.jumba.dispatch.Dispatcher;
import io.jumba.frontend.Parser;
import io.jumba.frontend.SourceFile;
import io.jumba.runtime.parallel.ThreadCount;
import io.jumba.ufunc.VectorizedModule;
import io.jumba.vectorize.options.VectorOptions;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Entry point of the library: compiles a Python file of Numba-style kernels into a {@link KernelModule} whose
 * functions are called from Java like {@code @njit} functions from Python.
 *
 * <pre>{@code
 * KernelModule m = Jumba.jit(Path.of("kernels.py"));
 * double s = (Double) m.function("total").call(array);
 * }</pre>
 *
 * Functions compile lazily per argument signature. Setting the environment variable {@code JUMBA_DISABLE_JIT=1}
 * runs every call in the interpreter instead. Functions decorated {@code @njit(cache=True)} are also cached on disk
 * for later processes ({@link io.jumba.cache.CachePolicy#fromEnvironment()}; see
 * {@link KernelModule#withCache} to choose otherwise).
 */
public final class Jumba {
    private Jumba() {}

    /**
     * Sets how many threads the parallel loops of every kernel use ({@code prange} in {@code parallel=True}
     * kernels), 1 to 256, for the whole process, as Numba's {@code numba.set_num_threads}; 0 returns to the
     * default: {@code JUMBA_NUM_THREADS}, else the number of available processors. Reductions give the same bits
     * for any count. {@link Kernel#callWithThreads} overrides it for one call.
     */
    public static void setNumThreads(int threads) { ThreadCount.set(threads); }

    /** The number of threads parallel loops use now, as Numba's {@code numba.get_num_threads()}. */
    public static int getNumThreads() { return ThreadCount.get(); }

    /**
     * Parses a kernel file; positions in errors name it as given.
     *
     * @throws IOException                      when the file cannot be read
     * @throws io.jumba.diag.JumbaException when it is not valid kernel source
     */
    public static KernelModule jit(Path file) throws IOException {
        return jit(SourceFile.read(file), file.toString());
    }

    /**
     * Parses the kernel file read from in (UTF-8, to its end; in is not closed); errors name it fileName.
     *
     * @throws IOException                  when in cannot be read
     * @throws io.jumba.diag.JumbaException when it is not valid kernel source
     */
    public static KernelModule jit(InputStream in, String fileName) throws IOException {
        return jit(SourceFile.decode(in.readAllBytes(), fileName), fileName);
    }

    /**
     * Parses a kernel file shipped as a class-path resource, found as {@code owner.getResourceAsStream(resource)}
     * finds it (relative to owner's package, or absolute with a leading {@code /}); errors name the resource as given.
     *
     * <pre>{@code
     * KernelModule m = Jumba.jitResource(MyApp.class, "/kernels/black_scholes.py");
     * }</pre>
     *
     * @throws FileNotFoundException        when there is no such resource
     * @throws IOException                  when it cannot be read
     * @throws io.jumba.diag.JumbaException when it is not valid kernel source
     */
    public static KernelModule jitResource(Class<?> owner, String resource) throws IOException {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) throw new FileNotFoundException("no class-path resource " + resource + " for " + owner.getName());
            return jit(in, resource);
        }
    }

    /** Parses kernel source; errors name it {@code <string>}. */
    public static KernelModule jit(String source) {
        return jit(source, "<string>");
    }

    /** Parses kernel source; errors name it fileName. */
    public static KernelModule jit(String source, String fileName) {
        return new KernelModule(Parser.parse(source, fileName), VectorOptions.fromSystemProperties(),
                Dispatcher.jitDisabledByEnvironment());
    }

    /**
     * The {@code @vectorize}/{@code @guvectorize} functions of a kernel file, applied like NumPy ufuncs.
     *
     * @throws IOException                   when the file cannot be read
     * @throws io.jumba.diag.JumbaException when it is not valid kernel source or a decorator is malformed
     */
    public static VectorizedModule vectorize(Path file) throws IOException {
        return vectorize(SourceFile.read(file), file.toString());
    }

    /** The {@code @vectorize}/{@code @guvectorize} functions of kernel source; errors name it {@code <string>}. */
    public static VectorizedModule vectorize(String source) {
        return vectorize(source, "<string>");
    }

    /** The {@code @vectorize}/{@code @guvectorize} functions of kernel source; errors name it fileName. */
    public static VectorizedModule vectorize(String source, String fileName) {
        return VectorizedModule.of(source, fileName);
    }
}
