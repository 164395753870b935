package io.jumba;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.ufunc.Casting;
import io.jumba.ufunc.GUFunc;
import io.jumba.ufunc.LoopType;
import io.jumba.ufunc.UExpr;
import io.jumba.ufunc.UFunc;
import io.jumba.ufunc.VectorizedModule;
import org.junit.jupiter.api.Test;

import io.jumba.array.Npy;
import io.jumba.array.NpyMapMode;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.jumba.array.DType.FLOAT32;
import static io.jumba.array.DType.FLOAT64;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Java examples of docs/user-guide.md run here: each is copied between {@code // example} and
 * {@code // end example} below, and {@link #everyExampleOfTheGuideIsRunHere} fails when the guide's code and these
 * copies drift apart (imports aside, indentation ignored).
 */
class UserGuideExamplesTest {
    private static final Path GUIDE = Path.of("..", "docs", "user-guide.md");
    private static final Path THIS = Path.of("src", "test", "java", "io", "jumba", "UserGuideExamplesTest.java");
    private static final Path ARROW_EXAMPLES = Path.of("..", "arrow", "src", "test", "java", "io", "jumba", "arrow",
            "ArrowArraysTest.java");

    @Test
    void jitAKernelFromJava() {
        // example
        Kernel dot = Jumba.jit("""
                from numba import njit

                @njit
                def dot(a, b):
                    s = 0.0
                    for i in range(a.shape[0]):
                        s += a[i] * b[i]
                    return s
                """).function("dot");

        NDArray a = NDArray.linspace(0, 1, 1000), b = NDArray.ones(DType.FLOAT64, 1000);
        double s = (Double) dot.call(a, b);          // compiles for (float64[::1], float64[::1]) on first call
        // end example
        assertEquals(500.0, s, 1e-9);
        assertEquals(1, dot.signatures().size());
    }

    private static final String DOT = """
            from numba import njit

            @njit
            def dot(a, b):
                s = 0.0
                for i in range(a.shape[0]):
                    s += a[i] * b[i]
                return s
            """;

    @Test
    void offHeapArrays() {
        Kernel dot = Jumba.jit(DOT).function("dot");
        double expected = 0;
        for (long i = 0; i < 1_000_000; i++) expected += (double) i * i;
        // example
        double s;
        try (Arena arena = Arena.ofShared()) {
            NDArray a = NDArray.ofSegment(DType.FLOAT64, arena.allocate(8L * 1_000_000, 64), 1_000_000);
            for (long i = 0; i < a.longSize(); i++) a.writeDouble(i, i);
            s = (Double) dot.call(a, a);                   // compiles the segment version of dot(float64[::1], float64[::1])
        }
        // end example
        assertEquals(expected, s, expected * 1e-9); // vector lanes add in another order than this loop
        assertTrue(dot.javaSourceFor(NDArray.ofSegment(DType.FLOAT64, MemorySegment.ofArray(new double[4]), 4),
                NDArray.zeros(DType.FLOAT64, 4)).contains("fromMemorySegment"));
    }

    @Test
    void memoryMappedNpy(@TempDir Path dir) throws IOException {
        Kernel dot = Jumba.jit(DOT).function("dot");
        Path file = dir.resolve("x.npy");
        // example
        Npy.write(file, NDArray.linspace(0, 1, 1000));
        double sumOfSquares;
        try (Arena arena = Arena.ofConfined()) {
            NDArray m = Npy.map(file, NpyMapMode.READ_ONLY, arena);   // no read: pages load as the kernel touches them
            sumOfSquares = (Double) dot.call(m, m);
        }
        // end example
        NDArray heap = NDArray.linspace(0, 1, 1000);
        assertEquals((Double) dot.call(heap, heap), sumOfSquares);
    }

    /** The guide's interface for the typed-call example. */
    public interface Dot { double apply(double[] a, double[] b); }

    @Test
    void javaArraysTypedResultsAndInterfaces() {
        Kernel dot = Jumba.jit("""
                from numba import njit

                @njit
                def dot(a, b):
                    s = 0.0
                    for i in range(a.shape[0]):
                        s += a[i] * b[i]
                    return s
                """).function("dot");
        // example
        double[] x = {1, 2, 3}, y = {4, 5, 6};
        double d = dot.callDouble(x, y);                 // double[] is a float64 array shared with the kernel: no copy

        Dot fast = dot.as(Dot.class);                    // compiles (float64[::1], float64[::1]) now
        double e = fast.apply(x, y);                     // no boxing, no dispatch
        // end example
        assertEquals(32.0, d);
        assertEquals(32.0, e);
    }

    @Test
    void ufuncsFromJava() {
        NDArray a = NDArray.of(new double[] {3.0, 0.5, -2.0}), b = NDArray.of(new double[] {4.0, 1.0, 2.0});
        NDArray o = NDArray.full(DType.FLOAT64, -1.0, 3);
        NDArray mask = NDArray.of(new boolean[] {true, false, true});
        // example
        // hypot, with a float32 and a float64 loop, each typed: inputs, then .to(output)
        UFunc hypot = UFunc.builder("hypot").doc("sqrt(x*x + y*y)")
                .loop(LoopType.of(FLOAT32, FLOAT32).to(FLOAT32), x -> x.get(0).hypot(x.get(1)))
                .loop(LoopType.of(FLOAT64, FLOAT64).to(FLOAT64),
                        x -> x.get(0).mul(x.get(0)).add(x.get(1).mul(x.get(1))).sqrt())
                .build();

        // logistic, one body for several loops
        UFunc logistic = UFunc.builder("logistic")
                .loops(x -> UExpr.one().div(UExpr.one().add(x.get(0).neg().exp())),
                        LoopType.of(FLOAT32).to(FLOAT32), LoopType.of(FLOAT64).to(FLOAT64))
                .build();

        // clipped ReLU; NumPy type strings (codes ? b B h i l f d) are a shorter form of the same loop types
        UFunc relu6 = UFunc.builder("relu6")
                .loops(x -> x.get(0).max(UExpr.zero()).min(UExpr.of(6L)), "l->l", "d->d")
                .build();

        // piecewise polynomial: x^2 below 1, 2x - 1 above
        UFunc piecewise = UFunc.builder("piecewise")
                .loop("d->d", x -> UExpr.where(x.get(0).lt(1.0), x.get(0).mul(x.get(0)), x.get(0).mul(2.0).sub(1.0)))
                .build();

        NDArray r = (NDArray) hypot.call(a, 4.0);                 // broadcasting; 4.0 is a Python float
        hypot.on(a, b).out(o).where(mask).casting(Casting.SAME_KIND).run();
        // end example
        assertEquals(List.of(5.0, Math.hypot(0.5, 4.0), Math.hypot(2.0, 4.0)), doubles(r));
        assertEquals(List.of(5.0, -1.0, Math.hypot(2.0, 2.0)), doubles(o));
        assertEquals(List.of(1 / (1 + Math.exp(-3.0)), 1 / (1 + Math.exp(-0.5)), 1 / (1 + Math.exp(2.0))),
                doubles((NDArray) logistic.call(a)));
        assertEquals(List.of(3.0, 0.5, 0.0), doubles((NDArray) relu6.call(a)));
        assertEquals(List.of(6L, 0L, 6L), longs((NDArray) relu6.call(NDArray.of(new long[] {7, -1, 6}))));
        assertEquals(List.of(5.0, 0.25, 4.0), doubles((NDArray) piecewise.call(a)));
    }

    @Test
    void vectorizeFromPython() {
        // example
        VectorizedModule vec = Jumba.vectorize("""
                from numba import vectorize, guvectorize

                @vectorize(["float64(float64, float64)", "float32(float32, float32)"])
                def rel_diff(x, y):
                    return 2 * (x - y) / (x + y)

                @guvectorize(["void(float64[:], float64[:], float64[:])"], "(n),(n)->()")
                def dot(a, b, res):
                    acc = 0.0
                    for i in range(a.shape[0]):
                        acc += a[i] * b[i]
                    res[0] = acc
                """);                                        // or Jumba.vectorize(Path.of("vec.py"))
        UFunc relDiff = vec.ufunc("rel_diff");               // loops dd->d, ff->f
        GUFunc dot = vec.gufunc("dot");                      // layout (n),(n)->()

        NDArray x = NDArray.of(new float[] {1, 2, 3, 4, 5, 6}, 2, 3), y = NDArray.of(new float[] {0.5f, 2, 10});
        NDArray r = (NDArray) relDiff.call(x, y);            // shape (2, 3); float32 casts safely to the first loop: float64
        NDArray r32 = relDiff.on(x, 2.0).dtype(DType.FLOAT32).run();   // the ff->f loop; 2.0 is a Python float
        NDArray d = (NDArray) dot.call(x, y);                // one dot per row of x: shape (2,)
        double yy = (Double) dot.call(y, y);                 // 0-d output: a scalar
        // end example
        assertEquals(List.of("dd->d", "ff->f"), relDiff.types());
        assertEquals("(n),(n)->()", dot.layout());
        assertEquals(DType.FLOAT64, r.dtype());
        assertArrayEquals(new int[] {2, 3}, r.shape());
        assertArrayEquals(new double[] {2 * 0.5 / 1.5, 0, 2 * -7.0 / 13, 2 * 3.5 / 4.5, 2 * 3.0 / 7, 2 * -4.0 / 16},
                r.toFlatDoubleArray(), 1e-15);
        assertEquals(DType.FLOAT32, r32.dtype());
        assertArrayEquals(new double[] {-2.0 / 3, 0, 2.0 / 5, 4.0 / 6, 6.0 / 7, 8.0 / 8}, r32.toFlatDoubleArray(), 1e-7);
        assertEquals(DType.FLOAT64, d.dtype());
        assertEquals(List.of(0.5 + 4 + 30, 2 + 10 + 60.0), doubles(d));
        assertEquals(0.25 + 4 + 100, yy);
    }

    @Test
    void everyExampleOfTheGuideIsRunHere() throws IOException {
        List<String> guide = blocks(Files.readString(GUIDE), Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL));
        // The Arrow example needs the jumba-arrow module: its tests run it.
        List<String> here = blocks(Files.readString(THIS) + Files.readString(ARROW_EXAMPLES),
                Pattern.compile("// example\\n(.*?)// end example", Pattern.DOTALL));
        assertTrue(guide.size() >= 3, "the guide has Java examples");
        for (String block : guide) assertTrue(here.contains(block), () -> "not run by this test:\n" + block);
    }

    /** The code of each match of pattern's group 1, lines stripped of indentation, imports and blank lines dropped. */
    private static List<String> blocks(String text, Pattern pattern) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group(1).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("import "))
                    .collect(Collectors.joining("\n")));
        }
        return out;
    }

    private static List<Double> doubles(NDArray a) {
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) out.add(a.getDouble(i));
        return out;
    }

    private static List<Long> longs(NDArray a) {
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) out.add(a.getLong(i));
        return out;
    }
}
