package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.jit.KernelCompiler;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Loads through an index array ({@link IndexedGather}): {@code x[idx[i]]} with int32/int64 indices (negative ones
 * included) vectorizes as a gather when the body does other work, matches the interpreter at every species width,
 * trip counts around the lane count and odd-offset slices, and raises the interpreter's IndexError for a bad index;
 * plain permutations and scatters stay scalar with their reason.
 */
class IndexedGatherSimdTest {
    private static final String SOURCE = """
            from numba import njit

            @njit
            def gather_scale(x, idx, dst, s):
                for i in range(idx.shape[0]):
                    dst[i] = x[idx[i]] * s

            @njit
            def gather_sum(x, idx):
                t = 0.0
                for i in range(idx.shape[0]):
                    t += x[idx[i]]
                return t

            @njit
            def gather_dot(x, idx, w):
                t = 0.0
                for i in range(idx.shape[0]):
                    if w[i] > 0.0:
                        t += x[idx[i]] * w[i]
                return t

            @njit
            def gather_temp(x, idx, dst):
                for i in range(idx.shape[0]):
                    v = x[idx[i]]
                    dst[i] = v * v + 1.0

            @njit
            def permute(x, idx, dst):
                for i in range(idx.shape[0]):
                    dst[i] = x[idx[i]]

            @njit
            def scatter(x, idx, dst):
                for i in range(idx.shape[0]):
                    dst[idx[i]] = x[i] * 2.0

            @njit
            def in_place(x, idx):
                for i in range(idx.shape[0]):
                    x[i] = x[idx[i]] * 2.0
            """;

    private static Type arr(DType d) { return Type.array(d, 1, Layout.C); }

    private static Type any(DType d) { return Type.array(d, 1, Layout.A); }

    private record Case(String function, List<Type> args) {}

    private static List<Case> cases() {
        List<Case> cs = new ArrayList<>();
        for (DType id : List.of(DType.INT32, DType.INT64)) {
            cs.add(new Case("gather_scale", List.of(arr(DType.FLOAT64), arr(id), arr(DType.FLOAT64), Type.FLOAT64)));
            cs.add(new Case("gather_scale", List.of(any(DType.FLOAT32), any(id), arr(DType.FLOAT32), Type.scalar(DType.FLOAT32))));
            cs.add(new Case("gather_scale", List.of(arr(DType.INT64), arr(id), arr(DType.INT64), Type.INT64)));
            cs.add(new Case("gather_sum", List.of(arr(DType.FLOAT64), arr(id))));
            cs.add(new Case("gather_temp", List.of(arr(DType.FLOAT64), arr(id), arr(DType.FLOAT64))));
            cs.add(new Case("gather_dot", List.of(arr(DType.FLOAT64), arr(id), arr(DType.FLOAT64))));
        }
        return cs;
    }

    private static Program compile(String function, List<Type> args) { return PythonKernels.compile(SOURCE, function, args); }

