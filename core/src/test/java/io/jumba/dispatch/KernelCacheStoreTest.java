package io.jumba.dispatch;

import io.jumba.frontend.KernelOptions;
import io.jumba.frontend.Parser;
import io.jumba.frontend.ast.Module;
import io.jumba.jit.KernelBinary;
import io.jumba.types.Signature;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static io.jumba.dispatch.CacheTests.SOURCE;
import static io.jumba.dispatch.CacheTests.policy;
import static org.junit.jupiter.api.Assertions.*;

/** The cache directory: atomic replacement under concurrency, eviction under the size limit, list and clear. */
class KernelCacheStoreTest {
    @TempDir
    Path dir;
    private final Module module = Parser.parse(SOURCE, "k.py");

    private CacheKey key(Type... args) {
        return CacheKey.of(module, "add", List.of(args), KernelOptions.DEFAULT, "standard");
    }

    private KernelBinary binary(Type... args) {
        return new Dispatcher(module, "add", Pipeline.standard(), false, CacheTests.NEVER)
                .compile(new Signature(List.of(args), null)).kernel().binary();
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    private static long size(KernelCache cache) throws IOException {
        long total = 0;
        for (CacheListing l : cache.list()) total += l.bytes();
        return total;
    }

    @Test
    void concurrentWritersNeverShowAPartialEntry() throws Exception {
        KernelCache cache = KernelCache.of(policy(dir));
        CacheKey key = key(Type.INT64, Type.INT64);
        KernelBinary binary = binary(Type.INT64, Type.INT64);
        Path file = cache.path(key);
        int writers = 8, writes = 25;
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers + 2);
        try {
            List<Future<?>> tasks = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                tasks.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < writes; i++) cache.store(key, binary);
                    return null;
                }));
            }
            List<Future<?>> readers = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                readers.add(pool.submit(() -> {
                    start.await();
                    while (writing.get()) {
                        byte[] bytes;
                        try {
                            bytes = Files.readAllBytes(file);
                        } catch (NoSuchFileException e) {
                            continue; // not written yet
                        }
                        assertEquals(key, CacheEntry.decode(bytes).key()); // throws Invalid on a partial file
                        reads.incrementAndGet();
                        assertTrue(cache.load(key).isPresent());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> t : tasks) t.get();
            writing.set(false);
            for (Future<?> r : readers) r.get();
        } finally {
            pool.shutdownNow();
        }
        assertTrue(reads.get() > 0, "the readers saw the entry");
        assertEquals(List.of(file), files(), "one entry, no temporary files left");
        assertTrue(cache.load(key).isPresent());
    }

    @Test
    void concurrentDispatchersOfOneKernelAllGetIt() throws Exception {
        int threads = 8;
        AtomicInteger compiles = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    Dispatcher d = CacheTests.dispatcher(SOURCE, "add", compiles, policy(dir));
                    start.await();
                    return d.call(20L, 22L);
                }));
            }
            start.countDown();
            for (Future<Object> r : results) assertEquals(42L, r.get());
        } finally {
            pool.shutdownNow();
        }
        assertTrue(compiles.get() >= 1 && compiles.get() <= threads, "compiles: " + compiles.get());
        assertEquals(1, files().size());
        assertEquals(42L, CacheTests.dispatcher(SOURCE, "add", compiles, policy(dir)).call(20L, 22L));
    }

    @Test
    void evictionKeepsTheCacheUnderItsLimitLeastRecentlyUsedFirst() throws Exception {
        Type[][] signatures = {{Type.INT64, Type.INT64}, {Type.FLOAT64, Type.FLOAT64}, {Type.INT64, Type.FLOAT64},
            {Type.FLOAT64, Type.INT64}, {Type.BOOL, Type.BOOL}};
        long entryBytes = new CacheEntry(key(signatures[0]), binary(signatures[0])).encode().length;
        // room for three entries of about this size, not four
        KernelCache cache = new KernelCache(dir, entryBytes * 3 + entryBytes / 2);
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        for (int i = 0; i < 3; i++) {
            cache.store(key(signatures[i]), binary(signatures[i]));
            Files.setLastModifiedTime(cache.path(key(signatures[i])), FileTime.from(t0.plusSeconds(60L * i)));
        }
        assertEquals(3, cache.list().size());
        // loading the oldest marks it used: the second-oldest goes first
        assertTrue(cache.load(key(signatures[0])).isPresent());
        cache.store(key(signatures[3]), binary(signatures[3]));
        assertFalse(Files.exists(cache.path(key(signatures[1]))));
        assertTrue(Files.exists(cache.path(key(signatures[0]))));
        assertTrue(Files.exists(cache.path(key(signatures[2]))));
        assertTrue(Files.exists(cache.path(key(signatures[3]))));
        assertTrue(size(cache) <= entryBytes * 3 + entryBytes / 2, "size " + size(cache));

        Files.setLastModifiedTime(cache.path(key(signatures[0])), FileTime.from(t0));
        cache.store(key(signatures[4]), binary(signatures[4]));
        assertFalse(Files.exists(cache.path(key(signatures[0]))));
        assertEquals(3, cache.list().size());
        assertTrue(size(cache) <= entryBytes * 3 + entryBytes / 2, "size " + size(cache));
    }

    @Test
    void aLimitOfZeroKeepsNothing() throws IOException {
        KernelCache cache = new KernelCache(dir, 0);
        cache.store(key(Type.INT64, Type.INT64), binary(Type.INT64, Type.INT64));
        assertEquals(List.of(), files());
    }

    @Test
    void listShowsEntriesAndInvalidFilesClearRemovesOnlyTheCachesFiles() throws IOException {
        KernelCache cache = KernelCache.of(policy(dir));
        cache.store(key(Type.INT64, Type.INT64), binary(Type.INT64, Type.INT64));
        cache.store(key(Type.FLOAT64, Type.FLOAT64), binary(Type.FLOAT64, Type.FLOAT64));
        Path broken = dir.resolve("add-0000000000000000" + KernelCache.SUFFIX);
        Files.writeString(broken, "not an entry");
        Path leftover = dir.resolve(".add-x.jkc123.tmp");
        Files.writeString(leftover, "half an entry");
        Path unrelated = dir.resolve("notes.txt");
        Files.writeString(unrelated, "the user's own file");

        List<CacheListing> list = cache.list();
        assertEquals(3, list.size());
        List<String> signatures = list.stream().flatMap(l -> l.key().stream())
                .map(k -> k.part("function").orElseThrow() + k.part("signature").orElseThrow() + " " + k.part("file").orElseThrow())
                .sorted().toList();
        assertEquals(List.of("add(float64, float64) k.py", "add(int64, int64) k.py"), signatures);
        CacheListing invalid = list.stream().filter(l -> l.key().isEmpty()).findFirst().orElseThrow();
        assertEquals(broken, invalid.file());
        assertTrue(invalid.problem().orElseThrow().contains("truncated"), invalid.problem().orElseThrow());
        for (CacheListing l : list) assertEquals(Files.size(l.file()), l.bytes());

        assertEquals(3, cache.clear());
        assertEquals(List.of(unrelated), files());
        assertEquals(List.of(), cache.list());
    }

    @Test
    void aMissingDirectoryIsAnEmptyCacheAndAnUnwritableOneOnlyCostsTheCompile() throws IOException {
        KernelCache missing = new KernelCache(dir.resolve("missing"), 1 << 20);
        assertEquals(List.of(), missing.list());
        assertEquals(0, missing.clear());
        assertTrue(missing.load(key(Type.INT64, Type.INT64)).isEmpty());

        Path file = dir.resolve("a-file");
        Files.writeString(file, "in the way of the directory");
        AtomicInteger compiles = new AtomicInteger();
        Dispatcher d = CacheTests.dispatcher(SOURCE, "add", compiles, policy(file.resolve("cache")));
        assertEquals(5L, d.call(2L, 3L));
        assertEquals(1, compiles.get());
    }
}
