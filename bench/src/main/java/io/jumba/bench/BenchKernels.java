package io.jumba.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the benchmark kernel suite (kernel files and cases.json). By default it is the repository's own
 * {@code bench/kernels}, found from the working directory upwards (tests run in a module folder, JMH from the
 * root). The system property {@code jumba.benchKernels} names another folder with the same layout, e.g. an outside
 * copy to cross-check against by hand.
 */
public final class BenchKernels {
    /** The system property that names the folder explicitly. */
    public static final String PROPERTY = "jumba.benchKernels";

    /** Where the suite sits inside the repository. */
    private static final Path IN_REPO = Path.of("bench", "kernels");

    private BenchKernels() {}

    /** The folder holding cases.json; throws with the place it looked from if there is none. */
    public static Path dir() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured).toAbsolutePath().normalize();
            if (!Files.isRegularFile(p.resolve("cases.json"))) {
                throw new IllegalStateException(PROPERTY + "=" + configured + " has no cases.json");
            }
            return p;
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolve(IN_REPO);
            if (Files.isRegularFile(candidate.resolve("cases.json"))) return candidate;
        }
        throw new IllegalStateException("no " + IN_REPO.resolve("cases.json") + " at or above " + start
                + "; run from the Jumba repository or pass -D" + PROPERTY + "=<folder>");
    }
}
