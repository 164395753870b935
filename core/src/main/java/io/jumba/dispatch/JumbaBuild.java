package io.jumba.dispatch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which build of Jumba is running: its version and when Maven built it. Kernels cached by another build are never
 * loaded, since code generation may have changed. The core jar's manifest carries the id as its
 * Implementation-Version, which the class loader has already read; classes outside a jar (tests, an IDE) read the
 * filtered {@code build.properties} resource instead, which costs a fresh JVM tens of milliseconds.
 */
final class JumbaBuild {
    /** e.g. {@code "0.1.0-SNAPSHOT built 2025-01-31T12:00:00Z"}. */
    static final String ID = read();

    private JumbaBuild() {}

    private static String read() {
        String packaged = JumbaBuild.class.getPackage().getImplementationVersion();
        if (packaged != null) return packaged;
        try (InputStream in = JumbaBuild.class.getResourceAsStream("build.properties")) {
            if (in == null) throw new IllegalStateException("build.properties is missing from Jumba's core classes");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version") + " built " + p.getProperty("built");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
