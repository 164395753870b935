package io.jumba.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code jumba aot} end to end: a jar of kernels compiled ahead of time, a Java program compiled against its facade,
 * run in a fresh JVM whose class path is the kernels jar, the jumba-runtime classes and the program alone (no
 * compiler, no Janino), printing what the kernels computed and the IndexError a kernel raised.
 */
class AotCommandTest {
    private static final String KERNELS = """
            from numba import njit, prange
            import numpy as np

            @njit
            def total(x):
                s = 0.0
                for i in range(x.shape[0]):
                    s += x[i]
                return s

            @njit(parallel=True)
            def scale(x, factor, out):
                for i in prange(x.shape[0]):
                    out[i] = x[i] * factor

            @njit
            def hypot2(a, b):
                return np.sqrt(a * a + b * b)

            @njit
            def pick(x, i):
                return x[i]
            """;

    private static final String PROGRAM = """
            import com.example.VecOps;
            import io.jumba.array.NDArray;

            public class UseKernels {
                public static void main(String[] args) {
                    System.out.println(VecOps.total(new double[] {1.5, 2.5, 3.0}));
                    System.out.println(VecOps.total(new long[] {1, 2, 3, 4}));
                    System.out.println(VecOps.total_int64(NDArray.wrap(new long[] {5, 6})));
                    double[] out = new double[5];
                    VecOps.scale(new double[] {1, 2, 3, 4, 5}, 0.5, out);
                    System.out.println(java.util.Arrays.toString(out));
                    System.out.println(VecOps.hypot2(3.0, 4.0));
                    System.out.println(VecOps.pick(new double[] {7, 8, 9}, -1));
                    try {
                        VecOps.pick(new double[] {7, 8, 9}, 10);
                        System.out.println("no error");
                    } catch (RuntimeException e) {
                        System.out.println(e.getClass().getSimpleName() + " " + e.getMessage().lines().findFirst().get());
                    }
                    System.out.println(present("org.codehaus.janino.SimpleCompiler") + " "
                            + present("io.jumba.jit.KernelCompiler"));
                }

                static boolean present(String name) {
                    try {
                        Class.forName(name);
                        return true;
                    } catch (ClassNotFoundException e) {
                        return false;
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run jumba(Object... args) {
        String[] argv = java.util.Arrays.stream(args).map(Object::toString).toArray(String[]::new);
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(argv, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aJarOfKernelsRunsWithOnlyTheRuntimeOnTheClassPath() throws Exception {
        Path kernels = dir.resolve("vec_ops.py"), jar = dir.resolve("out/kernels.jar"), src = dir.resolve("src");
        Files.writeString(kernels, KERNELS);
        Run aot = jumba("aot", kernels, "--class", "com.example.VecOps", "-o", jar, "--emit-source", src,
                "--sig", "total=float64(float64[:])", "--sig", "total=int64(int64[:])",
                "--sig", "scale=void(float64[:], float64, float64[:])", "--sig", "hypot2=float64(float64, float64)",
                "--sig", "pick=float64(float64[:], int64)");
        assertEquals(0, aot.exit(), aot.err());
        assertTrue(aot.out().startsWith("wrote " + jar + ": com.example.VecOps with 5 kernels"), aot.out());
        assertTrue(aot.out().contains("  total(int64[:]) -> int64\n"), aot.out());

        List<String> entries;
        try (JarFile j = new JarFile(jar.toFile())) {
            entries = j.stream().map(ZipEntry::getName).toList();
        }
        for (String c : List.of("VecOps", "VecOps_total_0", "VecOps_total_1", "VecOps_scale_0", "VecOps_hypot2_0",
                "VecOps_pick_0")) {
            assertTrue(entries.contains("com/example/" + c + ".class"), c + " in " + entries);
            assertTrue(Files.isRegularFile(src.resolve("com/example/" + c + ".java")), c + ".java");
        }
        assertTrue(entries.stream().allMatch(e -> e.startsWith("com/example/VecOps") || e.equals("META-INF/MANIFEST.MF")),
                entries.toString());
        String facade = Files.readString(src.resolve("com/example/VecOps.java"));
        assertTrue(facade.contains("public static double total(double[] x)"), facade);
        assertTrue(facade.contains("public static long total_int64(NDArray x)"), facade);

        Path runtime = Path.of(System.getProperty("jumba.runtimeClasses"));
        assertTrue(Files.isRegularFile(runtime.resolve("io/jumba/array/NDArray.class")), runtime.toString());
        Path program = dir.resolve("program"), classes = dir.resolve("classes");
        Files.createDirectories(program);
        Files.createDirectories(classes);
        Files.writeString(program.resolve("UseKernels.java"), PROGRAM);
        String classPath = runtime + File.pathSeparator + jar;
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream javacErr = new ByteArrayOutputStream();
        int compiled = javac.run(null, null, javacErr, "-cp", classPath, "-d", classes.toString(),
                program.resolve("UseKernels.java").toString());
        assertEquals(0, compiled, javacErr.toString());

        Run run = java(true, classPath + File.pathSeparator + classes, "UseKernels");
        assertEquals(0, run.exit(), run.err());
        int pickLine = KERNELS.lines().toList().indexOf("    return x[i]") + 1;
        assertEquals(List.of("7.0", "10", "11", "[0.5, 1.0, 1.5, 2.0, 2.5]", "5.0", "9.0",
                "KernelRuntimeError " + kernels + ":" + pickLine + ":12: IndexError: index 10 is out of bounds for axis 0 with size 3",
                "false false"), run.out().lines().toList());

        assertTrue(aot.out().contains("its kernels use the Vector API"), aot.out());
        Run withoutVectorApi = java(false, classPath + File.pathSeparator + classes, "UseKernels");
        assertEquals(1, withoutVectorApi.exit());
        assertTrue(withoutVectorApi.err().contains("java.lang.IllegalStateException: VecOps: its kernels use the Vector"
                + " API: start java with --add-modules jdk.incubator.vector"), withoutVectorApi.err());
    }

    /** A fresh JVM (this one's java) running mainClass with exactly this class path, with or without the Vector API. */
    private Run java(boolean vectorApi, String classPath, String mainClass) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java));
        if (vectorApi) command.addAll(List.of("--add-modules", "jdk.incubator.vector"));
        command.addAll(List.of("-cp", classPath, mainClass));
        Path out = dir.resolve("run-out.txt"), err = dir.resolve("run-err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the program did not finish");
        }
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void signaturesThatMakeTheSameJavaMethodAreAUsageError() throws IOException {
        Path kernels = dir.resolve("k.py");
        Files.writeString(kernels, KERNELS);
        Run r = jumba("aot", kernels, "-o", dir.resolve("k.jar"), "--sig", "total=float64(float64[::1])",
                "--sig", "total=float64(float64[:])");
        assertEquals(2, r.exit(), r.out());
        assertTrue(r.err().startsWith("--sig: the signatures total(float64[::1]) -> float64 and total(float64[:]) ->"
                + " float64 both make the Java method total_float64(NDArray): drop one"), r.err());
        assertTrue(Files.notExists(dir.resolve("k.jar")));
    }

    @Test
    void anUnknownFunctionOrAMalformedSigIsAUsageError() throws IOException {
        Path kernels = dir.resolve("k.py");
        Files.writeString(kernels, KERNELS);
        Run unknown = jumba("aot", kernels, "-o", dir.resolve("k.jar"), "--sig", "totl=float64(float64[:])");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("--sig: " + kernels + " has no function 'totl' (it has total, scale,"
                + " hypot2, pick)"), unknown.err());
        Run malformed = jumba("aot", kernels, "-o", dir.resolve("k.jar"), "--sig", "float64(float64[:])");
        assertEquals(2, malformed.exit());
        assertTrue(malformed.err().startsWith("--sig: expected FUNC=SIGNATURE"), malformed.err());
    }

    @Test
    void theUsersKernelCacheIsLeftAlone() throws IOException {
        Path kernels = dir.resolve("cached.py");
        Files.writeString(kernels, """
                from numba import njit

                @njit("float64(float64)", cache=True)
                def aot_cached_twice(x):
                    return 2.0 * x
                """);
        Run r = jumba("aot", kernels, "-o", dir.resolve("c.jar"), "--sig", "aot_cached_twice=float64(float64)");
        assertEquals(0, r.exit(), r.err());
        Path cache = Path.of(System.getenv("JUMBA_CACHE_DIR"));
        if (Files.isDirectory(cache)) {
            try (var entries = Files.list(cache)) {
                assertEquals(List.of(), entries.map(p -> p.getFileName().toString())
                        .filter(n -> n.startsWith("aot_cached_twice")).toList());
            }
        }
    }

    @Test
    void theDefaultFacadeNameComesFromTheFileName() {
        assertEquals("VecOps", AotCommand.facadeName(Path.of("dir/vec_ops.py")));
        assertEquals("Kernels2d", AotCommand.facadeName(Path.of("2d.py")));
    }
}
