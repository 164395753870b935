package io.jumba.bench.suite;

import io.jumba.bench.report.PythonResults;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Numba side of the suite: when {@code python -c "import numba"} works, runs the suite's Numba timing script
 * (bench/kernels/numba_timings.py) on the same suite folder, cases and named sizes, echoing its lines, and reads the
 * JSON it writes ({@link PythonResults}). Without Numba the suite goes on with the Java implementations alone.
 */
final class NumbaRun {
    /** What came of the Numba run. */
    sealed interface Outcome permits Measured, Skipped, Failed {}

    /** Numba's figures; {@code mismatches} are the "case/size" rows whose own result check failed. */
    record Measured(PythonResults results, List<String> mismatches) implements Outcome {}

    /** Numba was not run, for the reason given (not installed, asked not to, no named size). */
    record Skipped(String reason) implements Outcome {}

    /** Numba was run and failed. */
    record Failed(String reason) implements Outcome {}

    private NumbaRun() {}

    /**
     * Runs {@code script} with {@code python} on {@code cases} of the suite in {@code suite} at the named ones of
     * {@code sizes} (explicit sizes such as "n:4194304" have no Numba figure), writing {@code json};
     * {@code timingArgs} go to the script as they are (e.g. "--repeats", "5").
     */
    static Outcome run(Path python, Path script, Path suite, Path json, List<String> cases, List<String> sizes,
                       List<String> timingArgs, PrintStream log) throws IOException, InterruptedException {
        if (!imports(python)) {
            return new Skipped("Numba is not installed (" + python + " -c \"import numba\" failed)");
        }
        if (!Files.isRegularFile(script)) return new Skipped("there is no Numba timing script " + script);
        List<String> named = sizes.stream().filter(s -> !s.contains(":")).toList();
        if (named.isEmpty()) return new Skipped("no named size (small, large) to run Numba at");
        Files.deleteIfExists(json);
        List<String> command = new ArrayList<>(List.of(python.toString(), script.toString(), "--suite", suite.toString(),
                "--out", json.toString(), "--sizes", String.join(",", named), "--cases", String.join(",", cases)));
        command.addAll(timingArgs);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) log.println("  numba | " + line);
        }
        int code = p.waitFor();
        // The script's exit codes: 1 a result check failed (JSON written), 2 numba or numpy missing, 3 bad arguments.
        if (code == 2) return new Skipped(script.getFileName() + " could not import numba or numpy");
        if (!Files.isRegularFile(json) || (code != 0 && code != 1)) {
            return new Failed(script.getFileName() + " exited with code " + code + (Files.isRegularFile(json) ? "" : " and wrote no JSON"));
        }
        PythonResults results = PythonResults.numba(json);
        return new Measured(results, results.mismatches());
    }

    /** Whether {@code python} can import numba. */
    static boolean imports(Path python) throws InterruptedException {
        if (!Files.isExecutable(python)) return false;
        try {
            Process p = new ProcessBuilder(python.toString(), "-c", "import numba")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
