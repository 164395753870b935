package io.jumba.cli;

import io.jumba.dispatch.Dispatcher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code JUMBA_DISABLE_JIT=1} read from the real environment: the command line runs in a forked JVM (this JVM's
 * java and class path) and {@code bench --json} reports whether it timed compiled code or the interpreter.
 */
class DisableJitCliTest {
    private static final String KERNEL = """
            from numba import njit

            @njit
            def add(a, b):
                return a + b
            """;

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {}

    /** Runs {@code jumba bench k.py add 2 3 --json} in a new JVM, with JUMBA_DISABLE_JIT set to value (or unset). */
    private Result bench(String value) throws IOException, InterruptedException {
        Path kernels = dir.resolve("k.py");
        Files.writeString(kernels, KERNEL);
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, "--add-modules", "jdk.incubator.vector",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "bench", kernels.toString(), "add", "2", "3", "--json", "--warmup", "0", "--measure", "0"));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove(Dispatcher.DISABLE_JIT_ENV);
        if (value != null) pb.environment().put(Dispatcher.DISABLE_JIT_ENV, value);
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the forked jumba did not finish");
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static JsonNode lastLineJson(Result r) throws IOException {
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().strip().split("\n");
        return new ObjectMapper().readTree(lines[lines.length - 1]);
    }

    @Test
    void environmentVariableMakesTheCommandLineInterpret() throws Exception {
        JsonNode interpreted = lastLineJson(bench("1"));
        assertEquals("interpreted", interpreted.get("mode").asText());
        assertEquals("add", interpreted.get("function").asText());
    }

    @Test
    void withoutItTheCommandLineCompiles() throws Exception {
        assertEquals("compiled", lastLineJson(bench(null)).get("mode").asText());
        assertTrue(lastLineJson(bench("0")).get("mode").asText().equals("compiled"));
    }
}
