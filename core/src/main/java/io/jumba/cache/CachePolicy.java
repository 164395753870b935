package io.jumba.cache;

import java.nio.file.Path;
import java.util.Map;

/**
 * Whether and where compiled kernels are cached on disk ({@link KernelCache}). By default, as in Numba, a function
 * is cached when its decorator says {@code cache=True}; {@link Mode} can force caching on or off for every function.
 * The directory is {@value #DIR_ENV} when set, else {@code $XDG_CACHE_HOME/jumba}, else {@code ~/.cache/jumba}; the
 * size limit is {@value #MAX_MB_ENV} MiB when set, else {@value #DEFAULT_MAX_MB} MiB.
 *
 * @param directory where entries are stored
 * @param mode      which functions are cached
 * @param maxBytes  the most bytes of entries kept; the least recently used go first
 */
public record CachePolicy(Path directory, Mode mode, long maxBytes) {
    /** The environment variable naming the cache directory (as Numba's {@code NUMBA_CACHE_DIR}). */
    public static final String DIR_ENV = "JUMBA_CACHE_DIR";
    /** The environment variable giving the cache's size limit in MiB. */
    public static final String MAX_MB_ENV = "JUMBA_CACHE_MAX_MB";
    /** The size limit when {@value #MAX_MB_ENV} is not set, in MiB. */
    public static final long DEFAULT_MAX_MB = 256;

    /** Which functions are cached. */
    public enum Mode {
        /** Those whose decorator says {@code cache=True} (Numba's behaviour). */
        DECORATOR,
        /** Every function, whatever its decorator says. */
        ALWAYS,
        /** None, whatever their decorators say. */
        NEVER
    }

    public CachePolicy {
        if (maxBytes < 0) throw new IllegalArgumentException("the cache size limit must not be negative: " + maxBytes);
    }

    /** Decorator-driven caching in the directory and with the size limit the environment gives. */
    public static CachePolicy fromEnvironment() { return from(System.getenv(), Path.of(System.getProperty("user.home"))); }

    /** The policy environment variables env give, home being the user's home directory. */
    static CachePolicy from(Map<String, String> env, Path home) {
        return new CachePolicy(directory(env, home), Mode.DECORATOR, maxMiB(env.get(MAX_MB_ENV)) << 20);
    }

    private static Path directory(Map<String, String> env, Path home) {
        String dir = env.get(DIR_ENV);
        if (dir != null && !dir.isBlank()) return Path.of(dir);
        String xdg = env.get("XDG_CACHE_HOME");
        // The XDG spec says to ignore a relative XDG_CACHE_HOME.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "jumba");
        return home.resolve(".cache").resolve("jumba");
    }

    private static long maxMiB(String text) {
        if (text == null || text.isBlank()) return DEFAULT_MAX_MB;
        try {
            long mib = Long.parseLong(text.strip());
            if (mib >= 0 && mib <= Long.MAX_VALUE >> 20) return mib;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(MAX_MB_ENV + " must be a whole number of MiB, got '" + text + "'");
    }

    /** This policy with entries stored in directory. */
    public CachePolicy inDirectory(Path dir) { return new CachePolicy(dir, mode, maxBytes); }

    /** This policy caching the functions m says. */
    public CachePolicy withMode(Mode m) { return new CachePolicy(directory, m, maxBytes); }

    /** This policy keeping at most bytes of entries. */
    public CachePolicy withMaxBytes(long bytes) { return new CachePolicy(directory, mode, bytes); }

    /** Whether a function whose decorator says {@code cache=decorated} is cached. */
    public boolean caches(boolean decorated) {
        return switch (mode) {
            case DECORATOR -> decorated;
            case ALWAYS -> true;
            case NEVER -> false;
        };
    }
}
