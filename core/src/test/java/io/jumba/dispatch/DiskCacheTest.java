package io.jumba.dispatch;

import io.jumba.cache.CachePolicy;
import io.jumba.diag.TypingError;
import io.jumba.frontend.KernelOptions;
import io.jumba.frontend.Parser;
import io.jumba.passes.Pass;
import io.jumba.types.Signature;
import jdk.incubator.vector.VectorShape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.jumba.dispatch.CacheTests.SOURCE;
import static io.jumba.dispatch.CacheTests.dispatcher;
import static io.jumba.dispatch.CacheTests.policy;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Dispatchers with a disk cache: a second dispatcher (as a new process would make: its own parse, its own class
 * loaders) loads what the first compiled, and anything the code depends on changes the key.
 */
class DiskCacheTest {
    @TempDir
    Path dir;
    private final AtomicInteger compiles = new AtomicInteger();

    private List<CacheListing> entries() throws IOException { return KernelCache.of(policy(dir)).list(); }

    @Test
    void aSecondDispatcherLoadsWhatTheFirstCompiled() throws IOException {
        Dispatcher first = dispatcher(SOURCE, "add", compiles, policy(dir));
        assertEquals(5L, first.call(2L, 3L));
        assertEquals(1, compiles.get());
        assertEquals(1, entries().size());
        String javaSource = first.compile(Signature.parse("(int64, int64)")).kernel().javaSource();

        Dispatcher second = dispatcher(SOURCE, "add", compiles, policy(dir));
        assertEquals(9L, second.call(4L, 5L));
        assertEquals(1, compiles.get(), "a hit runs neither the passes nor the backend");
        Specialization hit = second.compile(Signature.parse("int64(int64, int64)"));
        assertEquals(javaSource, hit.kernel().javaSource(), "the generated source is kept for javaSource/explain");
        assertNotSame(first.compile(Signature.parse("(int64, int64)")).kernel().handle(), hit.kernel().handle());
        assertEquals(List.of(Signature.parse("int64(int64, int64)")), second.signatures());
        assertEquals(1, entries().size());
    }

    @Test
    void anotherSignatureIsAnotherEntry() throws IOException {
        dispatcher(SOURCE, "add", compiles, policy(dir)).call(2L, 3L);
        Dispatcher d = dispatcher(SOURCE, "add", compiles, policy(dir));
        assertEquals(4.0, d.call(1.5, 2.5));
        assertEquals(2, compiles.get());
        assertEquals(2, entries().size());
        assertEquals(7L, d.call(3L, 4L));
        assertEquals(2, compiles.get());
    }

    @Test
    void changedSourceMisses() throws IOException {
        dispatcher(SOURCE, "add", compiles, policy(dir)).call(2L, 3L);
        // a change anywhere in the file, even in a function add does not call, is a miss: safe, not minimal
        String edited = SOURCE.replace("return a - b", "return b - a");
        assertEquals(5L, dispatcher(edited, "add", compiles, policy(dir)).call(2L, 3L));
        assertEquals(2, compiles.get());
        String changed = SOURCE.replace("return a + b", "return a + b + 1");
        assertEquals(6L, dispatcher(changed, "add", compiles, policy(dir)).call(2L, 3L));
        assertEquals(3, compiles.get());
        assertEquals(3, entries().size());
    }

    @Test
    void decoratorOptionsMiss() {
        dispatcher(SOURCE, "add", compiles, policy(dir)).call(2L, 3L);
        String fast = SOURCE.replace("@njit(cache=True)", "@njit(cache=True, fastmath=True)");
        assertEquals(5L, dispatcher(fast, "add", compiles, policy(dir)).call(2L, 3L));
        String numpy = SOURCE.replace("@njit(cache=True)", "@njit(cache=True, error_model='numpy')");
        assertEquals(5L, dispatcher(numpy, "add", compiles, policy(dir)).call(2L, 3L));
        assertEquals(3, compiles.get());
    }