    @TestFactory
    List<DynamicTest> gathersVectorizeAndMatchTheInterpreter() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            String name = c.function() + c.args();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                Program p = compile(c.function(), c.args());
                String text = Explain.of(p, VectorOptions.DEFAULT);
                assertTrue(text.contains(": vectorized: ") && text.contains("idx[i]") && text.contains("] gather through an index array"), name + ": " + text);
                for (SpeciesWidth w : SpeciesWidth.values()) {
                    VectorOptions o = VectorOptions.DEFAULT.withWidth(w);
                    CompiledKernel k = GuardedVectorizer.compile(p, o);
                    // int32 map lanes beside 64-bit data: no equal lane counts in 64 bits
                    boolean vectorizes = w != SpeciesWidth.S64 || ((Type.Array) c.args().get(0)).dtype() == DType.FLOAT32
                            && ((Type.Array) c.args().get(1)).dtype() == DType.INT32;
                    assertEquals(vectorizes, k.javaSource().contains("VectorSpecies"), name + " @" + w + "\n" + Explain.of(p, o));
                    int lanes = Math.max(1, w.bits() / 64);
                    TreeSet<Integer> trips = new TreeSet<>(List.of(0, 1, 2, 5, 17, 100));
                    for (int l : new int[] {lanes, 2 * lanes}) trips.addAll(List.of(Math.max(0, l - 1), l, l + 1, 3 * l + 1, 16 * l + 3));
                    for (int n : trips) {
                        Differential.compare(p, k, () -> arguments(p, n, 7L * n, -1), name + " @" + w + " n=" + n, false);
                    }
                }
            }));
        }
        return tests;
    }

    /**
     * Arguments: x of n + 5 elements, idx and the others of n, each a slice from offset 1 of a longer buffer; indices
     * uniform in [-(n + 5), n + 5), except badAt (if >= 0) which gets n + 5.
     */
    private static Object[] arguments(Program p, int n, long seed, int badAt) {
        Random rnd = new Random(seed);
        List<Object> args = new ArrayList<>();
        int m = n + 5;
        for (var v : p.entry().params()) {
            if (!(v.type() instanceof Type.Array t)) {
                args.add(v.type().equals(Type.FLOAT64) ? 1.5 : v.type().equals(Type.INT64) ? 3L : (Object) 0.5f);
                continue;
            }
            int len = v.name().equals("x") ? m : n;
            NDArray buf = NDArray.zeros(t.dtype(), len + 3);
            for (int q = 0; q < len + 3; q++) {
                if (v.name().equals("idx")) buf.writeLong(q, q - 1 == badAt ? m : rnd.nextInt(2 * m) - m);
                else if (t.dtype().isFloat()) buf.writeDouble(q, rnd.nextDouble() * 4 - 2);
                else buf.writeLong(q, rnd.nextInt(2001) - 1000);
            }
            args.add(buf.slice(0, 1, len + 1, 1));
        }
        return args.toArray();
    }

    @Test
    void aBadIndexRaisesTheInterpretersIndexError() {
        Program p = compile("gather_scale", List.of(arr(DType.FLOAT64), arr(DType.INT32), arr(DType.FLOAT64), Type.FLOAT64));
        for (SpeciesWidth w : List.of(SpeciesWidth.S128, SpeciesWidth.S256, SpeciesWidth.S512)) {
            CompiledKernel k = KernelCompiler.compile(p, new Vectorizer(VectorOptions.DEFAULT.withWidth(w)));
            for (int bad : new int[] {0, 7, 40}) {
                Object[] expectedArgs = arguments(p, 41, bad, bad), actualArgs = arguments(p, 41, bad, bad);
                KernelRuntimeError expected = assertThrows(KernelRuntimeError.class, () -> Interpreter.run(p, expectedArgs));
                KernelRuntimeError actual = assertThrows(KernelRuntimeError.class, () -> k.invoke(actualArgs));
                assertEquals("IndexError", actual.pythonName());
                assertEquals(expected.getMessage(), actual.getMessage());
                assertEquals(expected.pos(), actual.pos());
                NDArray e = (NDArray) expectedArgs[2], g = (NDArray) actualArgs[2];
                for (int q = 0; q < 41; q++) assertEquals(e.getDouble(q), g.getDouble(q), "dst element " + q);
            }
        }
    }

    @Test
    void permutationsScattersAndSelfGathersStayScalarAndSayWhy() {
        Type f = arr(DType.FLOAT64), i = arr(DType.INT32);
        String permute = Explain.of(compile("permute", List.of(f, i, f)), VectorOptions.DEFAULT);
        assertTrue(permute.contains("not vectorized: a gather through an index array with no other work in the body costs more than it gains"), permute);
        String scatter = Explain.of(compile("scatter", List.of(f, i, f)), VectorOptions.DEFAULT);
        assertTrue(scatter.contains("not vectorized: store dst[int64(idx[i])] through an index array (a scatter) stays scalar"), scatter);
        String inPlace = Explain.of(compile("in_place", List.of(f, i)), VectorOptions.DEFAULT);
        assertTrue(inPlace.contains("not vectorized: array x is stored and read through an index array"), inPlace);
    }

    /** Two views of one buffer, one gathered and one stored: the runtime alias check sends the loop to scalar code. */
    @Test
    void aStoreIntoTheGatheredBufferRunsScalar() {
        Program p = compile("gather_scale", List.of(any(DType.FLOAT64), arr(DType.INT64), any(DType.FLOAT64), Type.FLOAT64));
        CompiledKernel k = KernelCompiler.compile(p, new Vectorizer(VectorOptions.DEFAULT));
        int n = 40;
        java.util.function.Supplier<Object[]> args = () -> {
            NDArray buf = NDArray.zeros(DType.FLOAT64, 2 * n);
            for (int q = 0; q < 2 * n; q++) buf.writeDouble(q, q);
            long[] idx = new long[n];
            for (int q = 0; q < n; q++) idx[q] = (q * 13L + 5) % n;
            return new Object[] {buf.slice(0, 0, n, 1), NDArray.of(idx), buf.slice(0, 3, n + 3, 1), 2.0};
        };
        Differential.compare(p, k, args, "overlapping views", true);
    }
}
