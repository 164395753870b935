package io.jumba.cli;

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
 * A JVM started without {@code --add-modules jdk.incubator.vector} (forked here, with this JVM's java and class path):
 * kernels still run, as scalar loops, one line on stderr names the flag, and explain says why loops are scalar.
 */
class VectorModuleAbsentTest {
    private static final String KERNEL = """
            from numba import njit
            import numpy as np

            @njit
            def f(n):
                s = 0.0
                for i in range(n):
                    s += np.exp(i * 0.5) + np.logaddexp(i * 1.0, 2.0)
                return s
            """;

    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {}

    private Result jumba(String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the forked jumba did not finish");
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void kernelsRunScalarAndTheFlagIsNamedOnce() throws Exception {
        Path file = dir.resolve("k.py");
        Files.writeString(file, KERNEL);
        Result call = jumba("call", file.toString(), "f", "10");
        assertEquals(0, call.exit(), call.err());
        double expected = 0;
        for (int i = 0; i < 10; i++) expected += Math.exp(i * 0.5) + logaddexp(i, 2.0);
        String[] lines = call.out().strip().split("\n");
        assertEquals(expected, Double.parseDouble(lines[lines.length - 1]), 1e-9 * expected);
        assertEquals(List.of("jumba: kernels run as scalar loops, without SIMD: the Vector API module is not resolved;"
                + " start java with --add-modules jdk.incubator.vector"), call.err().strip().lines().toList());

        Result explain = jumba("explain", file.toString(), "f", "10");
        assertEquals(0, explain.exit(), explain.err());
        assertTrue(explain.out().contains("line 7: scalar: the Vector API module is not resolved (start java with"
                + " --add-modules jdk.incubator.vector)"), explain.out());
    }

    private static double logaddexp(double x, double y) {
        double hi = Math.max(x, y);
        return hi + Math.log1p(Math.exp(-Math.abs(x - y)));
    }
}
