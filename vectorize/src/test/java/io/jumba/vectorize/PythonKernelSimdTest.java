package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.ir.Program;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The brief's kernels written in Python, through Parser + TypeInference + the pipeline's passes: each must get the
 * expected Explain verdict and match the interpreter at every species width.
 */
class PythonKernelSimdTest {
    private static final String SOURCE = """
            import numpy as np
            import math
            from numba import njit

            COEFFS = (1.0 / 120.0, 1.0 / 24.0, 1.0 / 6.0, 0.5, 1.0, 1.0)

            @njit
            def horner(x, dst):
                for i in range(x.shape[0]):
                    v = x[i]
                    acc = COEFFS[0]
                    for k in range(1, len(COEFFS)):
                        acc = acc * v + COEFFS[k]
                    dst[i] = acc

            @njit
            def total(a):
                s = 0.0
                for i in range(a.shape[0]):
                    s += a[i]
                return s

            @njit
            def total_and_last(a):
                s = 0.0
                i = -1
                for i in range(a.shape[0]):
                    s += a[i]
                return s + i * 1000.0

            @njit
            def dot(a, b):
                s = 0.0
                for i in range(a.shape[0]):
                    s += a[i] * b[i]
                return s

            @njit
            def axpy(alpha, x, y):
                for i in range(x.shape[0]):
                    y[i] = alpha * x[i] + y[i]

            @njit
            def triad(a, b, c, s):
                for i in range(a.shape[0]):
                    a[i] = b[i] + s * c[i]

            @njit
            def vexp(a):
                return np.exp(a)

            @njit
            def clip_if(a, dst, lo, hi):
                for i in range(a.shape[0]):
                    x = a[i]
                    if x < lo:
                        dst[i] = lo
                    elif x > hi:
                        dst[i] = hi
                    else:
                        dst[i] = x

            @njit
            def clip_minmax(a, dst, lo, hi):
                for i in range(a.shape[0]):
                    dst[i] = min(max(a[i], lo), hi)

            @njit
            def count_pos(a):
                c = 0
                for i in range(a.shape[0]):
                    if a[i] > 0:
                        c += 1
                return c

            @njit
            def amax(a):
                m = -np.inf
                for i in range(a.shape[0]):
                    m = max(m, a[i])
                return m

            @njit
            def int_ops(a, b, c):
                for i in range(a.shape[0]):
                    c[i] = (a[i] + b[i]) ^ (a[i] & b[i]) | (a[i] - b[i])

            @njit
            def sumsq(a):
                return np.sum(a * a)

            @njit
            def ramp(a, step):
                for i in range(a.shape[0]):
                    a[i] = i * step + 1.0

            @njit
            def ramp32(a):
                for i in range(a.shape[0]):
                    a[i] = i

            @njit
            def relu(a, dst):
                for i in range(a.shape[0]):
                    dst[i] = a[i] if a[i] > 0.0 else 0.0

            @njit
            def count_band(a, lo, hi):
                c = 0
                for i in range(a.shape[0]):
                    if a[i] > lo and a[i] < hi:
                        c += 1
                return c

            @njit
            def norms(a, b, dst):
                for i in range(a.shape[0]):
                    dst[i] = math.sqrt(math.hypot(a[i], b[i])) + abs(a[i])

            @njit
            def isum(a):
                s = 0
                for i in range(a.shape[0]):
                    s += a[i]
                return s

            @njit
            def outliers(a, dst, lo):
                for i in range(a.shape[0]):
                    big = a[i] > lo
                    if big or a[i] < -lo:
                        dst[i] = a[i]
                    else:
                        dst[i] = 0.0

            @njit
            def gauss_tails(a, dst):
                for i in range(a.shape[0]):
                    dst[i] = math.erf(a[i]) - 0.5 * math.erfc(3.0 * a[i])

            @njit
            def add2(a, b):
                return a + b

            @njit
            def scale_add_row(a, r):
                return a * 2.0 + r
            """;

    /**
     * unroll: the vector steps per main-loop iteration Explain reports for every loop (0: not vectorized);
     * mixedWidths: element types of different sizes, which no 64-bit species can hold with equal lane counts.
     */
    private record Case(String function, List<Type> args, String verdict, int unroll, boolean mixedWidths) {
        Case(String function, List<Type> args, String verdict, int unroll) { this(function, args, verdict, unroll, false); }
    }

