package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rounding, copysign, shifts and fastmath FMA contraction in vector loops: each kernel must vectorize (Explain) and
 * match the interpreter at every species width (random values), and rounding/copysign/shifts exactly on the values
 * where a vector formulation could go wrong (signed zeros, halves, NaN, infinities, 2^52 and beyond; shift counts
 * 0, 1, 31, 32, 63, 64 and negative).
 */
class OpsSimdTest {
    private static final String SOURCE = """
            import numpy as np
            import math
            from numba import njit

            @njit
            def rounding(a, dst):
                for i in range(a.shape[0]):
                    dst[i] = np.floor(a[i]) + 10.0 * np.ceil(a[i]) + 100.0 * np.trunc(a[i]) + 1000.0 * np.rint(a[i])

            @njit
            def floors(a, dst):
                for i in range(a.shape[0]):
                    dst[i] = np.floor(a[i])

            @njit
            def ceils(a, dst):
                for i in range(a.shape[0]):
                    dst[i] = np.ceil(a[i])

            @njit
            def truncs(a, dst):
                for i in range(a.shape[0]):
                    dst[i] = np.trunc(a[i])

            @njit
            def rints(a, dst):
                for i in range(a.shape[0]):
                    dst[i] = np.rint(a[i])

            @njit
            def signs(a, b, dst):
                for i in range(a.shape[0]):
                    dst[i] = math.copysign(a[i], b[i])

            @njit
            def int_floor(a, dst):
                for i in range(a.shape[0]):
                    dst[i] = math.floor(a[i] * 3.0) + math.ceil(a[i])

            @njit
            def shifts(a, c, dst):
                for i in range(a.shape[0]):
                    dst[i] = (a[i] << c[i]) ^ (a[i] >> c[i])

            @njit
            def const_shifts(a, dst):
                for i in range(a.shape[0]):
                    dst[i] = (a[i] << 3) + (a[i] >> 1) + (a[i] >> 63)

            @njit(fastmath=True)
            def fused(a, b, c, dst):
                for i in range(a.shape[0]):
                    dst[i] = c[i] + a[i] * b[i] - (a[i] - b[i] * c[i]) + (a[i] * c[i] - b[i])

            @njit
            def unfused(a, b, c, dst):
                for i in range(a.shape[0]):
                    dst[i] = c[i] + a[i] * b[i] - (a[i] - b[i] * c[i]) + (a[i] * c[i] - b[i])

            @njit(fastmath=True)
            def fast_dot(a, b):
                s = 0.0
                for i in range(a.shape[0]):
                    s += a[i] * b[i]
                return s

            @njit(fastmath=True)
            def fast_pos_dot(a, b):
                s = 0.0
                for i in range(a.shape[0]):
                    if a[i] > 0.0:
                        s += a[i] * b[i]
                return s

            @njit(fastmath=True)
            def fast_fms(a, b, c, dst):
                for i in range(a.shape[0]):
                    dst[i] = a[i] * b[i] - c[i]

            @njit
            def fms(a, b, c, dst):
                for i in range(a.shape[0]):
                    dst[i] = a[i] * b[i] - c[i]

            @njit
            def fma_map(a, b, c, dst):
                for i in range(a.shape[0]):
                    dst[i] = math.fma(a[i], b[i], -c[i])

            @njit
            def dot(a, b):
                s = 0.0
                for i in range(a.shape[0]):
                    s += a[i] * b[i]
                return s
            """;

    private static Type f64() { return Type.array(DType.FLOAT64, 1, Layout.C); }

    private static Type f32() { return Type.array(DType.FLOAT32, 1, Layout.C); }

    private static Type i64() { return Type.array(DType.INT64, 1, Layout.C); }

    private static Type i32() { return Type.array(DType.INT32, 1, Layout.C); }

    private record Case(String function, List<Type> args, boolean mixedWidths) {}

    private static List<Case> cases() {
        return List.of(
                new Case("rounding", List.of(f64(), f64()), false),
                new Case("rounding", List.of(f32(), f32()), true),
                new Case("signs", List.of(f64(), f64(), f64()), false),
                new Case("signs", List.of(f32(), f32(), f32()), false),
                new Case("int_floor", List.of(f64(), i64()), false),
                new Case("shifts", List.of(i64(), i64(), i64()), false),
                new Case("shifts", List.of(i32(), i32(), i32()), true),
                new Case("const_shifts", List.of(i64(), i64()), false),
                new Case("const_shifts", List.of(i32(), i32()), true),
                new Case("fused", List.of(f64(), f64(), f64(), f64()), false),
                new Case("fused", List.of(f32(), f32(), f32(), f32()), false),
                new Case("fast_dot", List.of(f64(), f64()), false),
                new Case("fma_map", List.of(f64(), f64(), f64(), f64()), false),
                new Case("fma_map", List.of(f32(), f32(), f32(), f64()), true),
                new Case("fast_pos_dot", List.of(f64(), f64()), false));
    }

