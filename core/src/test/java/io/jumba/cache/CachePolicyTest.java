package io.jumba.cache;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Where the cache lives and how big it may grow, from the environment. */
class CachePolicyTest {
    private static final Path HOME = Path.of("/home/someone");

    @Test
    void defaultsToTheUsersCacheFolderAndTheDecorator() {
        CachePolicy p = CachePolicy.from(Map.of(), HOME);
        assertEquals(HOME.resolve(".cache/jumba"), p.directory());
        assertEquals(CachePolicy.Mode.DECORATOR, p.mode());
        assertEquals(256L << 20, p.maxBytes());
        assertTrue(p.caches(true));
        assertFalse(p.caches(false));
    }

    @Test
    void honoursXdgCacheHomeWhenAbsolute() {
        assertEquals(Path.of("/var/cache/me/jumba"), CachePolicy.from(Map.of("XDG_CACHE_HOME", "/var/cache/me"), HOME).directory());
        assertEquals(HOME.resolve(".cache/jumba"), CachePolicy.from(Map.of("XDG_CACHE_HOME", "relative"), HOME).directory());
    }

    @Test
    void jumbaCacheDirWins() {
        CachePolicy p = CachePolicy.from(Map.of("XDG_CACHE_HOME", "/var/cache/me", CachePolicy.DIR_ENV, "/tmp/k"), HOME);
        assertEquals(Path.of("/tmp/k"), p.directory());
    }

    @Test
    void sizeLimitFromTheEnvironment() {
        assertEquals(8L << 20, CachePolicy.from(Map.of(CachePolicy.MAX_MB_ENV, "8"), HOME).maxBytes());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CachePolicy.from(Map.of(CachePolicy.MAX_MB_ENV, "lots"), HOME));
        assertEquals("JUMBA_CACHE_MAX_MB must be a whole number of MiB, got 'lots'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CachePolicy.from(Map.of(CachePolicy.MAX_MB_ENV, "-1"), HOME));
    }

    @Test
    void modesOverrideTheDecorator() {
        CachePolicy p = CachePolicy.from(Map.of(), HOME);
        assertTrue(p.withMode(CachePolicy.Mode.ALWAYS).caches(false));
        assertFalse(p.withMode(CachePolicy.Mode.NEVER).caches(true));
        assertEquals(Path.of("/elsewhere"), p.inDirectory(Path.of("/elsewhere")).directory());
        assertEquals(1024, p.withMaxBytes(1024).maxBytes());
    }
}
