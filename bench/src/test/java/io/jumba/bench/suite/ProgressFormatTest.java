package io.jumba.bench.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How JMH's failure reports become one-line messages per benchmark. */
class ProgressFormatTest {

    @Test
    void theInnermostCauseWithoutPackageIsTheMessage() {
        String trace = """
                java.lang.RuntimeException: setup failed
                \tat org.openjdk.jmh.Foo.bar(Foo.java:1)
                Caused by: java.lang.IllegalStateException: dot/small vector against java: relative error 1.0 exceeds rtol 1.0E-9
                \tat io.jumba.bench.jmh.Agreement.check(Agreement.java:20)
                """;
        assertEquals("IllegalStateException: dot/small vector against java: relative error 1.0 exceeds rtol 1.0E-9",
                ProgressFormat.cause(trace));
        assertEquals("OutOfMemoryError: Java heap space", ProgressFormat.cause("java.lang.OutOfMemoryError: Java heap space\n\tat x"));
        assertEquals("NullPointerException", ProgressFormat.cause("java.lang.NullPointerException\n\tat x"));
    }

    @Test
    void aFailureReportIsKeptForTheBenchmarkThatRanAndPrintedOnItsOwnLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressFormat p = new ProgressFormat(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        p.startCase("[ 2/19] dot");
        p.println("");
        p.println("# Fork: N/A, test runs in the host VM");
        p.println("<failure>");
        p.println("");
        p.println("java.lang.IllegalStateException: boom\n\tat x.y(z.java:1)");
        assertEquals(List.of("IllegalStateException: boom"), List.copyOf(p.failures().values()));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("    FAILED: IllegalStateException: boom\n"));
        p.startCase("[ 3/19] triad");
        assertEquals(Map.of(), p.failures());
    }

    @Test
    void aDeadForkIsAFailure() {
        ProgressFormat p = new ProgressFormat(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        p.startCase("[ 1/1] sum");
        p.println("<forked VM failed with exit code 134>");
        assertEquals("the forked JVM failed with exit code 134", p.failures().values().iterator().next());
    }
}
