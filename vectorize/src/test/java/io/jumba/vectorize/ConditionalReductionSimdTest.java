package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conditional min/max reductions ({@link ConditionalReduction}): np.min/max/argmin/argmax and the user's
 * {@code if a[i] > m: m = a[i]; k = i} vectorize, and at every species width, for trip counts around the lane counts,
 * on odd-offset slices, give exactly the interpreter's result (bit for bit: -0.0 is not 0.0) on data full of ties,
 * signed zeros and NaNs, for NaN and non-NaN start values.
 */
class ConditionalReductionSimdTest {
    private static final String SOURCE = """
            import numpy as np
            from numba import njit

            @njit
            def amin(a):
                return np.min(a)

            @njit
            def amax(a):
                return np.max(a)

            @njit
            def argmin(a):
                return np.argmin(a)

            @njit
            def argmax(a):
                return np.argmax(a)

            @njit
            def first_max(a, start, out):
                m = start
                k = -1
                for i in range(a.shape[0]):
                    if a[i] > m:
                        m = a[i]
                        k = i
                out[0] = m
                out[1] = k

            @njit
            def first_max_odd(a, start, out):
                m = start
                k = -1
                for i in range(a.shape[0]):
                    if a[i] > m:
                        m = a[i]
                        k = 2 * i + 1
                out[0] = m
                out[1] = k

            @njit
            def last_min(a, start, out):
                m = start
                k = -1
                for i in range(a.shape[0]):
                    if m >= a[i]:
                        k = i
                        m = a[i]
                out[0] = m
                out[1] = k

            @njit
            def running_max(a, start):
                m = start
                for i in range(a.shape[0]):
                    if a[i] > m:
                        m = a[i]
                return m

            @njit
            def running_min_le(a, start):
                m = start
                for i in range(a.shape[0]):
                    if a[i] <= m:
                        m = a[i]
                return m
            """;

    private static final List<DType> DTYPES = List.of(DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32);

    /** A kernel, the reductions Explain must report (a regular expression), and whether it tracks positions. */
    private record Case(String function, String reductions, boolean hasIndex, boolean withStart, boolean withOut) {}

    private static List<Case> cases() {
        return List.of(
                new Case("amin", "\\$acc\\d+ \\(min\\)", false, false, false),
                new Case("amax", "\\$acc\\d+ \\(max\\)", false, false, false),
                new Case("argmin", "\\$acc\\d+ \\(min\\), \\$arg\\d+ \\(argmin\\)", true, false, false),
                new Case("argmax", "\\$acc\\d+ \\(max\\), \\$arg\\d+ \\(argmax\\)", true, false, false),
                new Case("first_max", "m \\(max\\), k \\(argmax\\)", true, true, true),
                new Case("first_max_odd", "m \\(max\\), k \\(argmax\\)", true, true, true),
                new Case("last_min", "m \\(min, last of ties\\), k \\(argmin, last of ties\\)", true, true, true),
                new Case("running_max", "m \\(max\\)", false, true, false),
                new Case("running_min_le", "m \\(min, last of ties\\)", false, true, false));
    }

    private static Program compile(Case c, DType d) {
        List<Type> args = new ArrayList<>(List.of(Type.array(d, 1, Layout.A)));
        if (c.withStart()) args.add(Type.scalar(d));
        if (c.withOut()) args.add(Type.array(DType.FLOAT64, 1, Layout.C));
        return PythonKernels.compile(SOURCE, c.function(), args);
    }

