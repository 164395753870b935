package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Division under error_model='python' in vector loops ({@link DivisionGuards}): a zero divisor anywhere (first lane,
 * inside an unrolled copy, in the masked tail, in the scalar last iteration) raises the interpreter's
 * ZeroDivisionError at the same line and leaves arrays as the interpreter leaves them; zeros in masked-off lanes
 * neither raise nor leave the vector path.
 */
class ZeroDivisionSimdTest {
    private static final String SOURCE = """
            import math
            from numba import njit

            @njit
            def divide(a, c, b):
                for i in range(a.shape[0]):
                    b[i] = a[i] / c[i]

            @njit
            def accumulate(a, c, b):
                s = 0.0
                for i in range(a.shape[0]):
                    q = a[i] / c[i]
                    b[i] += q
                    s += q
                return s

            @njit
            def floor_mod(a, c, b):
                for i in range(a.shape[0]):
                    b[i] = a[i] // c[i] + a[i] % c[i]

            @njit
            def true_divide_ints(a, c, b):
                for i in range(a.shape[0]):
                    b[i] = a[i] / c[i]

            @njit
            def safe_divide(a, c, b):
                for i in range(a.shape[0]):
                    if c[i] != 0.0:
                        b[i] = a[i] / c[i]
                    else:
                        b[i] = -1.0

            @njit
            def safe_ratio(a, c, b):
                for i in range(a.shape[0]):
                    b[i] = a[i] / c[i] if c[i] != 0.0 else -1.0

            @njit
            def big_ratio(a, c, b):
                for i in range(a.shape[0]):
                    if c[i] != 0.0 and a[i] / c[i] > 1.0:
                        b[i] = 1.0
                    else:
                        b[i] = 0.0

            @njit
            def scale(a, y, z, b):
                for i in range(a.shape[0]):
                    b[i] = a[i] / y + a[i] / math.sqrt(y * y + 1.0) + a[i] * (1.0 / (z / y))

            @njit
            def store_then_divide(a, c, b):
                for i in range(a.shape[0]):
                    b[i] = a[i]
                    b[i] = a[i] / c[i]
            """;

    private static Type array(DType d) { return Type.array(d, 1, Layout.C); }

    private static Program compile(String function, DType data, DType out) {
        return PythonKernels.compile(SOURCE, function, List.of(array(data), array(data), array(out)));
    }

    private static LoopVerdict.Vectorizable plan(Program p, VectorOptions options) {
        Stmt.ForRange loop = p.entry().body().stream().filter(s -> s instanceof Stmt.ForRange)
                .map(s -> (Stmt.ForRange) s).findFirst().orElseThrow();
        return (LoopVerdict.Vectorizable) LoopAnalysis.analyze(loop, p.entry().options(), options);
    }

    /** Nonzero values for the (array) params: n elements at offset 1 of longer buffers, so never aligned. */
    private static Object[] arguments(Program p, int n, long seed) {
        Random rnd = new Random(seed);
        List<Var> params = p.entry().params();
        Object[] args = new Object[params.size()];
        for (int k = 0; k < args.length; k++) {
            DType d = ((Type.Array) params.get(k).type()).dtype();
            NDArray buf = NDArray.zeros(d, n + 2);
            for (int q = 0; q < n + 2; q++) {
                double sign = rnd.nextBoolean() ? 1 : -1;
                if (d.isFloat()) buf.writeDouble(q, sign * (0.5 + 2 * rnd.nextDouble()));
                else buf.writeLong(q, (long) sign * (1 + rnd.nextInt(9)));
            }
            args[k] = buf.slice(0, 1, n + 1, 1);
        }
        return args;
    }

    /** Trip counts around the lane count, and one that runs the unrolled main loop twice. */
    private static TreeSet<Integer> tripCounts(int lanes, int unroll) {
        return new TreeSet<>(List.of(0, 1, Math.max(0, lanes - 1), lanes, lanes + 1, 3 * lanes + 1,
                2 * unroll * lanes + lanes + 3));
    }

