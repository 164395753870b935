package io.jumba.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Writes the jar of {@code jumba aot}: class files under their binary names, and a manifest. */
final class AotJar {
    /** Every entry's time: the same kernels give the same jar, byte for byte. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private AotJar() {}

    /**
     * Writes classes (binary name → class file) to jar, replacing it; written to a temporary file first, so a
     * failure leaves no half-written jar.
     */
    static void write(Path jar, Map<String, byte[]> classes) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Created-By", "jumba aot");
        Path dir = jar.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path part = Files.createTempFile(dir, jar.getFileName().toString(), ".part");
        try {
            try (OutputStream file = Files.newOutputStream(part); JarOutputStream out = new JarOutputStream(file)) {
                ByteArrayOutputStream manifestBytes = new ByteArrayOutputStream();
                manifest.write(manifestBytes);
                entry(out, "META-INF/MANIFEST.MF", manifestBytes.toByteArray());
                for (Map.Entry<String, byte[]> c : new TreeMap<>(classes).entrySet()) {
                    entry(out, c.getKey().replace('.', '/') + ".class", c.getValue());
                }
            }
            Files.move(part, jar, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static void entry(JarOutputStream out, String name, byte[] bytes) throws IOException {
        JarEntry e = new JarEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        out.putNextEntry(e);
        out.write(bytes);
        out.closeEntry();
    }
}
