package io.jumba.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the shared bench-kernels folder (kernel files, cases.json), which is referenced, never copied.
 * The system property {@code jumba.benchKernels} wins; otherwise {@code ../shared/bench-kernels} beside the
 * repository root, looked for from the repository root upwards (a git worktree may sit one level deeper).
 */
public final class BenchKernels {
    /** The system property that names the folder explicitly. */
    public static final String PROPERTY = "jumba.benchKernels";

    private BenchKernels() {}

    /** The folder holding cases.json; throws with the places it looked if there is none. */
    public static Path dir() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured).toAbsolutePath().normalize();
            if (!Files.isRegularFile(p.resolve("cases.json"))) {
                throw new IllegalStateException(PROPERTY + "=" + configured + " has no cases.json");
            }
            return p;
        }
        Path root = repoRoot();
        for (Path up = root.getParent(); up != null; up = up.getParent()) {
            Path candidate = up.resolve("shared").resolve("bench-kernels");
            if (Files.isRegularFile(candidate.resolve("cases.json"))) return candidate;
        }
        throw new IllegalStateException("no shared/bench-kernels/cases.json above " + root
                + "; pass -D" + PROPERTY + "=<folder>");
    }

    /** The repository root: the nearest folder at or above the working directory holding bench/pom.xml. */
    static Path repoRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("bench").resolve("pom.xml"))) return p;
        }
        return start;
    }
}
