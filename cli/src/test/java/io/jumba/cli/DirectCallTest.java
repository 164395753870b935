package io.jumba.cli;

import io.jumba.array.NDArray;
import io.jumba.array.Npy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** A plain {@code jumba call} run without picocli prints and exits exactly as picocli's path does. */
class DirectCallTest {
    private static final String KERNELS = """
            from numba import njit, vectorize

            @njit
            def add(a, b):
                return a + b

            @njit
            def pair(a, b):
                return a, b * 0.5

            @njit
            def total(a):
                s = 0.0
                for i in range(a.shape[0]):
                    s += a[i]
                return s

            @njit
            def at(a, i):
                return a[i]

            @vectorize
            def twice(x):
                return 2.0 * x
            """;

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run viaMain(String[] argv) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(argv, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private static Run viaPicocli(String[] argv) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = Main.commandLine(argv);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return new Run(cl.execute(argv), out.toString(), err.toString());
    }

    private static String[] argv(String line) {
        return line.split(" ");
    }

    @Test
    void plainCallsRunDirectlyAndPrintAsPicocliDoes() throws IOException {
        Path k = dir.resolve("k.py");
        Files.writeString(k, KERNELS);
        Path v = dir.resolve("v.npy");
        Npy.write(v, NDArray.of(new double[]{1, 2, 3}));
        List<String> plain = List.of(
                "call K add 1 2",
                "call K add -3 -1.5",
                "call K add -inf 2.5",
                "call K add nan -.5",
                "call K add True -1e3",
                "call --strict K total V",
                "call K total V --strict",
                "call K pair 1 5 --out-dir D1",
                "call --out-dir=D2 K total V",
                "call K twice V",
                "call K twice 1.5",
                "call K at V 10",
                "call K foo 1",
                "call NOPE f",
                "call K add abc 1",
                "call K add 1");
        List<String> declined = List.of(
                "call K",
                "call",
                "call --help",
                "call K add 1 2 -h",
                "call K add -- 1 2",
                "call K add 1 2 -x",
                "call --strict --strict K add 1 2",
                "call K add 1 2 --out-dir",
                "call K add 1 2 --out-dir D3 --out-dir D4",
                "call K foo 1 --out-dir -5",
                "call K add 1 @args",
                "call K total V --strict=true",
                "calll K add 1 2",
                "explain K add 1 2");
        for (String line : plain) {
            String[] args = argv(line.replace("K", k.toString()).replace("V", v.toString())
                    .replace("NOPE", dir.resolve("nope.py").toString()).replace("D1", dir.resolve("d1").toString())
                    .replace("D2", dir.resolve("d2").toString()));
            assertTrue(CallArguments.plain(args).isPresent(), line);
            assertEquals(viaPicocli(args), viaMain(args), line);
        }
        for (String line : declined) {
            String[] args = argv(line.replace("K", k.toString()).replace("V", v.toString()));
            assertTrue(CallArguments.plain(args).isEmpty(), line);
            assertEquals(viaPicocli(args), viaMain(args), line);
        }
        assertTrue(Files.exists(dir.resolve("d1").resolve("ret0.npy")), "--out-dir DIR wrote the result");
        assertTrue(Files.exists(dir.resolve("d2").resolve("ret.npy")), "--out-dir=DIR wrote the result");
    }

    @Test
    void plainReadsTheOptionsAndPositionals() {
        CallArguments a = CallArguments.plain(argv("call -3 --out-dir=o f.py --strict x -inf")).orElseThrow();
        assertEquals(new CallArguments(Path.of("-3"), "f.py", List.of("x", "-inf"), true, Path.of("o"), false, null), a);
    }
}