    @Test
    void anotherFileNameMisses() {
        dispatcher(SOURCE, "add", compiles, policy(dir)).call(2L, 3L);
        Dispatcher other = new Dispatcher(Parser.parse(SOURCE, "other.py"), "add",
                CacheTests.counting(compiles), false, policy(dir));
        assertEquals(5L, other.call(2L, 3L));
        assertEquals(2, compiles.get(), "runtime errors quote the file name, so it is part of the key");
    }

    @Test
    void anotherPipelineMisses() {
        dispatcher(SOURCE, "add", compiles, policy(dir)).call(2L, 3L);
        Pipeline other = CacheTests.counting(compiles).identified("standard, counted, other options");
        assertEquals(5L, new Dispatcher(Parser.parse(SOURCE, "k.py"), "add", other, false,
                policy(dir)).call(2L, 3L));
        assertEquals(2, compiles.get());
    }

    @Test
    void theKeyNamesTheBuildTheJdkAndTheVectorShape() {
        CacheKey key = CacheKey.of(Parser.parse(SOURCE, "k.py"), "add", List.of(),
                KernelOptions.DEFAULT, "standard");
        assertEquals(JumbaBuild.ID, key.part("jumba").orElseThrow());
        assertTrue(JumbaBuild.ID.matches("\\S+ built \\S+"), JumbaBuild.ID);
        assertTrue(key.part("java").orElseThrow().startsWith(Runtime.version().toString() + " "));
        assertEquals(System.getProperty("os.arch") + " vector "
                + VectorShape.preferredShape().vectorBitSize(), key.part("cpu").orElseThrow());
        assertTrue(key.text().endsWith("source\n" + SOURCE));
    }

    @Test
    void onlyCacheTrueIsCachedByDefault() throws IOException {
        assertEquals(1L, dispatcher(SOURCE, "sub", compiles, policy(dir)).call(3L, 2L));
        assertTrue(entries().isEmpty());
        assertFalse(Files.exists(dir.resolve("never")));
    }

    @Test
    void modesOverrideTheDecorator() throws IOException {
        Path never = dir.resolve("never"), always = dir.resolve("always");
        dispatcher(SOURCE, "add", compiles, policy(never).withMode(CachePolicy.Mode.NEVER)).call(2L, 3L);
        assertFalse(Files.exists(never));
        dispatcher(SOURCE, "sub", compiles, policy(always).withMode(CachePolicy.Mode.ALWAYS)).call(3L, 2L);
        dispatcher(SOURCE, "sub", compiles, policy(always).withMode(CachePolicy.Mode.ALWAYS)).call(3L, 2L);
        assertEquals(2, compiles.get());
        assertEquals(1, KernelCache.of(policy(always)).list().size());
    }

    @Test
    void pipelinesWithoutIdentityAreNeverCached() throws IOException {
        Pipeline anonymous = Pipeline.standard().withPass(new Pass("unchanged", p -> p));
        assertTrue(anonymous.identity().isEmpty());
        new Dispatcher(Parser.parse(SOURCE, "k.py"), "add", anonymous, false,
                policy(dir).withMode(CachePolicy.Mode.ALWAYS)).call(2L, 3L);
        assertTrue(entries().isEmpty());
    }

    @Test
    void declaredSignaturesLoadFromTheCacheToo() {
        String declared = SOURCE.replace("@njit(cache=True)", "@njit(\"float64(float64, float64)\", cache=True)");
        dispatcher(declared, "add", compiles, policy(dir));
        assertEquals(1, compiles.get());
        Dispatcher second = dispatcher(declared, "add", compiles, policy(dir));
        assertEquals(1, compiles.get());
        assertEquals(5.0, second.call(2L, 3L));
        assertEquals(List.of(Signature.parse("float64(float64, float64)")), second.signatures());
    }

    @Test
    void aWrongDeclaredReturnTypeIsStillReportedOnAHit() {
        dispatcher(SOURCE, "add", compiles, policy(dir)).call(2L, 3L);
        Dispatcher d = dispatcher(SOURCE, "add", compiles, policy(dir));
        TypingError e = assertThrows(TypingError.class, () -> d.compile(Signature.parse("float64(int64, int64)")));
        assertTrue(e.getMessage().startsWith("k.py:4:"), e.getMessage());
        assertEquals(1, compiles.get());
    }
}
