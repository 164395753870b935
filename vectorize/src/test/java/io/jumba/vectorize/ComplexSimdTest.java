package io.jumba.vectorize;

import io.jumba.array.Complex;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.ir.Program;
import io.jumba.ir.Var;
import io.jumba.jit.CompiledKernel;
import io.jumba.jit.KernelCompiler;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Complex lanes: loops over complex64 and complex128 arrays run as vector code on the interleaved storage (real and
 * imaginary parts in neighbouring lanes) for + - *, / (NumPy's error model and array division), negation, conjugate,
 * .real, .imag, abs, float arrays read as complex and sums. At every species width, for both complex dtypes: Explain's verdict (vectorized, or the exact
 * reason not), and agreement with the interpreter for trip counts around the lane counts (0, 1, odd, several
 * strips); complex results compare exactly (both parts, bit for bit but NaN's payload), abs within Differential's
 * float tolerance, as math.hypot's lanes. Strided views fall back to the scalar loop.
 */
class ComplexSimdTest {
    private static final String SOURCE = """
            import numpy as np
            from numba import njit

            @njit
            def mul_add(x, y, z, out):
                for i in range(x.shape[0]):
                    out[i] = x[i] * y[i] + z[i]

            @njit
            def scaled(x, c, out):
                for i in range(x.shape[0]):
                    out[i] = c * x[i] - x[i] * 2.0

            @njit
            def neg_conj(x, out):
                for i in range(x.shape[0]):
                    out[i] = -x[i].conjugate() + np.conj(x[i])

            @njit
            def parts(x, re, im, mag):
                for i in range(x.shape[0]):
                    re[i] = x[i].real
                    im[i] = x[i].imag
                    mag[i] = abs(x[i])

            @njit
            def real_times(a, x, out):
                for i in range(x.shape[0]):
                    out[i] = a[i] * x[i]

            @njit
            def total(x, s):
                for i in range(x.shape[0]):
                    s += x[i]
                return s

            @njit
            def dot_conj(x, y, s):
                for i in range(x.shape[0]):
                    s += x[i] * np.conj(y[i])
                return s

            @njit
            def np_sum(x):
                return np.sum(x)

            @njit
            def arrays(x, y, out):
                out[:] = x * y - np.conj(x)

            @njit
            def quotient(x, y, out):
                for i in range(x.shape[0]):
                    out[i] = x[i] / y[i]

            @njit
            def positive_only(x, out):
                for i in range(x.shape[0]):
                    if x[i].real > 0.0:
                        out[i] = x[i]

            @njit(error_model='numpy')
            def quotient_numpy(x, y, out):
                for i in range(x.shape[0]):
                    out[i] = x[i] / y[i]

            @njit
            def array_quotient(x, y, out):
                out[:] = x / y

            @njit
            def first_times(x, out):
                for i in range(x.shape[0]):
                    t = x[i] * x[0]
                    out[i] = t + t.conjugate()

            @njit
            def imag_where_positive(x, im):
                for i in range(x.shape[0]):
                    if x[i].real > 0.0:
                        im[i] = x[i].imag

            @njit
            def product(x, s):
                for i in range(x.shape[0]):
                    s *= x[i]
                return s
            """;

    /**
     * One kernel, its arguments' kinds: "c" a 1-d complex array, "f" a 1-d float array of the parts'
     * type, "cs" a complex scalar; verdicts: Explain's loop lines after "line N: " (N: the line of the function's loop,
     * its first line holding "for " or "[:]", or the prelude's for np.sum; with "{shape}" for the lanes and species)
     * where it vectorizes, or null with the reason its loop stays scalar; widest: the bytes of its widest element
     * type (the lanes are the width's bits / 8 / widest; below 16 bytes of it, species of fewer than 128 bits
     * leave it scalar, as complex lanes need 128).
     */
    private record Case(String function, List<String> kinds, List<String> verdicts, String scalarReason, int widest) {
        Case(String function, List<String> kinds, List<String> verdicts, String scalarReason) {
            this(function, kinds, verdicts, scalarReason, 0);
        }

        /** The least species width at which it vectorizes, for complex lanes of c. */
        int minBits(DType c) { return 128 * Math.max(widest, c.itemSize()) / c.itemSize(); }
    }

    private static final String MAP = "{shape}, unroll 1, tail: masked vector step, reductions: none";
    private static final String SUM = "{shape}, unroll 4, tail: masked vector step, reductions: s (+)";

    private static List<Case> cases(DType c) {
        String t = c.numpyName(), f = c.part().numpyName();
        return List.of(
                new Case("mul_add", List.of("c", "c", "c", "c"), List.of("vectorized: " + t + " " + MAP), null),
                // 2.0 is a float64: with complex64 it computes in complex128 (NumPy's promotion), converted in lanes
                new Case("scaled", List.of("c", "cs", "c"), List.of("vectorized: " + (c == DType.COMPLEX64
                        ? "complex64/complex128 " : t + " ") + MAP), null, 16),
                new Case("neg_conj", List.of("c", "c"), List.of("vectorized: " + t + " " + MAP), null),
                new Case("parts", List.of("c", "f", "f", "f"), List.of("vectorized: " + f + "/" + t + " " + MAP), null),
                new Case("real_times", List.of("f", "c", "c"), List.of("vectorized: " + f + "/" + t + " " + MAP), null),
                new Case("total", List.of("c", "cs"), List.of("vectorized: " + t + " " + SUM), null),
                new Case("dot_conj", List.of("c", "c", "cs"), List.of("vectorized: " + t + " " + SUM), null),
                // the prelude's loop, for v in a: v is assigned, so the last iteration runs scalar
                new Case("np_sum", List.of("c"), List.of("vectorized: " + t + " " + SUM.replace("s (+)", "total (+)")
                        .replace("masked vector step", "masked vector step, last iteration scalar")), null),
                new Case("arrays", List.of("c", "c", "c"), List.of("vectorized: " + t + " " + MAP,
                        "vectorized: " + t + " " + MAP), null),
                new Case("quotient", List.of("c", "c", "c"), null, "operator div on " + t + " has no exact vector form"
                        + " under error_model='python' (a zero divisor raises ZeroDivisionError, which complex lanes do not"
                        + " check for; error_model='numpy' and array division divide in lanes)"),
                // Smith's algorithm in lanes, zero divisors (NumPy's infinities and NaN) included
                new Case("quotient_numpy", List.of("c", "c", "c"), List.of("vectorized: " + t + " " + MAP), null),
                // np.true_divide of complex64 computes in complex128 and rounds, as its scalar code
                new Case("array_quotient", List.of("c", "c", "c"), Collections.nCopies(2, "vectorized: " + (c == DType.COMPLEX64
                        ? "complex64/complex128 " : t + " ") + MAP), null, 16),
                new Case("positive_only", List.of("c", "c"), null, "store to complex array out under a condition"
                        + " (complex lanes (two per element) take no masks but the last step's)"),
                // a uniform element (read as a Complex and broadcast) and a temporary (the last iteration runs scalar)
                new Case("first_times", List.of("c", "c"), List.of("vectorized: " + t + " " + MAP.replace("masked vector step",
                        "masked vector step, last iteration scalar, loads: x[0] broadcast")), null),
                // a float store under a condition, complex values read in every lane (complex64's real part compares
                // with the float64 0.0 as float64)
                new Case("imag_where_positive", List.of("c", "f"), List.of("vectorized: " + f + "/"
                        + (c == DType.COMPLEX64 ? "float64/" : "") + t + " " + MAP), null),
                new Case("product", List.of("c", "cs"), null, "complex accumulator s (*): of complex values only sums"
                        + " have lanes (a product mixes the parts)"));
    }

    @TestFactory
    Stream<DynamicNode> complexLoopsVectorizeAtEveryWidth() {
        return Stream.of(DType.COMPLEX128, DType.COMPLEX64).flatMap(c -> cases(c).stream().map(k ->
                DynamicContainer.dynamicContainer(k.function() + " " + c.numpyName(), Arrays.stream(SpeciesWidth.values())
                        .map(w -> DynamicTest.dynamicTest(k.function() + " " + c.numpyName() + " @" + w, () -> check(k, c, w))))));
    }

    private static void check(Case k, DType c, SpeciesWidth width) {
        Program p = PythonKernels.compile(SOURCE, k.function(), types(k.kinds(), c));
        VectorOptions options = VectorOptions.DEFAULT.withWidth(width);
        String explain = Explain.of(p, options);
        List<String> loops = explain.lines().filter(l -> l.startsWith("  line ")).map(String::strip).toList();
        int line = loopLine(k.function());
        if (line > 0) assertTrue(loops.stream().allMatch(l -> l.startsWith("line " + line + ": ")), explain);
        loops = loops.stream().map(l -> l.replaceFirst("^line \\d+: ", "")).toList();
        // complex lanes need 128 bits: below, every loop stays scalar, saying so
        boolean vectorizes = k.verdicts() != null && width.bits() >= k.minBits(c);
        if (vectorizes) {
            int lanes = width.bits() / 8 / Math.max(k.widest(), c.itemSize());
            String shape = "x " + lanes + " lanes (species " + width.speciesSuffix().toLowerCase() + ", " + width.bits() + " bits)";
            assertEquals(k.verdicts().stream().map(v -> v.replace("{shape}", shape)).toList(), loops, explain);
        } else {
            String reason = k.scalarReason() != null ? k.scalarReason() : c.numpyName() + " lanes need a species of 128 bits or more";
            assertFalse(loops.isEmpty(), explain);
            assertTrue(loops.stream().allMatch(l -> l.startsWith("not vectorized: ") && l.contains(reason)), explain);
        }
        CompiledKernel compiled = GuardedVectorizer.compile(p, options);
        assertEquals(vectorizes, compiled.javaSource().contains(VectorTypes.complexLanesClass(c) + ".of("), compiled.javaSource());
        boolean nonZero = k.function().equals("quotient");
        boolean sums = k.verdicts() != null && k.verdicts().getFirst().contains("(+)");
        for (int n : trips(width)) {
            String where = k.function() + " " + c.numpyName() + " @" + width + " n=" + n;
            if (sums) {
                compareSums(p, compiled, arguments(p.entry().params(), k.kinds(), c, n, 1, nonZero), c, where);
            } else {
                Differential.compare(p, compiled, () -> arguments(p.entry().params(), k.kinds(), c, n, 1, nonZero), where, false);
            }
        }
    }

    /**
     * A sum's result against the interpreter's sequential one: each part within the error bound of summing in any
     * order, 2 (n + 2) u (|s| + the magnitudes of the part's terms) with u the unit roundoff of the parts' type (a
     * term is an element's part, or for a dot product the two products making the part); where a term is NaN or
     * infinite, the same value. The kernels' arrays are only read.
     */
    private static void compareSums(Program p, CompiledKernel k, Object[] args, DType c, String where) {
        Complex expected = (Complex) io.jumba.interp.Interpreter.run(p, args.clone());
        Complex actual = (Complex) k.invoke(args.clone());
        NDArray x = (NDArray) args[0];
        NDArray y = args.length > 1 && args[1] instanceof NDArray a ? a : null;
        Complex s0 = args[args.length - 1] instanceof Complex s ? s : Complex.ZERO;
        // per part, the magnitudes of what it sums: re(x conj(y)) = ac + bd, im = bc - ad, or the element's part
        double re = Math.abs(s0.re()), im = Math.abs(s0.im());
        for (int q = 0; q < x.size(); q++) {
            Complex a = (Complex) x.get(q);
            if (y == null) {
                re += Math.abs(a.re());
                im += Math.abs(a.im());
            } else {
                Complex b = (Complex) y.get(q);
                re += Math.abs(a.re() * b.re()) + Math.abs(a.im() * b.im());
                im += Math.abs(a.im() * b.re()) + Math.abs(a.re() * b.im());
            }
        }
        double u = 2.0 * (x.size() + 2) * (c == DType.COMPLEX64 ? 0x1p-24 : 0x1p-53);
        double[][] parts = {{expected.re(), actual.re(), u * re}, {expected.im(), actual.im(), u * im}};
        for (double[] part : parts) {
            // a bound that is not finite means a NaN or infinite term, which the sum has in any order
            boolean close = Double.isFinite(part[2]) ? Math.abs(part[0] - part[1]) <= part[2] : Double.compare(part[0], part[1]) == 0;
            assertTrue(close, where + ": expected " + expected + " got " + actual + " (bound " + part[2] + ")");
        }
    }

    /** The source line of function's loop (its first line holding "for " or "[:]"), or 0 when it has none. */
    private static int loopLine(String function) {
        List<String> lines = SOURCE.lines().toList();
        int def = 0;
        while (!lines.get(def).startsWith("def " + function + "(")) def++;
        for (int q = def + 1; q < lines.size() && !lines.get(q).startsWith("def "); q++) {
            if (lines.get(q).contains("for ") || lines.get(q).contains("[:]")) return q + 1;
        }
        return 0;
    }

    /** 0, 1, odd counts, and around one, two and several steps (of the widest lanes: complex64's at 128 bits). */
    private static List<Integer> trips(SpeciesWidth width) {
        int lanes = Math.max(1, width.bits() / 64);
        List<Integer> trips = new ArrayList<>(List.of(0, 1, 2, 3, 7, 33));
        for (int l : List.of(lanes, 2 * lanes)) trips.addAll(List.of(l - 1, l, l + 1, 4 * l + 3, 37 * l + 1));
        return trips.stream().distinct().sorted().toList();
    }

    private static List<Type> types(List<String> kinds, DType c) {
        return kinds.stream().<Type>map(k -> switch (k) {
            case "c" -> Type.array(c, 1, Layout.C);
            case "f" -> Type.array(c.part(), 1, Layout.C);
            case "sa" -> Type.array(c, 1, Layout.A);
            case "cs" -> Type.scalar(c);
            default -> throw new IllegalArgumentException(k);
        }).toList();
    }

    /** Sample parts: mostly random, with zeros of both signs (unless nonZero), infinities and NaN now and then. */
    private static double part(Random rnd, boolean nonZero) {
        return switch (rnd.nextInt(40)) {
            case 0 -> nonZero ? 0.5 : -0.0;
            case 1 -> nonZero ? -0.5 : 0.0;
            case 2 -> Double.POSITIVE_INFINITY;
            case 3 -> Double.NaN;
            default -> rnd.nextDouble() * 8 - 4;
        };
    }

    /**
     * Arguments of n elements, each array at an odd offset into a longer buffer (never aligned) and step elements
     * apart (1: contiguous); a complex scalar 1.25-0.5j. nonZero: no zero parts (divisors).
     */
    private static Object[] arguments(List<Var> params, List<String> kinds, DType c, int n, int step, boolean nonZero) {
        Random rnd = new Random(7 + n);
        Object[] args = new Object[params.size()];
        for (int q = 0; q < args.length; q++) {
            String kind = kinds.get(q);
            if (kind.equals("cs")) {
                args[q] = c == DType.COMPLEX64 ? new Complex(1.25, -0.5).toSingle() : new Complex(1.25, -0.5);
                continue;
            }
            DType d = kind.equals("f") ? c.part() : c;
            NDArray buf = NDArray.zeros(d, n * step + 3);
            for (int e = 0; e < buf.size(); e++) {
                if (d.isComplex()) buf.writeComplex(e, new Complex(part(rnd, nonZero), part(rnd, nonZero)));
                else buf.writeDouble(e, part(rnd, nonZero));
            }
            args[q] = buf.slice(0, 1, n * step + 1, step);
        }
        return args;
    }

    @Test
    void strictKeepsComplexSumsSequential() {
        for (DType c : List.of(DType.COMPLEX128, DType.COMPLEX64)) {
            Program p = PythonKernels.compile(SOURCE, "total", types(List.of("c", "cs"), c));
            VectorOptions strict = VectorOptions.DEFAULT.withWidth(SpeciesWidth.S256).withStrict(true);
            String explain = Explain.of(p, strict);
            assertTrue(explain.contains("not vectorized: strict: complex reduction s += kept sequential"), explain);
            CompiledKernel k = GuardedVectorizer.compile(p, strict);
            for (int n : List.of(0, 5, 100)) {
                // sequential: the interpreter's bits exactly
                Differential.compare(p, k, () -> arguments(p.entry().params(), List.of("c", "cs"), c, n, 1, false),
                        "strict total " + c.numpyName() + " n=" + n, true);
            }
        }
    }

    @Test
    void stridedViewsFallBackToTheScalarLoop() {
        for (DType c : List.of(DType.COMPLEX128, DType.COMPLEX64)) {
            List<String> kinds = List.of("sa", "sa", "sa", "sa");
            Program p = PythonKernels.compile(SOURCE, "mul_add", types(kinds, c));
            VectorOptions options = VectorOptions.DEFAULT.withWidth(SpeciesWidth.S256);
            CompiledKernel k = KernelCompiler.compile(p, new Vectorizer(options));
            assertTrue(k.javaSource().contains(VectorTypes.complexLanesClass(c) + ".of("), k.javaSource());
            for (int step : List.of(1, 2, 3)) {
                for (int n : List.of(0, 1, 5, 17, 64)) {
                    Differential.compare(p, k, () -> arguments(p.entry().params(), kinds, c, n, step, false),
                            "mul_add " + c.numpyName() + " step " + step + " n=" + n, false);
                }
            }
        }
    }
}
