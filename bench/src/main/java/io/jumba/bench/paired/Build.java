package io.jumba.bench.paired;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One side of a paired run: a build's {@code benchmarks.jar} (or class path) in its own {@link BuildLoader}, with the system
 * properties it is set up under (e.g. {@code jumba.cancellation=false}: Jumba reads such settings once per class
 * loader, when a build first compiles, so each side keeps its own).
 */
final class Build {
    private static final String SUITE = "io.jumba.bench.jmh.SuiteBenchmark";

    private final BuildLoader loader;
    private final Map<String, String> properties;
    private final MethodHandle loop;

    Build(String label, List<Path> classPath, Map<String, String> properties) throws ReflectiveOperationException {
        this.loader = new BuildLoader(label, classPath);
        this.properties = Map.copyOf(properties);
        Class<?> looper = Class.forName(Looper.class.getName(), true, loader);
        this.loop = MethodHandles.publicLookup().findStatic(looper, "loop",
                MethodType.methodType(double.class, Object.class, int.class));
    }

    /** This build's {@code SuiteBenchmark} for a case, set up (compiled, checked against the plain loop). */
    Object prepare(String caseName, String size, String impl) throws Throwable {
        return inBuild(() -> {
            Class<?> suite = Class.forName(SUITE, true, loader);
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Object bench = lookup.findConstructor(suite, MethodType.methodType(void.class)).invoke();
            lookup.findSetter(suite, "caseName", String.class).invoke(bench, caseName);
            lookup.findSetter(suite, "size", String.class).invoke(bench, size);
            lookup.findSetter(suite, "impl", String.class).invoke(bench, impl);
            lookup.findVirtual(suite, "setUp", MethodType.methodType(void.class)).invoke(bench);
            return bench;
        });
    }

    /** Whether this build's suite has a case (an older build lacks the cases added after it). */
    boolean has(String caseName) throws Throwable {
        Class<?> bindings = Class.forName("io.jumba.bench.jmh.CaseBindings", true, loader);
        try {
            MethodHandles.publicLookup().findStatic(bindings, "implementations",
                    MethodType.methodType(List.class, String.class)).invoke(caseName);
            return true;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    /** The class a name means in this build (each build has its own). */
    Class<?> load(String name) throws ClassNotFoundException {
        return Class.forName(name, false, loader);
    }

    /** Nanoseconds taken by {@code calls} calls of the prepared benchmark. */
    long time(Object bench, int calls) throws Throwable {
        Thread.currentThread().setContextClassLoader(loader);
        long start = System.nanoTime();
        double sink = (double) loop.invokeExact(bench, calls);
        long elapsed = System.nanoTime() - start;
        Sink.consume(sink);
        return elapsed;
    }

    private interface Action {
        Object run() throws Throwable;
    }

    private Object inBuild(Action action) throws Throwable {
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        Map<String, String> saved = new HashMap<>();
        properties.forEach((k, v) -> saved.put(k, System.setProperty(k, v)));
        thread.setContextClassLoader(loader);
        try {
            return action.run();
        } finally {
            thread.setContextClassLoader(context);
            saved.forEach((k, v) -> {
                if (v == null) System.clearProperty(k);
                else System.setProperty(k, v);
            });
        }
    }

    /** Keeps the loops' sums observable, so the JIT cannot drop the work. */
    static final class Sink {
        private static volatile double last;

        static void consume(double v) {
            last = v;
        }
    }
}
