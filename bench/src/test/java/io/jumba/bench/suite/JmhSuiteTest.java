package io.jumba.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jumba.bench.BenchCase;
import io.jumba.bench.BenchKernels;
import io.jumba.bench.jmh.Impl;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.TimeValue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What JMH is told for one case (nothing runs). */
class JmhSuiteTest {

    @Test
    void oneJmhRunPerCaseCoversItsSizesAndImplementationsAtAWidth() {
        List<BenchCase> all = BenchCase.all(BenchKernels.dir());
        SuitePlan.Entry dot = SuitePlan.of(all, List.of("dot"), List.of("small", "large"), List.of(Impl.values()))
                .entries().getFirst();
        Options o = JmhSuite.options(dot, new Width(256), JmhSettings.NORMAL, Path.of("/k"));
        assertEquals(List.of("dot"), List.copyOf(o.getParameter("caseName").get()));
        assertEquals(List.of("small", "large"), List.copyOf(o.getParameter("size").get()));
        assertEquals(List.of("java", "vector", "ejml", "jumba", "jumba_call"), List.copyOf(o.getParameter("impl").get()));
        assertEquals(suiteOptions("-XX:MaxVectorSize=32", "-Djumba.simd.width=256"),
                List.copyOf(o.getJvmArgsAppend().get()));
        assertEquals(1, o.getForkCount().get());
        assertEquals(5, o.getWarmupIterations().get());
        assertTrue("io.jumba.bench.jmh.SuiteBenchmark.run".matches(o.getIncludes().getFirst()), o.getIncludes().toString());
    }

    @Test
    void theUsersJvmOptionsComeAfterTheSuites() {
        SuitePlan.Entry dot = SuitePlan.of(BenchCase.all(BenchKernels.dir()), List.of("dot"), List.of("large"),
                List.of(Impl.JUMBA)).entries().getFirst();
        JmhSettings heap = new JmhSettings(1, 5, TimeValue.seconds(1), 5, TimeValue.seconds(1),
                List.of("-Xms6g", "-XX:+AlwaysPreTouch"));
        Options o = JmhSuite.options(dot, new Width(256), heap, Path.of("/k"));
        assertEquals(suiteOptions("-XX:MaxVectorSize=32", "-Djumba.simd.width=256", "-Xms6g", "-XX:+AlwaysPreTouch"),
                List.copyOf(o.getJvmArgsAppend().get()));
        assertThrows(IllegalArgumentException.class, () -> new JmhSettings(0, 1, TimeValue.seconds(1), 1,
                TimeValue.seconds(1), List.of("-Xms6g")), "in-process runs cannot take JVM options");
    }

    @Test
    void forksAskForHugePagesOnLinuxOnly() {
        assertEquals(List.of("-XX:+UseTransparentHugePages"), JmhSuite.hugePages("Linux"));
        assertEquals(List.of(), JmhSuite.hugePages("Mac OS X"), "the option does not exist there: the fork would not start");
        assertEquals(List.of(), JmhSuite.hugePages("Windows 11"));
    }

    /** The suite's own fork options on this machine, then the width's and the user's. */
    private static List<String> suiteOptions(String... more) {
        List<String> all = new ArrayList<>(List.of("--add-modules", "jdk.incubator.vector",
                "-Djumba.benchKernels=/k"));
        all.addAll(JmhSuite.hugePages(System.getProperty("os.name")));
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void theDefaultWidthAddsNoVectorOptions() {
        assertEquals(List.of(), Width.DEFAULT.jvmArgs());
        assertEquals(List.of("-XX:MaxVectorSize=16", "-Djumba.simd.width=128"), new Width(128).jvmArgs());
        assertEquals(Width.DEFAULT, Width.parse("preferred"));
        assertEquals(new Width(512), Width.parse("512"));
        assertEquals("256-bit", new Width(256).label());
        assertEquals("default", Width.DEFAULT.id());
    }
}
