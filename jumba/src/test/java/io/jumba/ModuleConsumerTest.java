package io.jumba;

import io.jumba.array.NDArray;
import io.jumba.ufunc.UFunc;
import io.jumba.vectorize.options.VectorOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A separate program on the module path ({@code module demo { requires io.jumba; }}) compiles against the library
 * modules and runs kernels, ufuncs and a bound interface in a JVM of its own: with the Vector API module resolved, and
 * without it, where the first use says so in one line naming the flag and the results stay the same. A program that
 * names a compiler package does not compile.
 */
class ModuleConsumerTest {
    private static final String MAIN = """
            package demo;

            import io.jumba.Jumba;
            import io.jumba.Kernel;
            import io.jumba.KernelModule;
            import io.jumba.array.NDArray;
            import io.jumba.cache.CachePolicy;
            import io.jumba.diag.JumbaException;
            import io.jumba.ufunc.Engine;
            import io.jumba.ufunc.UFuncs;
            import io.jumba.vectorize.options.SpeciesWidth;
            import io.jumba.vectorize.options.VectorOptions;

            public class Main {
                public static void main(String[] args) {
                    KernelModule m = Jumba.jit(\"""
                            import numpy as np
                            from numba import njit

                            @njit
                            def total(x):
                                s = 0.0
                                for i in range(x.shape[0]):
                                    s += x[i] * 2.0
                                return s

                            @njit
                            def inv(a):
                                return np.linalg.inv(a)

                            @njit
                            def axpy(a, x, y):
                                for i in range(x.shape[0]):
                                    y[i] += a * x[i]

                            @njit
                            def bad(x):
                                return x + "s"
                            \""", "demo.py").withCache(CachePolicy.fromEnvironment().withMode(CachePolicy.Mode.NEVER));
                    double[] x = new double[100];
                    for (int i = 0; i < x.length; i++) x[i] = i;
                    System.out.println("total " + m.function("total").callDouble(NDArray.wrap(x)));
                    NDArray inv = m.function("inv").callArray(NDArray.wrap(new double[] {2, 0, 0, 4}).reshape(2, 2));
                    System.out.println("inv " + inv.getDouble(0, 0) + " " + inv.getDouble(1, 1));
                    double[] y = new double[100];
                    m.function("axpy").as(Axpy.class).apply(3.0, x, y);
                    System.out.println("axpy " + y[99]);
                    Engine narrow = new Engine.Compiled(VectorOptions.DEFAULT.withWidth(SpeciesWidth.S128));
                    NDArray sum = (NDArray) UFuncs.add.withEngine(narrow).call(NDArray.wrap(x), NDArray.wrap(y));
                    System.out.println("add " + sum.getDouble(99));
                    try {
                        m.function("bad").call(1.0);
                    } catch (JumbaException e) {
                        System.out.println("error " + e.pythonName());
                    }
                }
            }
            """;

    private static final String AXPY = """
            package demo;

            /** y += a * x, bound to a kernel. */
            @FunctionalInterface
            public interface Axpy {
                void apply(double a, double[] x, double[] y);
            }
            """;

    private static final List<String> EXPECTED = List.of("total 9900.0", "inv 0.5 0.25", "axpy 297.0", "add 396.0",
            "error UnsupportedError");

    @TempDir
    Path dir;

    @Test
    void aModulePathProgramRunsKernelsWithAndWithoutTheVectorApi() throws Exception {
        Path out = dir.resolve("out");
        List<String> errors = compile(dir.resolve("src"), out, "module demo { requires io.jumba; exports demo; }",
                "demo/Main.java", MAIN, "demo/Axpy.java", AXPY);
        assertEquals(List.of(), errors);

        Run simd = run(out, List.of("--add-modules", "jdk.incubator.vector"));
        assertEquals(EXPECTED, simd.out(), simd.err());
        assertFalse(simd.err().contains("scalar loops"), simd.err());

        Run scalar = run(out, List.of());
        assertEquals(EXPECTED, scalar.out(), scalar.err());
        List<String> notices = scalar.err().lines().filter(l -> l.contains("jumba:")).toList();
        assertEquals(1, notices.size(), scalar.err());
        assertTrue(notices.getFirst().contains("--add-modules jdk.incubator.vector"), notices.getFirst());
    }

    @Test
    void aModulePathProgramCannotNameTheCompilersPackages() throws IOException {
        String spy = """
                package spy;

                public class Spy {
                    public static Object program() { return io.jumba.ir.Program.class; }
                }
                """;
        List<String> errors = compile(dir.resolve("spy-src"), dir.resolve("spy-out"),
                "module spy { requires io.jumba; }", "spy/Spy.java", spy);
        assertTrue(errors.stream().anyMatch(e -> e.contains("package io.jumba.ir is not visible")),
                String.join("\n", errors));
    }

    /** The library modules and the modules they require: where their classes were loaded from. */
    private static String modulePath() throws ClassNotFoundException {
        List<String> classes = List.of(NDArray.class.getName(), VectorOptions.class.getName(), UFunc.class.getName(),
                Jumba.class.getName(), "org.codehaus.janino.SimpleCompiler",
                "org.codehaus.commons.compiler.CompileException", "org.ejml.data.DMatrixRMaj",
                "org.ejml.dense.row.CommonOps_DDRM");
        List<String> path = new ArrayList<>();
        for (String c : classes) path.add(location(Class.forName(c)).toString());
        return String.join(File.pathSeparator, path);
    }

    private static Path location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compiles a module of module-info and (path, text) sources into out; javac's error messages. */
    private static List<String> compile(Path src, Path out, String moduleInfo, String... files) throws IOException {
        List<Path> sources = new ArrayList<>();
        sources.add(write(src.resolve("module-info.java"), moduleInfo));
        for (int i = 0; i < files.length; i += 2) sources.add(write(src.resolve(files[i]), files[i + 1]));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            List<String> options = List.of("--module-path", modulePath(), "-d", out.toString(),
                    "--add-modules", "jdk.incubator.vector", "-Xlint:-incubating");
            boolean ok = javac.getTask(null, fileManager, diagnostics, options, null,
                    fileManager.getJavaFileObjectsFromPaths(sources)).call();
            List<String> errors = diagnostics.getDiagnostics().stream()
                    .filter(d -> d.getKind() == javax.tools.Diagnostic.Kind.ERROR)
                    .map(d -> d.getMessage(null)).collect(Collectors.toList());
            if (!ok && errors.isEmpty()) errors.add("javac failed without an error");
            return errors;
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private record Run(List<String> out, String err) {}

    /** Runs demo/demo.Main in a JVM of this one's JDK, with only the module path (no class path). */
    private static Run run(Path out, List<String> flags) throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(flags);
        command.addAll(List.of("--module-path", out + File.pathSeparator + modulePath(), "-m", "demo/demo.Main"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.resolveSibling("stdout").toFile())
                .redirectError(out.resolveSibling("stderr").toFile());
        pb.environment().remove("JUMBA_DISABLE_JIT");
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the demo program did not finish in 2 minutes");
        String err = Files.readString(out.resolveSibling("stderr"));
        assertEquals(0, p.exitValue(), err);
        try (Stream<String> lines = Files.lines(out.resolveSibling("stdout"))) {
            return new Run(lines.toList(), err);
        }
    }
}
