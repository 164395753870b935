package io.jumba.spark;

import io.jumba.Jumba;
import io.jumba.Kernel;
import io.jumba.KernelModule;
import io.jumba.ufunc.UFunc;

import java.util.concurrent.ConcurrentHashMap;

/**
 * The kernels of this JVM (an executor's, or the driver's in local mode), parsed and compiled once per source and
 * signature whatever the number of tasks and jobs that run them. Kernels declared {@code cache=True} (or all, with
 * {@code JUMBA_CACHE=always}) are also read from and written to the disk cache, as in any Jumba process.
 */
final class ExecutorKernels {
    /** A kernel function compiled for one signature. */
    private record KernelKey(KernelSource source, String function, String signature) {}

    /** A {@code @vectorize} function. */
    private record UfuncKey(KernelSource source, String name) {}

    private static final ConcurrentHashMap<KernelSource, KernelModule> MODULES = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<KernelKey, Kernel> KERNELS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<UfuncKey, UFunc> UFUNCS = new ConcurrentHashMap<>();

    private ExecutorKernels() {}

    /** The function of source, compiled for signature (on the first request in this JVM). */
    static Kernel kernel(KernelSource source, String function, String signature) {
        return KERNELS.computeIfAbsent(new KernelKey(source, function, signature),
                k -> module(source).function(function).compile(signature));
    }

    /** The {@code @vectorize} function name of source. */
    static UFunc ufunc(KernelSource source, String name) {
        return UFUNCS.computeIfAbsent(new UfuncKey(source, name),
                k -> Jumba.vectorize(source.text(), source.fileName()).ufunc(name));
    }

    /** The parsed kernel file, for typing on the driver and compiling on executors. */
    static KernelModule module(KernelSource source) {
        return MODULES.computeIfAbsent(source, s -> Jumba.jit(s.text(), s.fileName()));
    }

    /** How many (function, signature) pairs this JVM has compiled for Spark jobs. */
    static int compiledKernels() {
        return KERNELS.size();
    }
}
