package io.jumba.cli;

import io.jumba.Jumba;
import io.jumba.KernelModule;
import io.jumba.cache.CachePolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** {@code jumba cache list|clear}, and {@code JUMBA_CACHE_DIR} read by a real process. */
class CacheCliTest {
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

    private record Run(int exit, String out, String err) {}

    private static Run run(Object... args) {
        List<String> texts = new ArrayList<>();
        for (Object a : args) texts.add(a.toString());
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(texts.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    private Path cache() { return dir.resolve("cache"); }

    @Test
    void listShowsEachEntryAndClearEmptiesTheCache() throws IOException {
        KernelModule m = Jumba.jit(KERNELS, "k.py").withCache(CachePolicy.fromEnvironment().inDirectory(cache()));
        m.function("add").call(2L, 3L);
        m.function("add").call(2.0, 3.0);
        m.function("mul").call(2L, 3L); // not cache=True
        Files.writeString(cache().resolve("junk" + io.jumba.dispatch.KernelCache.SUFFIX), "junk");

        Run list = run("cache", "list", "--dir", cache());
        assertEquals(0, list.exit(), list.err());
        String[] lines = list.out().strip().split("\n");
        assertTrue(lines[0].matches("3 entries, [0-9.]+ KiB in " + java.util.regex.Pattern.quote(cache().toString())), lines[0]);
        assertTrue(lines[1].contains("SIZE") && lines[1].contains("FUNCTION"), lines[1]);
        assertEquals(1, count(list.out(), "add  *\\(int64, int64\\)  k\\.py"), list.out());
        assertEquals(1, count(list.out(), "add  *\\(float64, float64\\)  k\\.py"), list.out());
        assertEquals(1, count(list.out(), "invalid \\(truncated \\(4 bytes\\)\\): junk\\.jkc"), list.out());
        assertEquals(0, count(list.out(), "mul"), list.out());
        assertTrue(list.out().contains(" s ago"), list.out());

        Run clear = run("cache", "--dir", cache(), "clear");
        assertEquals(0, clear.exit(), clear.err());
        assertEquals("removed 3 entries from " + cache(), clear.out().strip());
        assertEquals("0 entries, 0 B in " + cache(), run("cache", "list", "--dir", cache()).out().strip());
    }

    @Test
    void cacheWithoutACommandIsAUsageError() {
        Run r = run("cache");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("missing command (list, clear)"), r.err());
    }

    @Test
    void aProcessCachesInJumbaCacheDir() throws Exception {
        Path kernels = dir.resolve("k.py");
        Files.writeString(kernels, KERNELS);
        String java = ProcessHandle.current().info().command().orElseThrow();
        for (int i = 0; i < 2; i++) {
            ProcessBuilder pb = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector",
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                    "call", kernels.toString(), "add", "2", "3");
            pb.environment().put(CachePolicy.DIR_ENV, cache().toString());
            Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt");
            pb.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process p = pb.start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), Files.readString(err));
            assertEquals("5", Files.readString(out).strip());
        }
        try (Stream<Path> files = Files.list(cache())) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertEquals(1, names.size(), names.toString());
            assertTrue(names.getFirst().matches("add-[0-9a-f]{16}\\.jkc"), names.toString());
        }
    }

    private static int count(String text, String regex) {
        return (int) java.util.regex.Pattern.compile(regex).matcher(text).results().count();
    }
}