    private static final Pattern UNROLL = Pattern.compile("unroll (\\d+)");

    private static Type f64() { return Type.array(DType.FLOAT64, 1, Layout.C); }

    private static Type c2() { return Type.array(DType.FLOAT64, 2, Layout.C); }

    private static Type f32() { return Type.array(DType.FLOAT32, 1, Layout.C); }

    private static Type i32() { return Type.array(DType.INT32, 1, Layout.C); }

    private static List<Case> cases() {
        return List.of(
                new Case("total", List.of(f64()), "reductions: s (+)", 4),
                new Case("total", List.of(Type.array(DType.FLOAT64, 1, Layout.A)), "reductions: s (+)", 4),
                new Case("total_and_last", List.of(f64()), "reductions: s (+)", 4),
                new Case("dot", List.of(f64(), f64()), "reductions: s (+)", 4),
                new Case("dot", List.of(f32(), f32()), "vectorized: float32/float64", 4, true),
                new Case("axpy", List.of(Type.FLOAT64, f64(), f64()), "reductions: none", 1),
                new Case("triad", List.of(f32(), f32(), f32(), Type.scalar(DType.FLOAT32)), "vectorized: float32", 1),
                new Case("vexp", List.of(f64()), "vectorized: float64", 1),
                new Case("clip_if", List.of(f64(), f64(), Type.FLOAT64, Type.FLOAT64), "vectorized: float64", 1),
                new Case("clip_minmax", List.of(f64(), f64(), Type.FLOAT64, Type.FLOAT64), "vectorized: float64", 1),
                new Case("count_pos", List.of(f64()), "reductions: c (+)", 4),
                new Case("amax", List.of(f64()), "reductions: m (max)", 4),
                new Case("int_ops", List.of(i32(), i32(), i32()), "vectorized: int32", 1),
                new Case("sumsq", List.of(f64()), "reductions: $acc1 (+)", 4),
                new Case("ramp", List.of(f64(), Type.FLOAT64), "vectorized: int64/float64", 1),
                new Case("ramp32", List.of(f32()), "vectorized: int64/float32", 1, true),
                new Case("relu", List.of(f64(), f64()), "vectorized: float64", 1),
                new Case("count_band", List.of(f64(), Type.FLOAT64, Type.FLOAT64), "reductions: c (+)", 4),
                new Case("norms", List.of(f64(), f64(), f64()), "vectorized: float64", 1),
                new Case("isum", List.of(Type.array(DType.INT64, 1, Layout.C)), "reductions: s (+)", 4),
                new Case("isum", List.of(i32()), "vectorized: int32/int64", 4, true),
                new Case("outliers", List.of(f64(), f64(), Type.FLOAT64), "vectorized: float64", 1),
                new Case("gauss_tails", List.of(f64(), f64()), "vectorized: float64", 1),
                new Case("gauss_tails", List.of(f32(), f32()), "not vectorized: math function erf on float32 has no vector form", 0),
                new Case("add2", List.of(c2(), c2()), "vectorized: float64", 1),
                new Case("scale_add_row", List.of(c2(), f64()), "vectorized: float64", 1),
                new Case("horner", List.of(f64(), f64()), "line 9: vectorized: float64", 1));
    }

    @TestFactory
    List<DynamicTest> pythonKernelsVectorizeAndMatch() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            String name = c.function() + c.args();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Program p = PythonKernels.compile(SOURCE, c.function(), c.args());
                String text = Explain.of(p, VectorOptions.DEFAULT);
                assertTrue(text.contains(c.verdict()), name + ": " + text);
                boolean vectorizes = !c.verdict().startsWith("not vectorized");
                List<Integer> unrolls = UNROLL.matcher(text).results().map(m -> Integer.parseInt(m.group(1))).distinct().toList();
                assertEquals(vectorizes ? List.of(c.unroll()) : List.of(), unrolls, name + " unroll factor: " + text);
                // Mixed widths need the narrow type's lanes in at least 64 bits: none at a 64-bit species.
                for (SpeciesWidth w : SpeciesWidth.values()) {
                    Differential.check(p, vectorizes && !(c.mixedWidths() && w == SpeciesWidth.S64),
                            VectorOptions.DEFAULT.withWidth(w), name + " @" + w);
                }
            }));
        }
        return tests;
    }
}