    private static Program compile(String function, List<Type> args) { return PythonKernels.compile(SOURCE, function, args); }

    @TestFactory
    List<DynamicTest> vectorizeAndMatchTheInterpreter() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            String name = c.function() + c.args();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Program p = compile(c.function(), c.args());
                String text = Explain.of(p, VectorOptions.DEFAULT);
                assertTrue(text.contains("line") && text.contains(": vectorized: "), name + ": " + text);
                for (SpeciesWidth w : SpeciesWidth.values()) {
                    Differential.check(p, !(c.mixedWidths() && w == SpeciesWidth.S64), VectorOptions.DEFAULT.withWidth(w), name + " @" + w);
                }
            }));
        }
        return tests;
    }

    /** Values where rounding by adding 2^52 (2^23) or a copysign by bits could differ from the scalar functions. */
    private static double[] specialValues() {
        List<Double> v = new ArrayList<>(List.of(0.0, -0.0, 0.3, -0.3, 0.5, -0.5, 0.7, -0.7, 1.0, -1.0, 1.5, -1.5, 2.5,
                -2.5, 3.5, -3.5, 1e-300, -1e-300, Double.MIN_VALUE, -Double.MIN_VALUE, Double.NaN, -Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MAX_VALUE, -Double.MAX_VALUE, 0x1p52, -0x1p52,
                0x1p52 - 0.5, -(0x1p52 - 0.5), 0x1p52 + 1, 0x1p53 + 2, 0x1p51 + 0.5, -(0x1p51 + 0.5), 0x1p23 + 0.5,
                0x1p23 - 0.5, -(0x1p23 - 0.5), 0x1p23, 8388607.5, 4503599627370495.5, 123456.789, -987654.321, 1e20, -1e20,
                Math.nextDown(1.0), -Math.nextDown(1.0), Math.nextUp(0.5), Math.nextDown(0.5), -Math.nextUp(0.5)));
        double[] out = new double[v.size()];
        for (int q = 0; q < out.length; q++) out[q] = v.get(q);
        return out;
    }

    @Test
    void roundingAndCopysignAreExactOnSpecialValues() {
        double[] x = specialValues();
        double[] y = new double[x.length];
        for (int q = 0; q < y.length; q++) y[q] = x[(q * 7 + 3) % x.length];
        for (DType d : List.of(DType.FLOAT64, DType.FLOAT32)) {
            Type t = Type.array(d, 1, Layout.C);
            for (String f : List.of("floors", "ceils", "truncs", "rints")) {
                exact(compile(f, List.of(t, t)), d, x, null);
            }
            exact(compile("signs", List.of(t, t, t)), d, x, y);
        }
    }

    /** Runs p compiled (vectorized at every width) and interpreted on x (and y), comparing the bits of the results. */
    private static void exact(Program p, DType d, double[] x, double[] y) {
        for (SpeciesWidth w : List.of(SpeciesWidth.S128, SpeciesWidth.S256, SpeciesWidth.S512)) {
            CompiledKernel k = GuardedVectorizer.compile(p, VectorOptions.DEFAULT.withWidth(w));
            assertTrue(k.javaSource().contains("VectorMathFunctions."), k.javaSource());
            Differential.compare(p, k, () -> {
                List<Object> args = new ArrayList<>(List.of(array(d, x)));
                if (y != null) args.add(array(d, y));
                args.add(NDArray.zeros(d, x.length));
                return args.toArray();
            }, p.entry().pythonName() + " " + d + " @" + w, true);
        }
    }

    private static NDArray array(DType d, double[] values) {
        NDArray a = NDArray.zeros(d, values.length);
        for (int q = 0; q < values.length; q++) a.writeDouble(q, d == DType.FLOAT32 ? (float) values[q] : values[q]);
        return a;
    }

    @Test
    void shiftCountsOutsideTheLaneWidthGiveNumpysResults() {
        long[] counts = {0, 1, 2, 31, 32, 33, 62, 63, 64, 65, 100, -1, -63, -64, Long.MIN_VALUE, Long.MAX_VALUE, 7};
        long[] values = {1, -1, 0x5555_5555_5555_5555L, Long.MIN_VALUE, Long.MAX_VALUE, -12345, 987654321, 0, 3};
        int n = counts.length * values.length;
        for (DType d : List.of(DType.INT64, DType.INT32)) {
            Type t = Type.array(d, 1, Layout.C);
            Program p = compile("shifts", List.of(t, t, t));
            for (SpeciesWidth w : List.of(SpeciesWidth.S128, SpeciesWidth.S256, SpeciesWidth.S512)) {
                CompiledKernel k = GuardedVectorizer.compile(p, VectorOptions.DEFAULT.withWidth(w));
                assertTrue(k.javaSource().contains("VectorShifts.shl("), k.javaSource());
                Differential.compare(p, k, () -> {
                    NDArray a = NDArray.zeros(d, n), c = NDArray.zeros(d, n);
                    for (int q = 0; q < n; q++) {
                        a.writeLong(q, d == DType.INT32 ? (int) values[q % values.length] : values[q % values.length]);
                        c.writeLong(q, d == DType.INT32 ? (int) counts[q / values.length] : counts[q / values.length]);
                    }
                    return new Object[] {a, c, NDArray.zeros(d, n)};
                }, "shifts " + d + " @" + w, true);
            }
        }
        // the scalar semantics the vector code must keep (NumPy's, as Scalars implements them)
        CompiledKernel k = GuardedVectorizer.compile(compile("shifts", List.of(i64(), i64(), i64())), VectorOptions.DEFAULT);
        NDArray a = NDArray.of(new long[] {5, 5, 5, -5, -5, -5, 5, -5, 5, -5});
        NDArray c = NDArray.of(new long[] {0, 1, 63, 64, -1, 63, 64, 0, 2, 1});
        NDArray dst = NDArray.zeros(DType.INT64, 10);
        k.invoke(a, c, dst);
        long[] expected = {5 ^ 5, 10 ^ 2, (5L << 63) ^ 0, 0 ^ -1, 0 ^ -1, (-5L << 63) ^ -1, 0, -5 ^ -5, 20 ^ 1, -10 ^ -3};
        for (int q = 0; q < 10; q++) assertEquals(expected[q], dst.getLong(q), "element " + q);
    }

    @Test
    void fastmathContractsEveryProductIntoFmaAndDefaultNever() {
        String fused = GuardedVectorizer.compile(compile("fused", List.of(f64(), f64(), f64(), f64())), VectorOptions.DEFAULT).javaSource();
        assertTrue(count(fused, "VectorOperators.FMA") >= 3, fused);
        assertFalse(fused.contains("VectorOperators.MUL"), fused);
        String plain = GuardedVectorizer.compile(compile("unfused", List.of(f64(), f64(), f64(), f64())), VectorOptions.DEFAULT).javaSource();
        assertFalse(plain.contains("VectorOperators.FMA"), plain);
        String dot = GuardedVectorizer.compile(compile("fast_dot", List.of(f64(), f64())), VectorOptions.DEFAULT).javaSource();
        assertTrue(count(dot, "VectorOperators.FMA") >= 2, dot);
        String plainDot = GuardedVectorizer.compile(compile("dot", List.of(f64(), f64())), VectorOptions.DEFAULT).javaSource();
        assertFalse(plainDot.contains("VectorOperators.FMA"), plainDot);
    }

    /** FMA rounds a*b-c once: (1 + 2^-27)^2 - (1 + 2^-26) is 2^-54 fused, 0 with the product rounded first. */
    @Test
    void fastmathFusesTheMultiplySubtract() {
        int n = 37;
        double x = 1 + 0x1p-27;
        double[] a = new double[n], c = new double[n];
        java.util.Arrays.fill(a, x);
        java.util.Arrays.fill(c, 1 + 0x1p-26);
        for (boolean fast : new boolean[] {true, false}) {
            CompiledKernel k = GuardedVectorizer.compile(compile(fast ? "fast_fms" : "fms", List.of(f64(), f64(), f64(), f64())),
                    VectorOptions.DEFAULT);
            NDArray dst = NDArray.zeros(DType.FLOAT64, n);
            k.invoke(NDArray.of(a), NDArray.of(a), NDArray.of(c), dst);
            for (int q = 0; q < n; q++) assertEquals(fast ? 0x1p-54 : 0.0, dst.getDouble(q), "fastmath " + fast + " element " + q);
        }
    }

    /** math.fma rounds once with or without fastmath, vectorized and in the interpreter alike. */
    @Test
    void mathFmaRoundsOnce() {
        int n = 37;
        double[] a = new double[n], c = new double[n];
        java.util.Arrays.fill(a, 1 + 0x1p-27);
        java.util.Arrays.fill(c, 1 + 0x1p-26);
        Program p = compile("fma_map", List.of(f64(), f64(), f64(), f64()));
        assertTrue(Explain.of(p, VectorOptions.DEFAULT).contains(": vectorized: float64"));
        CompiledKernel k = GuardedVectorizer.compile(p, VectorOptions.DEFAULT);
        Differential.compare(p, k, () -> new Object[] {NDArray.of(a), NDArray.of(a), NDArray.of(c), NDArray.zeros(DType.FLOAT64, n)},
                "fma_map", true);
        NDArray dst = NDArray.zeros(DType.FLOAT64, n);
        k.invoke(NDArray.of(a), NDArray.of(a), NDArray.of(c), dst);
        for (int q = 0; q < n; q++) assertEquals(0x1p-54, dst.getDouble(q), "element " + q);
    }

    private static int count(String text, String what) { return text.split(java.util.regex.Pattern.quote(what), -1).length - 1; }
}
