package io.jumba.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The text of a kernel file and the name its errors give it: what a Spark job ships to its executors, which parse
 * and compile it there (once per JVM, see {@link SparkKernel}).
 *
 * @param text     the Python source
 * @param fileName the name positions in errors give
 */
public record KernelSource(String text, String fileName) implements Serializable {
    public KernelSource {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(fileName, "fileName");
    }

    /** Kernel source given as a string; errors name it {@code <string>}. */
    public static KernelSource of(String text) {
        return new KernelSource(text, "<string>");
    }

    /** The kernel file at path (UTF-8); errors name it as given. */
    public static KernelSource read(Path file) throws IOException {
        return new KernelSource(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /**
     * The kernel file shipped as a class-path resource, found as {@code owner.getResourceAsStream(resource)} finds it.
     *
     * @throws FileNotFoundException when there is no such resource
     */
    public static KernelSource resource(Class<?> owner, String resource) throws IOException {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) throw new FileNotFoundException("no class-path resource " + resource + " for " + owner.getName());
            return new KernelSource(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
        }
    }
}