    /**
     * Runs p through the interpreter and k on equal arguments with c[zeroAt] = 0 (-0.0 at odd positions; no zero
     * when zeroAt < 0): the same ZeroDivisionError (name, message, position) or the same result, and equal arrays.
     * Returns whether they raised.
     */
    private static boolean sameOutcome(Program p, CompiledKernel k, int n, int zeroAt, String where) {
        Object[] expectedArgs = arguments(p, n, 31L * n + zeroAt), actualArgs = arguments(p, n, 31L * n + zeroAt);
        if (zeroAt >= 0) {
            for (Object[] args : List.of(expectedArgs, actualArgs)) ((NDArray) args[1]).setDouble(zeroAt % 2 == 0 ? 0.0 : -0.0, zeroAt);
        }
        Object expected = null, actual = null;
        KernelRuntimeError expectedError = null, actualError = null;
        try {
            expected = Interpreter.run(p, expectedArgs);
        } catch (KernelRuntimeError e) {
            expectedError = e;
        }
        try {
            actual = k.invoke(actualArgs);
        } catch (KernelRuntimeError e) {
            actualError = e;
        }
        if (expectedError != null) {
            assertNotNull(actualError, where + ": expected " + expectedError.getMessage());
            assertEquals(expectedError.pythonName(), actualError.pythonName(), where);
            assertEquals(expectedError.getMessage(), actualError.getMessage(), where);
            assertEquals(expectedError.pos(), actualError.pos(), where);
        } else {
            assertNull(actualError, where);
            if (expected instanceof Double e) assertEquals(e, (Double) actual, 1e-12 * Math.max(1, Math.abs(e)), where);
            else assertEquals(expected, actual, where);
        }
        for (int a = 0; a < expectedArgs.length; a++) {
            NDArray e = (NDArray) expectedArgs[a], g = (NDArray) actualArgs[a];
            for (int q = 0; q < n; q++) assertEquals(e.getDouble(q), g.getDouble(q), where + " arg " + a + " element " + q);
        }
        return expectedError != null;
    }

    private record Case(String function, DType data, DType out, boolean raises) {}

