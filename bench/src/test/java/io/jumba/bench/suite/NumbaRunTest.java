package io.jumba.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Numba side without Numba: stand-in interpreters (shell scripts) that cannot import numba, that run a
 * timing script writing the Numba JSON, or that fail.
 */
class NumbaRunTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private Path executable(String name, String body) throws IOException {
        Path p = Files.writeString(dir.resolve(name), "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    private NumbaRun.Outcome run(Path python, Path script) throws Exception {
        return NumbaRun.run(python, script, dir.resolve("suite"), dir.resolve("numba.json"), List.of("dot", "sum"),
                List.of("small", "n:100"), List.of("--repeats", "5"), new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    @Test
    void withoutNumbaItIsSkippedWithTheReason() throws Exception {
        Path python = executable("python3", "exit 1\n");
        NumbaRun.Skipped s = assertInstanceOf(NumbaRun.Skipped.class, run(python, dir.resolve("numba_timings.py")));
        assertEquals("Numba is not installed (" + python + " -c \"import numba\" failed)", s.reason());
        assertInstanceOf(NumbaRun.Skipped.class, run(dir.resolve("no-such-python"), dir.resolve("numba_timings.py")));
    }

    @Test
    void withNumbaButNoScriptItIsSkipped() throws Exception {
        NumbaRun.Skipped s = assertInstanceOf(NumbaRun.Skipped.class, run(executable("python3", "exit 0\n"), dir.resolve("none.py")));
        assertEquals("there is no Numba timing script " + dir.resolve("none.py"), s.reason());
    }

    /** A stand-in Python: "-c import numba" succeeds; "SCRIPT --suite D --out F ..." echoes its arguments, writes F. */
    private Path fakePython(String json, int exit) throws IOException {
        return executable("python3", """
                if [ "$1" = -c ]; then exit 0; fi
                echo "args: $*"
                out=$5
                cat > "$out" <<'JSON'
                %s
                JSON
                exit %d
                """.formatted(json, exit));
    }

    @Test
    void itRunsTheScriptOnTheNamedSizesAndReadsItsJson() throws Exception {
        Path script = Files.writeString(dir.resolve("numba_timings.py"), "# stand-in\n");
        Path python = fakePython("""
                {"environment": {"numba": "0.56.4", "numba_num_threads": 2},
                 "results": [{"case": "dot", "size": "small", "check_ok": true,
                              "numba": {"median_us": 2.0, "best_us": 1.5, "p10_us": 1.6, "p90_us": 2.5, "worst_us": 3.0}},
                             {"case": "sum", "size": "small", "check_ok": false,
                              "numba": {"median_us": 1.0, "best_us": 1.0, "worst_us": 1.0}}]}""", 1);
        NumbaRun.Measured m = assertInstanceOf(NumbaRun.Measured.class, run(python, script));
        assertEquals(2.0, m.results().time("dot", "small").medianUs());
        assertEquals(1.6, m.results().time("dot", "small").p10Us());
        assertEquals(List.of("sum/small"), m.mismatches());
        assertEquals("Numba 0.56.4, 2 threads", m.results().environment());
        String echoed = log.toString(StandardCharsets.UTF_8);
        assertTrue(echoed.contains("  numba | args: " + script + " --suite " + dir.resolve("suite") + " --out "
                + dir.resolve("numba.json") + " --sizes small --cases dot,sum --repeats 5"), echoed);
    }

    @Test
    void aScriptThatDiesWithoutJsonFailed() throws Exception {
        Path script = Files.writeString(dir.resolve("numba_timings.py"), "# stand-in\n");
        Path python = executable("python3", "if [ \"$1\" = -c ]; then exit 0; fi\necho Traceback >&2\nexit 3\n");
        NumbaRun.Failed f = assertInstanceOf(NumbaRun.Failed.class, run(python, script));
        assertEquals("numba_timings.py exited with code 3 and wrote no JSON", f.reason());
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("  numba | Traceback"));
    }

    @Test
    void aScriptWithoutNumbaOrNumpyIsSkipped() throws Exception {
        Path script = Files.writeString(dir.resolve("numba_timings.py"), "# stand-in\n");
        Path python = executable("python3", "if [ \"$1\" = -c ]; then exit 0; fi\nexit 2\n");
        assertEquals("numba_timings.py could not import numba or numpy",
                assertInstanceOf(NumbaRun.Skipped.class, run(python, script)).reason());
    }

    @Test
    void onlyExplicitSizesLeaveNothingForNumba() throws Exception {
        NumbaRun.Outcome o = NumbaRun.run(executable("python3", "exit 0\n"), Files.writeString(dir.resolve("s.py"), ""),
                dir, dir.resolve("numba.json"), List.of("triad"), List.of("n:4194304"), List.of(),
                new PrintStream(log, true, StandardCharsets.UTF_8));
        assertEquals("no named size (small, large) to run Numba at", assertInstanceOf(NumbaRun.Skipped.class, o).reason());
    }
}
