package io.jumba.dispatch;

import io.jumba.cache.CachePolicy;
import io.jumba.frontend.Parser;
import io.jumba.frontend.ast.Module;
import io.jumba.passes.Pass;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** Shared pieces of the disk cache tests: policies in a test's own directory and a pipeline that counts compiles. */
final class CacheTests {
    /** No caching at all (the directory is never touched). */
    static final CachePolicy NEVER = new CachePolicy(Path.of("never-written"), CachePolicy.Mode.NEVER, 0);

    static final String SOURCE = """
            from numba import njit

            @njit(cache=True)
            def add(a, b):
                return a + b

            @njit
            def sub(a, b):
                return a - b
            """;

    private CacheTests() {}

    /** Caching as the decorators say, in dir, with the default size limit. */
    static CachePolicy policy(Path dir) {
        return new CachePolicy(dir, CachePolicy.Mode.DECORATOR, CachePolicy.DEFAULT_MAX_MB << 20);
    }

    /** The standard pipeline plus a pass that counts the compiles, identified so that it is cacheable. */
    static Pipeline counting(AtomicInteger compiles) {
        return Pipeline.standard().withPass(new Pass("count-compiles", p -> {
            compiles.incrementAndGet();
            return p;
        })).identified("standard, counted");
    }

    /** A dispatcher for function of source (file k.py), as a fresh process would make it. */
    static Dispatcher dispatcher(String source, String function, AtomicInteger compiles, CachePolicy policy) {
        Module module = Parser.parse(source, "k.py");
        return new Dispatcher(module, function, counting(compiles), false, policy);
    }
}
