package io.jumba.cli;

import io.jumba.array.PythonRepr;
import io.jumba.Jumba;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.array.Npy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** Drives the command line in-process, capturing stdout and stderr. */
class MainTest {
    private static final String KERNELS = """
            from numba import njit

            @njit
            def add(a, b):
                return a + b

            @njit
            def pair(a, b):
                return a, b * 0.5

            @njit
            def scale(a, f):
                for i in range(a.shape[0]):
                    a[i] = a[i] * f
                return a.shape[0]

            @njit
            def fill(a):
                a[0] = 7.0

            @njit
            def at(a, i):
                return a[i]
            """;

    @TempDir
    Path dir;
    private Path kernels;
    private Path vector;

    private record Run(int exit, String out, String err) {
        String lastLine() {
            String[] lines = out.strip().split("\n");
            return lines[lines.length - 1];
        }
    }

    @BeforeEach
    void files() throws IOException {
        kernels = dir.resolve("k.py");
        Files.writeString(kernels, KERNELS);
        vector = dir.resolve("v.npy");
        Npy.write(vector, new NDArray(DType.FLOAT64, new double[]{1, 2, 3}, 0, new int[]{3}, new int[]{1}));
    }

    private static Run run(Object... args) {
        List<String> texts = new ArrayList<>();
        for (Object a : args) texts.add(a.toString());
        String[] argv = texts.toArray(String[]::new);
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(argv, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void versionIsThePomVersion() {
        Run r = run("--version");
        assertEquals(0, r.exit());
        assertEquals("jumba " + System.getProperty("jumba.pomVersion"), r.out().strip());
    }

    @Test
    void aCommandLineThatNamesACommandHasOnlyThatOneAndOtherwiseAll() {
        Set<String> all = Set.of("call", "explain", "bench", "sysinfo", "demo", "cache", "aot", "help");
        assertEquals(Set.of("call"), Main.commandLine(new String[]{"call", "k.py", "f"}).getSubcommands().keySet());
        assertEquals(Set.of("demo"), Main.commandLine(new String[]{"demo"}).getSubcommands().keySet());
        assertEquals(all, Main.commandLine(new String[]{"help", "call"}).getSubcommands().keySet());
        assertEquals(all, Main.commandLine(new String[]{"calll"}).getSubcommands().keySet());
        assertEquals(all, Main.commandLine(new String[]{"--help"}).getSubcommands().keySet());
        assertEquals(all, Main.commandLine(new String[0]).getSubcommands().keySet());
        assertEquals(all, Main.commandLine().getSubcommands().keySet());
        Run mistyped = run("calll", kernels, "add", "1", "2");
        assertNotEquals(0, mistyped.exit());
        assertTrue(mistyped.err().contains("Did you mean: jumba call or jumba cache?"), mistyped.err());
    }

    @Test
    void explainSaysPerLoopWhatWasVectorizedAndCanShowTheJava() {
        Run r = run("explain", kernels, "scale", vector, "2.0");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("line 13: vectorized"), r.out());
        assertFalse(r.out().contains("jdk.incubator.vector"), "no source without --java");
        Run withJava = run("explain", kernels, "scale", vector, "2.0", "--java");
        assertTrue(withJava.out().contains("DoubleVector.fromArray("), withJava.out());
    }

    @Test
    void explainPrintsTheIrAfterANamedPass() {
        Run lowered = run("explain", kernels, "add", vector, vector, "--ir-after", "array-lowering");
        assertEquals(0, lowered.exit(), lowered.err());
        String ir = lowered.out().substring(lowered.out().indexOf("IR after array-lowering:\n"));
        assertTrue(ir.contains("def add__float64_1dC_float64_1dC(a: float64[::1], b: float64[::1]) -> float64[::1]:"), ir);
        assertTrue(ir.contains("for "), "the elementwise add is a loop nest after lowering: " + ir);
        assertFalse(ir.contains("#0"), "no elementwise body is left: " + ir);
    }

    @Test
    void explainRejectsAnUnknownPassWithTheNames() {
        Run r = run("explain", kernels, "add", "1", "2", "--ir-after", "inline");
        assertEquals(2, r.exit());
        assertEquals("--ir-after: no pass 'inline'; the passes are array-lowering, inlining, small-loop-unrolling, "
                + "index-set-splitting, common-subexpressions", r.err().lines().findFirst().orElseThrow());
        assertEquals("", r.out());
    }

    @Test
    void explainListsEveryPassWithItsTime() {
        Run r = run("explain", kernels, "add", "1", "2", "--passes");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().dropWhile(l -> !l.equals("passes:")).skip(1).toList();
        assertEquals(List.of("array-lowering", "inlining", "small-loop-unrolling", "index-set-splitting", "common-subexpressions"),
                lines.stream().map(l -> l.strip().split(" +")[0]).toList());
        assertTrue(lines.stream().allMatch(l -> l.matches("  \\S+ +\\d+\\.\\d{3} ms")), lines.toString());
    }

    @Test
    void strictKeepsTheInterpretersSumOrderOnCallBenchAndExplain() throws IOException {
        Random rng = new Random(7);
        double[] v = new double[4099];
        for (int i = 0; i < v.length; i++) v[i] = (rng.nextDouble() - 0.5) * Math.pow(10, rng.nextInt(17));
        NDArray data = NDArray.of(v);
        Path kernels = dir.resolve("total.py");
        Files.writeString(kernels, """
                from numba import njit

                @njit
                def total(a):
                    s = 0.0
                    for i in range(a.shape[0]):
                        s += a[i]
                    return s
                """);
        Path file = dir.resolve("spread.npy");
        Npy.write(file, data);
        String sequential = PythonRepr.of(Jumba.jit(kernels).function("total").interpret(data));
        Run strict = run("call", kernels, "total", file, "--strict");
        assertEquals(0, strict.exit(), strict.err());
        assertEquals(sequential, strict.lastLine());
        assertEquals(0, run("bench", kernels, "total", file, "--strict", "--warmup", "0", "--measure", "0").exit());
        assertTrue(run("explain", kernels, "total", file, "--strict").out().contains("strict: float reduction"));
    }

    @Test
    void negativeNumbersAreArgumentsNotOptions() {
        Run r = run("call", kernels, "add", "-3", "-1.5");
        assertEquals(0, r.exit(), r.err());
        assertEquals("-4.5", r.lastLine());
        assertEquals("-5", run("call", kernels, "add", "-3", "-2").lastLine());
    }

    @Test
    void literalsReadAsPythonWould() {
        assertEquals("nan", run("call", kernels, "add", "nan", "1").lastLine());
        assertEquals("-inf", run("call", kernels, "add", "-inf", "2.5").lastLine());
        assertEquals("3", run("call", kernels, "add", "True", "2").lastLine());
        assertEquals("(1, 2.5)", run("call", kernels, "pair", "1", "5").lastLine());
        assertEquals("None", run("call", kernels, "fill", vector).lastLine());
        assertEquals("(1+1j)", run("call", kernels, "add", "1", "1j").lastLine());
        assertEquals("(3.5-2j)", run("call", kernels, "add", "(1.5-2j)", "2").lastLine());
        assertEquals("(-0.001-1j)", run("call", kernels, "add", "-1e-3+1j", "-2j").lastLine());
    }

    @Test
    void tupleArgumentsReadAsPythonTupleLiterals() throws IOException {
        Path file = dir.resolve("tuples.py");
        Files.writeString(file, """
                from numba import njit

                @njit
                def weighted(t, w):
                    return t[0] * w[0] + t[1] * w[1][0] - w[1][1]

                @njit
                def first(t):
                    return t[0]
                """);
        assertEquals("8.0", run("call", file, "weighted", "(1, 2.5)", "(2, (2.0, -1))").lastLine());
        assertEquals("7", run("call", file, "first", "(7,)").lastLine());
        assertEquals("-2.5", run("call", file, "first", " ( -2.5 , True ) ").lastLine());
        Run notATuple = run("call", file, "first", "(7)");
        assertEquals(ErrorReporter.KERNEL_ERROR, notATuple.exit(), notATuple.err());
        Run unbalanced = run("call", file, "first", "((1, 2)");
        assertEquals(2, unbalanced.exit());
        assertTrue(unbalanced.err().contains("unbalanced parentheses in tuple argument '((1, 2)'"), unbalanced.err());
        Run empty = run("call", file, "first", "(1,,2)");
        assertEquals(2, empty.exit());
        assertTrue(empty.err().contains("empty element in tuple argument '(1,,2)'"), empty.err());
    }

    /** Values from CPython running the same functions undecorated. */
    @Test
    void namedTupleArgumentsReadAsPythonWritesThem() throws IOException {
        Path file = dir.resolve("points.py");
        Files.writeString(file, """
                from collections import namedtuple
                from numba import njit

                Point = namedtuple("Point", ["x", "y"])

                @njit
                def norm(p):
                    return (p.x * p.x + p.y * p.y) ** 0.5

                @njit
                def shifted(t, d):
                    p, k = t
                    return Point(p.x + d, p.y * k)

                @njit
                def pair(p):
                    return p, p.y
                """);
        assertEquals("5.0", run("call", file, "norm", "Point(x=3.0, y=4)").lastLine());
        assertEquals("5.0", run("call", file, "norm", " Point( y=4, x=3.0 ) ").lastLine());
        assertEquals("Point(x=3, y=5.0)", run("call", file, "shifted", "(Point(x=1, y=2.5), 2)", "2").lastLine());
        assertEquals("(Point(x=-1, y=True), True)", run("call", file, "pair", "Point(x=-1, y=True)").lastLine());
        Run positional = run("call", file, "norm", "Point(3.0, 4)");
        assertEquals(2, positional.exit());
        assertTrue(positional.err().contains("expected field=value in namedtuple argument 'Point(3.0, 4)', got '3.0'"),
                positional.err());
        Run twice = run("call", file, "norm", "Point(x=1, x=2)");
        assertTrue(twice.err().contains("field 'x' given twice in namedtuple argument 'Point(x=1, x=2)'"), twice.err());
        Path out = dir.resolve("points-out");
        assertEquals(0, run("call", file, "shifted", "(Point(x=1, y=2.5), 2)", "2", "--out-dir", out).exit());
        assertEquals(3L, Npy.read(out.resolve("ret0.npy")).get());
        assertEquals(5.0, Npy.read(out.resolve("ret1.npy")).get());
    }

    @Test
    void listsAndDictsPrintInPythonSyntax() throws IOException {
        Path file = dir.resolve("lists.py");
        Files.writeString(file, """
                from numba import njit, types
                from numba.typed import Dict

                @njit
                def squares(n):
                    return [i * i for i in range(n)], [i * 0.5 for i in range(n)]

                @njit
                def table(n):
                    d = Dict.empty(key_type=types.int64, value_type=types.float64)
                    for i in range(n):
                        d[i] = i / 4
                    return d
                """);
        assertEquals("([0, 1, 4], [0.0, 0.5, 1.0])", run("call", file, "squares", "3").lastLine());
        assertEquals("{0: 0.0, 1: 0.25}", run("call", file, "table", "2").lastLine());
        Files.writeString(file, Files.readString(file) + """

                @njit
                def doubled(l):
                    return [2 * x for x in l]
                """);
        assertEquals("[2.0, 5.0, -2.0]", run("call", file, "doubled", "[1, 2.5, -1]").lastLine());
        assertEquals("[2, 4]", run("call", file, "doubled", " [1, 2,] ").lastLine());
        Files.writeString(file, Files.readString(file) + """

                @njit
                def bump(d, k):
                    d[k] = d.get(k, 0.0) + 1.0
                    return d
                """);
        assertEquals("{1: 1.5, 3: 1.0}", run("call", file, "bump", "{1: 1.5}", "3").lastLine());
        assertEquals("{1: 2.5}", run("call", file, "bump", "{1: 1.5,}", "1").lastLine());
        Run noColon = run("call", file, "bump", "{1, 2}", "1");
        assertTrue(noColon.err().contains("expected key: value in dict argument '{1, 2}', got '1'"), noColon.err());
        Path out = dir.resolve("lists-out");
        assertEquals(0, run("call", file, "squares", "3", "--out-dir", out).exit());
        NDArray first = Npy.read(out.resolve("ret0.npy"));
        assertEquals(DType.INT64, first.dtype());
        assertArrayEquals(new int[]{3}, first.shape());
        assertEquals(4L, first.getLong(2));
    }

    @Test
    void listsOfArraysTuplesAndListsPrintInPythonSyntax() throws IOException {
        Path file = dir.resolve("list_items.py");
        Files.writeString(file, """
                import numpy as np
                from numba import njit

                @njit
                def items(n):
                    a = np.arange(float(n))
                    return [a, a * 2], [(i, i * 0.5) for i in range(n)], [[1], [2, n]]
                """);
        assertEquals("([array([0., 1.]), array([0., 2.])], [(0, 0.0), (1, 0.5)], [[1], [2, 2]])",
                run("call", file, "items", "2").lastLine());
        Path out = dir.resolve("list-items-out");
        assertEquals(0, run("call", file, "items", "2", "--out-dir", out).exit());
        try (var files = Files.list(out)) {
            assertEquals(List.of(), files.toList(), "lists of arrays, tuples and lists have no .npy form");
        }
    }

    @Test
    void noneIsAnArgumentAndAResult() throws IOException {
        Path file = dir.resolve("optional.py");
        Files.writeString(file, """
                from numba import njit

                @njit
                def shift(a, b=None):
                    if b is None:
                        return a
                    return a + b

                @njit
                def positive(x):
                    if x > 0:
                        return x
                """);
        assertEquals("2", run("call", file, "shift", "2").lastLine());
        assertEquals("2", run("call", file, "shift", "2", "None").lastLine());
        assertEquals("4.5", run("call", file, "shift", "2", "2.5").lastLine());
        assertEquals("3", run("call", file, "positive", "3").lastLine());
        assertEquals("None", run("call", file, "positive", "-3").lastLine());
    }

    @Test
    void outDirHoldsResultAndArrayArguments() throws IOException {
        Path out = dir.resolve("out/nested");
        Run r = run("call", kernels, "scale", vector, "2.0", "--out-dir", out);
        assertEquals(0, r.exit(), r.err());
        assertEquals("3", r.lastLine());
        NDArray ret = Npy.read(out.resolve("ret.npy"));
        assertEquals(DType.INT64, ret.dtype());
        assertEquals(0, ret.ndim());
        assertEquals(3L, ret.getLong());
        NDArray arg = Npy.read(out.resolve("arg0.npy"));
        assertArrayEquals(new double[]{2, 4, 6}, new double[]{arg.getDouble(0), arg.getDouble(1), arg.getDouble(2)});
        assertFalse(Files.exists(out.resolve("arg1.npy")));
    }

    @Test
    void outDirSplitsTuples() throws IOException {
        Path out = dir.resolve("t");
        assertEquals(0, run("call", kernels, "pair", "1", "5", "--out-dir", out).exit());
        assertEquals(1L, Npy.read(out.resolve("ret0.npy")).getLong());
        NDArray second = Npy.read(out.resolve("ret1.npy"));
        assertEquals(DType.FLOAT64, second.dtype());
        assertEquals(2.5, second.getDouble());
    }

    @Test
    void rejectComputedIndexRacesMakesAComputedIndexWriteACompileError() throws IOException {
        Path scatter = dir.resolve("scatter.py");
        Files.writeString(scatter, """
                from numba import njit, prange

                @njit(parallel=True)
                def k(a, idx, out):
                    for i in prange(a.shape[0]):
                        out[idx[i]] = a[i]
                """);
        Path idx = dir.resolve("idx.npy");
        Npy.write(idx, new NDArray(DType.INT64, new long[]{2, 0, 1}, 0, new int[]{3}, new int[]{1}));
        Run warned = run("call", scatter, "k", vector, idx, vector);
        assertEquals(0, warned.exit(), warned.err());
        Run rejected = run("call", "--reject-computed-index-races", scatter, "k", vector, idx, vector);
        assertEquals(ErrorReporter.KERNEL_ERROR, rejected.exit());
        assertTrue(rejected.err().contains("scatter.py:6:9: ParallelSafetyError: 'out' is written at a computed index "
                + "out[idx[i]]: iterations that compute the same index race (computed indices are rejected)"), rejected.err());
        assertFalse(rejected.err().contains("\tat "), rejected.err());
        assertEquals(ErrorReporter.KERNEL_ERROR, run("explain", "--reject-computed-index-races", scatter, "k", vector, idx, vector).exit());
    }

    @Test
    void indexErrorIsReportedWithPositionAndNoStackTrace() {
        Run r = run("call", kernels, "at", vector, "10");
        assertEquals(ErrorReporter.KERNEL_ERROR, r.exit());
        assertTrue(r.err().contains("IndexError"), r.err());
        assertTrue(r.err().contains("k.py:"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void syntaxErrorIsReported() throws IOException {
        Path bad = dir.resolve("bad.py");
        Files.writeString(bad, "def f(:\n    return 1\n");
        Run r = run("call", bad, "f");
        assertEquals(ErrorReporter.KERNEL_ERROR, r.exit());
        assertTrue(r.err().contains("bad.py:1:"), r.err());
        assertTrue(r.err().contains("SyntaxError"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void missingFileAndFunctionAreReported() {
        Run noFile = run("call", dir.resolve("nope.py"), "f");
        assertEquals(ErrorReporter.KERNEL_ERROR, noFile.exit());
        assertTrue(noFile.err().contains("FileNotFoundError"), noFile.err());
        Run noFunction = run("call", kernels, "foo", "1");
        assertEquals(ErrorReporter.KERNEL_ERROR, noFunction.exit());
        assertTrue(noFunction.err().contains("TypingError"), noFunction.err());
        assertTrue(noFunction.err().contains("has no function 'foo' (it has: add, pair, scale, fill, at)"), noFunction.err());
    }

    @Test
    void malformedArgumentIsAUsageError() {
        Run r = run("call", kernels, "add", "abc", "1");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("cannot read argument 'abc'"), r.err());
    }

    @Test
    void benchJsonHasTheTimings() throws IOException {
        Run r = run("bench", kernels, "add", "1", "-2", "--warmup", "0.2", "--measure", "0.1", "--json");
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.lastLine());
        assertTrue(json.get("compile_ms").isNumber());
        for (JsonNode path : List.of(json, json.get("handle"))) {
            double min = path.get("min_ns").asDouble(), p10 = path.get("p10_ns").asDouble();
            double median = path.get("median_ns").asDouble(), p90 = path.get("p90_ns").asDouble();
            assertTrue(0 < min && min <= p10 && p10 <= median && median <= p90 && p90 <= path.get("max_ns").asDouble(),
                    path.toString());
            assertTrue(path.get("samples").asInt() >= 5, path.toString());
            assertTrue(path.get("warmup_s").asDouble() >= 0.2, path.toString());
            // Each sample is a batch lasting at least about 1 ms: a call of add takes far less, so batches hold many.
            assertTrue(path.get("calls_per_sample").asLong() > 1, path.toString());
        }
    }

    @Test
    void sysinfoShowsVectorShapes() {
        Run r = run("sysinfo");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("double"), r.out());
        assertTrue(r.out().contains("lanes"), r.out());
        assertTrue(r.out().contains("cores:"), r.out());
    }

    @Test
    void demoRunsEveryExampleAndTheyAgree() {
        Run r = run("demo", "--repeat", "2");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertEquals(4, r.out().lines().filter(l -> l.endsWith(" ok")).count(), r.out());
    }
}
