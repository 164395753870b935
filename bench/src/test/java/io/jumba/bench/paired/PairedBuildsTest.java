package io.jumba.bench.paired;

import org.junit.jupiter.api.Test;

import java.lang.invoke.MethodHandles;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two copies of this build (the test class path) side by side: each has its own classes and the run pairs them. */
class PairedBuildsTest {
    private static List<Path> classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator)).map(Path::of).toList();
    }

    @Test
    void eachBuildHasItsOwnClassesAndTheCaseRunsInBoth() throws Throwable {
        Build a = new Build("A", classPath(), Map.of()), b = new Build("B", classPath(), Map.of());
        String suite = "io.jumba.bench.jmh.SuiteBenchmark";
        assertNotSame(a.load(suite), b.load(suite));
        assertNotSame(a.load(Looper.class.getName()), b.load(Looper.class.getName()));
        PairedRatios r = PairedBuilds.compare(a, b, "sum", "small", "java", 50_000_000L, 6, 1_000_000L);
        assertEquals(6, r.rounds());
        assertTrue(r.calls() >= 1 && r.aMicros() > 0 && r.bMicros() > 0 && r.median() > 0, r.toString());
    }

    @Test
    void aSidesPropertyHoldsWhileItsBuildCompilesAndNotAfter() throws Throwable {
        // What measures the cancellation checks' cost: A compiles without them, B with them, in one JVM.
        Build a = new Build("A", classPath(), Map.of("jumba.cancellation", "false"));
        Build b = new Build("B", classPath(), Map.of());
        a.prepare("sum", "small", "jumba");
        b.prepare("sum", "small", "jumba");
        assertNull(System.getProperty("jumba.cancellation"));
        assertEquals(false, checked(a));
        assertEquals(true, checked(b));
    }

    private static boolean checked(Build build) throws Throwable {
        Class<?> cancellation = build.load("io.jumba.codegen.Cancellation");
        return (boolean) MethodHandles.publicLookup().findStaticGetter(cancellation, "CHECKED", boolean.class).invoke();
    }
}
