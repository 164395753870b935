package io.jumba.bench.paired;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * One build of Jumba's benchmarks (its {@code benchmarks.jar}, or any class path) in a class loader of its own, beside the platform
 * classes only, so two builds with the same class names run in one JVM. {@link Looper} is defined into it from the
 * harness's own bytes, so it links to this build's {@code SuiteBenchmark}.
 */
final class BuildLoader extends URLClassLoader {
    private static final String LOOPER = Looper.class.getName();

    BuildLoader(String name, List<Path> classPath) {
        super(name, classPath.stream().map(BuildLoader::url).toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (!name.equals(LOOPER)) return super.findClass(name);
        try (InputStream in = BuildLoader.class.getResourceAsStream("Looper.class")) {
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL url(Path entry) {
        try {
            return entry.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(entry.toString(), e);
        }
    }
}