    @TestFactory
    List<DynamicTest> vectorizedAndExact() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases()) {
            for (DType d : DTYPES) {
                tests.add(DynamicTest.dynamicTest(c.function() + " " + d.numpyName(), () -> {
                    Program p = compile(c, d);
                    for (SpeciesWidth w : SpeciesWidth.values()) check(c, d, p, VectorOptions.DEFAULT.withWidth(w));
                }));
            }
        }
        return tests;
    }

    private static void check(Case c, DType d, Program p, VectorOptions options) {
        String where = c.function() + " " + d.numpyName() + " @" + options.width();
        String explained = Explain.of(p, options);
        // Positions are int64 lanes: with 4-byte values they need a species of at least 128 bits.
        boolean tracksPosition = c.hasIndex() || d.isFloat();
        boolean vectorizes = !(tracksPosition && d.itemSize() == 4 && options.width() == SpeciesWidth.S64);
        if (vectorizes) {
            assertTrue(explained.matches("(?s).*: vectorized: [^\\n]*, reductions: " + c.reductions() + "\n.*"), where + "\n" + explained);
        } else {
            assertTrue(explained.contains("not vectorized: mixed element widths"), where + "\n" + explained);
        }
        CompiledKernel k = GuardedVectorizer.compile(p, options);
        assertEquals(vectorizes, k.javaSource().contains("VectorSpecies"), where);
        int bits = options.width().bits();
        TreeSet<Integer> trips = new TreeSet<>(List.of(0, 1, 2, 3, 5, 17, 37, 100));
        for (int l : new int[] {bits / 64, bits / 32}) {
            trips.addAll(List.of(Math.max(0, l - 1), l, l + 1, 3 * l + 1, 16 * l + 3));
        }
        for (int n : trips) {
            for (Data data : Data.values()) {
                if (!d.isFloat() && data == Data.NANS) continue;
                for (double start : d.isFloat() ? new double[] {0.0, -0.0, Double.NaN, -1.0} : new double[] {0, -2, 2}) {
                    String at = where + " n=" + n + " " + data + " start=" + start;
                    Supplier<Object[]> args = () -> arguments(c, d, n, data, start);
                    if (n == 0 && !c.withStart()) {
                        assertThrows(KernelRuntimeError.class, () -> Interpreter.run(p, args.get()), at);
                        assertThrows(KernelRuntimeError.class, () -> k.invoke(args.get()), at);
                    } else {
                        Differential.compare(p, k, args, at, true);
                    }
                }
            }
        }
    }

    /** Element patterns: ties everywhere, signed zeros, NaNs. */
    private enum Data { SMALL_POOL, SIGNED_ZEROS, NANS, RAMP }

    /** a as a slice starting at offset 1 of its buffer, then the start value and out as the case needs. */
    private static Object[] arguments(Case c, DType d, int n, Data data, double start) {
        Random rnd = new Random(n * 31L + data.ordinal());
        NDArray buf = NDArray.zeros(d, n + 3);
        double[] pool = {-1.0, -0.0, 0.0, 2.0, 2.0, -1.0, 0.5};
        for (int q = 0; q < n + 3; q++) {
            double v = switch (data) {
                case SMALL_POOL -> pool[rnd.nextInt(pool.length)];
                case SIGNED_ZEROS -> rnd.nextBoolean() ? 0.0 : -0.0;
                case NANS -> rnd.nextInt(6) == 0 ? Double.NaN : pool[rnd.nextInt(pool.length)];
                case RAMP -> (q * 7) % 11 - 5;
            };
            if (d.isFloat()) buf.writeDouble(q, v);
            else buf.writeLong(q, (long) v);
        }
        List<Object> args = new ArrayList<>(List.of(buf.slice(0, 1, n + 1, 1)));
        if (c.withStart()) {
            args.add(switch (d) {
                case FLOAT64 -> start;
                case FLOAT32 -> (float) start;
                case INT64 -> (long) start;
                default -> (int) start;
            });
        }
        if (c.withOut()) args.add(NDArray.zeros(DType.FLOAT64, 2));
        return args.toArray();
    }

    @Test
    void argmaxOfAMatrixVectorizesItsRowsWithFlatPositions() {
        Program p = PythonKernels.compile("""
                import numpy as np
                from numba import njit

                @njit
                def argmax2(a):
                    return np.argmax(a)
                """, "argmax2", List.of(Type.array(DType.FLOAT64, 2, Layout.C)));
        for (SpeciesWidth w : SpeciesWidth.values()) {
            VectorOptions o = VectorOptions.DEFAULT.withWidth(w);
            String explained = Explain.of(p, o);
            assertTrue(explained.matches("(?s).*: vectorized: int64/float64 [^\n]*reductions: \\$acc\\d+ \\(max\\), \\$arg\\d+ \\(argmax\\)\n.*"),
                    explained);
            CompiledKernel k = GuardedVectorizer.compile(p, o);
            for (int n : new int[] {1, 3, 4, 9, 33}) {
                for (Data data : Data.values()) {
                    Supplier<Object[]> args = () -> {
                        NDArray flat = (NDArray) arguments(cases().get(3), DType.FLOAT64, 3 * n, data, 0)[0];
                        return new Object[] {flat.copy().reshape(3, n)};
                    };
                    Differential.compare(p, k, args, "argmax2 @" + w + " n=" + n + " " + data, true);
                }
            }
        }
    }

    @Test
    void firstNanWinsArgmaxAndEveryNanCountsForMax() {
        Program argmax = compile(cases().get(3), DType.FLOAT64);
        Program amax = compile(cases().get(1), DType.FLOAT64);
        double[] values = new double[37];
        for (int i = 0; i < values.length; i++) values[i] = i % 5;
        values[29] = Double.NaN;
        values[11] = Double.NaN;
        for (SpeciesWidth w : SpeciesWidth.values()) {
            VectorOptions o = VectorOptions.DEFAULT.withWidth(w);
            assertEquals(11L, GuardedVectorizer.compile(argmax, o).invoke(NDArray.of(values)), "@" + w);
            assertEquals(Double.NaN, GuardedVectorizer.compile(amax, o).invoke(NDArray.of(values)), "@" + w);
        }
    }
}
