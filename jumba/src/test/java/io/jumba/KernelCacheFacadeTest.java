package io.jumba;

import io.jumba.cache.CachePolicy;
import io.jumba.dispatch.KernelCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** The library user's cache option: {@link KernelModule#withCache} picks the directory and overrides cache=. */
class KernelCacheFacadeTest {
    private static final String KERNELS = """
            from numba import njit

            @njit(cache=True)
            def add(a, b):
                return a + b

            @njit
            def mul(a, b):
                return a * b
            """;

    @TempDir
    Path dir;

    private static int entries(Path dir) throws IOException { return new KernelCache(dir, 1 << 20).list().size(); }

    @Test
    void theDecoratorDecidesByDefault() throws IOException {
        KernelModule m = Jumba.jit(KERNELS).withCache(CachePolicy.fromEnvironment().inDirectory(dir));
        assertEquals(CachePolicy.Mode.DECORATOR, m.cachePolicy().mode());
        assertEquals(5L, m.function("add").call(2L, 3L));
        assertEquals(6L, m.function("mul").call(2L, 3L));
        assertEquals(1, entries(dir));
    }

    @Test
    void alwaysAndNeverOverrideTheDecorator() throws IOException {
        Path always = dir.resolve("always"), never = dir.resolve("never");
        KernelModule m = Jumba.jit(KERNELS);
        KernelModule all = m.withCache(m.cachePolicy().inDirectory(always).withMode(CachePolicy.Mode.ALWAYS));
        assertEquals(6L, all.function("mul").call(2L, 3L));
        assertEquals(1, entries(always));
        KernelModule none = m.withCache(m.cachePolicy().inDirectory(never).withMode(CachePolicy.Mode.NEVER));
        assertEquals(5L, none.function("add").call(2L, 3L));
        assertEquals(0, entries(never));
    }

    @Test
    void aHitKeepsTheJavaSourceAndStrictModulesAreCachedApart() throws IOException {
        String sum = """
                from numba import njit

                @njit(cache=True)
                def total(a):
                    s = 0.0
                    for i in range(a.shape[0]):
                        s += a[i]
                    return s
                """;
        CachePolicy policy = CachePolicy.fromEnvironment().inDirectory(dir);
        String signature = "(float64[::1],)";
        String source = Jumba.jit(sum).withCache(policy).function("total").javaSource(signature);
        assertEquals(source, Jumba.jit(sum).withCache(policy).function("total").javaSource(signature));
        assertEquals(1, entries(dir));
        KernelModule strict = Jumba.jit(sum).withCache(policy).strict();
        assertEquals(policy, strict.cachePolicy());
        assertNotEquals(source, strict.function("total").javaSource(signature));
        assertEquals(2, entries(dir));
    }
}
