package io.jumba;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.ufunc.Casting;
import io.jumba.ufunc.UExpr;
import io.jumba.ufunc.UFunc;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    @Test
    void ufuncsFromJava() {
        NDArray a = NDArray.of(new double[] {3.0, 0.5, -2.0}), b = NDArray.of(new double[] {4.0, 1.0, 2.0});
        NDArray o = NDArray.full(DType.FLOAT64, -1.0, 3);
        NDArray mask = NDArray.of(new boolean[] {true, false, true});
        // example
        // hypot, with a float32 and a float64 loop (NumPy type codes: ? b B h i l f d)
        UFunc hypot = UFunc.builder("hypot").doc("sqrt(x*x + y*y)")
                .loop("ff->f", x -> x.get(0).hypot(x.get(1)))
                .loop("dd->d", x -> x.get(0).mul(x.get(0)).add(x.get(1).mul(x.get(1))).sqrt())
                .build();

        // logistic, one body for several loops
        UFunc logistic = UFunc.builder("logistic")
                .loops(x -> UExpr.one().div(UExpr.one().add(x.get(0).neg().exp())), "f->f", "d->d")
                .build();

        // clipped ReLU
        UFunc relu6 = UFunc.builder("relu6")
                .loops(x -> x.get(0).max(UExpr.zero()).min(UExpr.of(6L)), "l->l", "d->d")
                .build();

        // piecewise polynomial: x^2 below 1, 2x - 1 above
        UFunc piecewise = UFunc.builder("piecewise")
                .loop("d->d", x -> UExpr.where(x.get(0).lt(1.0), x.get(0).mul(x.get(0)), x.get(0).mul(2.0).sub(1.0)))
                .build();

        NDArray r = (NDArray) hypot.call(a, 4.0);                 // broadcasting; a Java scalar acts as a 0-d array
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
    void everyExampleOfTheGuideIsRunHere() throws IOException {
        List<String> guide = blocks(Files.readString(GUIDE), Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL));
        List<String> here = blocks(Files.readString(THIS),
                Pattern.compile("// example\\n(.*?)// end example", Pattern.DOTALL));
        assertTrue(guide.size() >= 2, "the guide has Java examples");
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