    @TestFactory
    List<DynamicTest> zeroDivisorsRaiseAsTheInterpreterDoes() {
        List<Case> cases = List.of(
                new Case("divide", DType.FLOAT64, DType.FLOAT64, true),
                new Case("divide", DType.FLOAT32, DType.FLOAT32, true),
                new Case("accumulate", DType.FLOAT64, DType.FLOAT64, true),
                new Case("floor_mod", DType.FLOAT64, DType.FLOAT64, true),
                new Case("true_divide_ints", DType.INT64, DType.FLOAT64, true),
                new Case("safe_divide", DType.FLOAT64, DType.FLOAT64, false),
                new Case("safe_ratio", DType.FLOAT64, DType.FLOAT64, false),
                new Case("big_ratio", DType.FLOAT64, DType.FLOAT64, false));
        List<DynamicTest> tests = new ArrayList<>();
        for (Case c : cases) {
            for (SpeciesWidth w : SpeciesWidth.values()) {
                String name = c.function() + " " + c.data().numpyName() + " @" + w;
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    Program p = compile(c.function(), c.data(), c.out());
                    VectorOptions options = VectorOptions.DEFAULT.withWidth(w);
                    LoopVerdict.Vectorizable plan = plan(p, options);
                    CompiledKernel k = KernelCompiler.compile(p, new Vectorizer(options));
                    assertTrue(k.javaSource().contains("VectorSpecies"), k.javaSource());
                    int lanes = w.bits() / 8 / plan.elementBytes();
                    for (int n : tripCounts(lanes, plan.unroll(options))) {
                        // no zero, then a zero at every position: vector steps, unrolled copies, masked tail, scalar last
                        for (int zeroAt = -1; zeroAt < n; zeroAt++) {
                            String where = name + " n=" + n + " zero at " + zeroAt;
                            assertEquals(c.raises() && zeroAt >= 0, sameOutcome(p, k, n, zeroAt, where), where);
                        }
                    }
                }));
            }
        }
        return tests;
    }

    /**
     * accumulate's main loop is unrolled, so zeros land inside unrolled copies other than the first; b[i] += q would
     * add twice if the scalar loop re-ran a copy that had completed. The masked tail checks only its own lanes.
     */
    @Test
    void accumulateIsUnrolledWithAPerStepCheck() {
        Program p = compile("accumulate", DType.FLOAT64, DType.FLOAT64);
        VectorOptions options = VectorOptions.DEFAULT.withWidth(SpeciesWidth.S256);
        assertTrue(plan(p, options).unroll(options) > 1);
        assertTrue(KernelCompiler.compile(p, new Vectorizer(options)).javaSource().contains("EQ, (double) 0)).and(tail"));
        assertEquals("line 12: vectorized: float64 x 4 lanes (species 256, 256 bits), unroll 4, tail: masked vector "
                + "step, last iteration scalar, reductions: s (+), division guarded: 1 divisor per vector step (zero: "
                + "the scalar loop raises ZeroDivisionError)", Explain.of(p, options).lines().toList().get(1).trim());
    }

    /**
     * Zeros only in lanes where the scalar code does not divide (an if's masked-off lanes, the untaken side of a
     * conditional expression, the right of a false {@code and}): no ZeroDivisionError and no fallback to the scalar
     * loop.
     */
    @Test
    void maskedOffZeroDivisorsStayOnTheVectorPath() {
        for (String function : List.of("safe_divide", "safe_ratio", "big_ratio")) {
            maskedOffZeroDivisorsStayOnTheVectorPath(compile(function, DType.FLOAT64, DType.FLOAT64));
        }
    }

    private static void maskedOffZeroDivisorsStayOnTheVectorPath(Program p) {
        for (SpeciesWidth w : SpeciesWidth.values()) {
            CompiledKernel k = GuardedVectorizer.compile(p, VectorOptions.DEFAULT.withWidth(w));
            for (int n : new int[] {17, 100, 1001}) {
                Object[] expectedArgs = arguments(p, n, n), actualArgs = arguments(p, n, n);
                for (int q = 0; q < n; q += 3) {
                    ((NDArray) expectedArgs[1]).setDouble(0.0, q);
                    ((NDArray) actualArgs[1]).setDouble(0.0, q);
                }
                Interpreter.run(p, expectedArgs);
                k.invoke(actualArgs);
                for (int q = 0; q < n; q++) {
                    assertEquals(((NDArray) expectedArgs[2]).getDouble(q), ((NDArray) actualArgs[2]).getDouble(q),
                            p.entry().pythonName() + " @" + w + " n=" + n);
                }
            }
        }
    }

    /**
     * Loop-invariant divisors are checked once before the loop (z / y after y): nonzero, the vector path runs to the
     * end (the guarded compile fails otherwise); a zero y or z makes the scalar loop raise at the first iteration, as
     * the interpreter does.
     */
    @Test
    void invariantDivisorsAreCheckedBeforeTheLoop() {
        Type f64 = array(DType.FLOAT64);
        Program p = PythonKernels.compile(SOURCE, "scale", List.of(f64, Type.FLOAT64, Type.FLOAT64, f64));
        String text = Explain.of(p, VectorOptions.DEFAULT);
        assertTrue(text.contains("reductions: none, division guarded: 3 divisors checked before the loop (zero: "), text);
        for (SpeciesWidth w : SpeciesWidth.values()) {
            CompiledKernel guarded = GuardedVectorizer.compile(p, VectorOptions.DEFAULT.withWidth(w));
            CompiledKernel plain = KernelCompiler.compile(p, new Vectorizer(VectorOptions.DEFAULT.withWidth(w)));
            for (int n : new int[] {0, 1, 9, 100}) {
                for (double[] yz : new double[][] {{0.75, 1.5}, {0.0, 1.5}, {0.75, 0.0}}) {
                    String where = w + " n=" + n + " y, z = " + yz[0] + ", " + yz[1];
                    NDArray a = NDArray.random(n, n), expected = NDArray.zeros(DType.FLOAT64, n), actual = NDArray.zeros(DType.FLOAT64, n);
                    boolean zero = yz[0] == 0 || yz[1] == 0;
                    KernelRuntimeError e = null, g = null;
                    try {
                        Interpreter.run(p, a, yz[0], yz[1], expected);
                    } catch (KernelRuntimeError x) {
                        e = x;
                    }
                    try {
                        (zero ? plain : guarded).invoke(a, yz[0], yz[1], actual);
                    } catch (KernelRuntimeError x) {
                        g = x;
                    }
                    assertEquals(zero && n > 0, e != null, where);
                    assertEquals(e == null ? null : e.getMessage(), g == null ? null : g.getMessage(), where);
                    for (int q = 0; q < n; q++) assertEquals(expected.getDouble(q), actual.getDouble(q), where);
                }
            }
        }
    }

    /** A division after a store could not be replayed exactly: the loop stays scalar and says why. */
    @Test
    void divisionAfterAStoreStaysScalar() {
        Program p = compile("store_then_divide", DType.FLOAT64, DType.FLOAT64);
        String text = Explain.of(p, VectorOptions.DEFAULT);
        assertTrue(text.contains(": not vectorized: division after the store to b: its ZeroDivisionError "
                + "(error_model='python') could not be replayed from the vector step's start"), text);
    }
}
