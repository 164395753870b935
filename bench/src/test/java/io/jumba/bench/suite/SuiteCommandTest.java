package io.jumba.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jumba.bench.jmh.Impl;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.TimeValue;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

/** The command's options and the settings they give (nothing runs). */
class SuiteCommandTest {

    private static SuiteCommand parse(String... args) {
        CommandLine cl = SuiteCommand.commandLine();
        cl.parseArgs(args);
        return cl.getCommand();
    }

    @Test
    void normalRunsTimeBothSizesInForkedJvmsWithSecondsOfWarmUp() {
        SuiteCommand c = parse();
        assertEquals(List.of("small", "large"), c.sizeList());
        assertEquals(List.of(Impl.values()), c.implList());
        assertEquals(List.of(Width.DEFAULT), c.widthList());
        assertEquals(JmhSettings.NORMAL, c.jmhSettings(c.widthList()));
        assertEquals(1, JmhSettings.NORMAL.forks());
        assertTrue(JmhSettings.NORMAL.warmupIterations() * 1.0 >= 5, "several seconds of warm-up");
        assertEquals(Path.of("bench/target/suite"), c.out);
        assertEquals(null, c.numbaScript, "numba_timings.py beside cases.json unless the launcher names the repository's");
    }

    @Test
    void quickRunsSmallSizesInProcessWithShortIterations() {
        SuiteCommand c = parse("--quick");
        assertEquals(List.of("small"), c.sizeList());
        JmhSettings s = c.jmhSettings(c.widthList());
        assertEquals(JmhSettings.QUICK, s);
        assertEquals(0, s.forks());
        assertTrue(s.secondsPerBenchmark() <= 0.5, s.describe());
    }

    @Test
    void optionsOverrideTheModesDefaults() {
        SuiteCommand c = parse("--quick", "--sizes", "large", "--impls", "jumba,java", "--forks", "2", "--warmup", "3",
                "--warmup-time", "200ms", "--iterations", "4", "--time", "2s", "--jvm-args", " -Xms1g  -XX:+AlwaysPreTouch",
                "--out", "x");
        assertEquals(List.of("large"), c.sizeList());
        assertEquals(List.of(Impl.JUMBA, Impl.JAVA), c.implList());
        assertEquals(new JmhSettings(2, 3, TimeValue.milliseconds(200), 4, TimeValue.seconds(2),
                List.of("-Xms1g", "-XX:+AlwaysPreTouch")), c.jmhSettings(c.widthList()));
        assertEquals(Path.of("x"), c.out);
    }

    @Test
    void sweptWidthsRunInForkedJvmsEvenWhenQuick() {
        SuiteCommand c = parse("--quick", "--widths", "128,256,128");
        assertEquals(List.of(new Width(128), new Width(256)), c.widthList());
        assertEquals(1, c.jmhSettings(c.widthList()).forks());
        SuiteCommand inProcess = parse("--widths", "128", "--forks", "0");
        ParameterException e = assertThrows(ParameterException.class, () -> inProcess.jmhSettings(inProcess.widthList()));
        assertTrue(e.getMessage().startsWith("--widths needs forked JVMs"), e.getMessage());
    }

    @Test
    void badValuesAreOneLineErrorsWithExitCode2() {
        assertEquals("--widths: unknown vector species width '100' (64, 128, 256, 512, preferred)",
                assertThrows(ParameterException.class, () -> parse("--widths", "100").widthList()).getMessage());
        assertEquals("--impls: unknown implementation 'numpy' (one of java, vector, ejml, jumba, jumba_call)",
                assertThrows(ParameterException.class, () -> parse("--impls", "numpy").implList()).getMessage());
        StringWriter err = new StringWriter();
        CommandLine cl = SuiteCommand.commandLine();
        cl.setErr(new PrintWriter(err));
        assertEquals(2, cl.execute("--impls", "numpy"));
        assertTrue(err.toString().startsWith("--impls: unknown implementation 'numpy'"), err.toString());
    }
}
