package io.jumba.dispatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** A kernel compiled with cache=True in one JVM is loaded, not compiled, by the next JVM (this JVM's java and class path). */
class CacheProcessTest {
    @TempDir
    Path dir;

    /** Runs {@link CacheProbe} in a new JVM and returns its one line of output. */
    private String probe() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        ProcessBuilder pb = new ProcessBuilder(java, "--add-modules", "jdk.incubator.vector",
                "-cp", System.getProperty("java.class.path"), CacheProbe.class.getName(), dir.resolve("cache").toString());
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the probe JVM did not finish");
        assertEquals(0, p.exitValue(), Files.readString(err));
        return Files.readString(out).strip();
    }

    @Test
    void theNextProcessLoadsTheEntry() throws Exception {
        assertEquals("result 42, compiles 1", probe());
        assertEquals("result 42, compiles 0", probe());
        assertEquals(1, new KernelCache(dir.resolve("cache"), 1 << 20).list().size());
        List<CacheListing> list = new KernelCache(dir.resolve("cache"), 1 << 20).list();
        assertEquals("add", list.getFirst().key().orElseThrow().part("function").orElseThrow());
    }
}
