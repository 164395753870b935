package io.jumba.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.jumba.Jumba;
import io.jumba.Kernel;
import io.jumba.array.NDArray;
import io.jumba.vectorize.LoopVerdict;
import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Every case of the benchmark suite (bench/kernels), compiled with the signature cases.json gives it, gets exactly the
 * vectorization verdicts below from {@link Kernel#explain} (which loops vectorize, element types, unroll, tail,
 * reductions, nests and tiling), so a kernel that silently falls back to scalar code fails here; and its compiled
 * results agree with the interpreter's on small inputs. The suite is found by {@link BenchKernels#dir()}, which
 * fails when there is none. Lanes and species depend on the machine and the {@code jumba.simd.*} properties, so
 * the expected text writes them as {8} and {4} (elements of 8 and 4 bytes); {short} is the inner-loop length up
 * to which a nest is outer-loop vectorized. Scalar loops are checked by verdict, not by the wording of the reason.
 */
class BenchKernelsVectorizationTest {
    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        String reduce8 = "{8}, unroll 4, tail: masked vector step, reductions: ";
        String map8 = "{8}, unroll 1, tail: masked vector step, reductions: none";
        String map8LastScalar = "{8}, unroll 1, tail: masked vector step, last iteration scalar, reductions: none";
        EXPECTED.put("sum", """
                function sum_loop (sum_loop__float64_1dC):
                  line 12: vectorized: float64 %stotal (+)
                """.formatted(reduce8));
        EXPECTED.put("dot", """
                function dot (dot__float64_1dC_float64_1dC):
                  line 12: vectorized: float64 %sacc (+)
                """.formatted(reduce8));
        EXPECTED.put("dot_f32", """
                function dot (dot__float32_1dC_float32_1dC):
                  line 12: vectorized: float32/float64 %sacc (+)
                """.formatted(reduce8));
        EXPECTED.put("triad", """
                function triad (triad__float64_1dC_float64_1dC_float64_float64_1dC):
                  line 7: vectorized: float64 %s
                """.formatted(map8));
        EXPECTED.put("sumsq_prange", """
                function sumsq (sumsq__float64_1dC):
                  line 8: parallel: chunks of at least 6592 iterations (5 work units each), at most 256; under 13108 iterations \
                the serial loop; each chunk: \
                vectorized: float64 %sacc (+)
                    reductions: acc SUM
                    read only: a
                    reductions combine per-chunk partials in a fixed tree: the same bits for any thread count
                """.formatted(reduce8));
        EXPECTED.put("sum_exp_prange", """
                function sum_exp (sum_exp__float64_1dC):
                  line 12: parallel: chunks of at least 8192 iterations (4 work units each), at most 256; under 16384 iterations \
                the serial loop; each chunk: \
                vectorized: float64 %sacc (+)
                    reductions: acc SUM
                    read only: a
                    reductions combine per-chunk partials in a fixed tree: the same bits for any thread count
                """.formatted(reduce8));
        EXPECTED.put("sum_exp_array", """
                function sum_exp_array (sum_exp_array__float64_1dC):
                  line 19: parallel (whole-array expression): chunks of at least 6592 iterations (5 work units each), at most 256; \
                under 13108 iterations the serial loop; each chunk: \
                vectorized: float64 {8}, unroll 4, tail: masked vector step, last iteration scalar, reductions: $acc1 (+)
                    private: $t3
                    reductions: $acc1 SUM
                    read only: a
                    reductions combine per-chunk partials in a fixed tree: the same bits for any thread count
                """);
        EXPECTED.put("exp_map", """
                function exp_map (exp_map__float64_1dC_float64_1dC):
                  line 8: vectorized: float64 %s
                """.formatted(map8));
        EXPECTED.put("exp_map_f32", """
                function exp_map (exp_map__float32_1dC_float32_1dC):
                  line 8: vectorized: float32 {4}, unroll 1, tail: masked vector step, reductions: none
                """);
        EXPECTED.put("log_sin_map", """
                function log_sin_map (log_sin_map__float64_1dC_float64_1dC):
                  line 8: vectorized: float64 %s
                """.formatted(map8LastScalar));
        EXPECTED.put("clip_where", """
                function clip_where (clip_where__float64_1dC_float64_float64_float64_1dC):
                  line 10: vectorized: float64 %s
                """.formatted(map8LastScalar));
        EXPECTED.put("horner", """
                function horner (horner__float64_1dC_float64_1dC):
                  line 14: vectorized: float64 %s
                """.formatted(map8LastScalar));
        EXPECTED.put("black_scholes", """
                function black_scholes (black_scholes__float64_1dC_float64_1dC_float64_1dC_float64_1dC_float64_1dC):
                  line 21: vectorized: float64 %s, division guarded: 2 divisors per vector step (zero: the scalar loop raises ZeroDivisionError)
                function cnd (cnd__float64):
                  no loops
                """.formatted(map8LastScalar));
        EXPECTED.put("black_scholes_prange", """
                function black_scholes_prange (black_scholes_prange__float64_1dC_float64_1dC_float64_1dC_float64_1dC_float64_1dC):
                  line 35: parallel: chunks of at least 768 iterations (45 work units each), at most 256; under 1457 iterations \
                the serial loop; each chunk: \
                vectorized: float64 %s, division guarded: 2 divisors per vector step (zero: the scalar loop raises ZeroDivisionError)
                    private: s, k, t, vol_sqrt_t, d1, d2, k_disc, $cse0, $cse1
                    written at own index: call, put
                    read only: price, strike, years
                function cnd (cnd__float64):
                  no loops
                """.formatted(map8LastScalar));
        EXPECTED.put("mandelbrot", """
                function mandelbrot (mandelbrot__float64_float64_float64_float64_int64_int32_2dC):
                  line 26: not outer-loop vectorized
                  line 28: outer-loop vectorized over c: int32/int64/float64 {8}, unroll 1 (jammed), while loop (line 15) runs per lane until its condition fails (it ends when no lane is left), tail: masked vector step, last iteration scalar, stores: out[r, c] contiguous, reductions: none
                  line 15: not vectorized
                function escape_count (escape_count__float64_float64_int64):
                  line 15: not vectorized
                """);
        EXPECTED.put("mandelbrot_prange", """
                function mandelbrot_prange (mandelbrot_prange__float64_float64_float64_float64_int64_int32_2dC):
                  line 37: parallel: chunks of at least 1 iterations (82499 work units each), at most 256; under 1 iterations \
                the serial loop; each chunk: \
                not outer-loop vectorized: body holds a while loop
                    private: ci, c, escape_count$cr, escape_count$zr, escape_count$zi, escape_count$n, escape_count$$1, \
                escape_count$$2, escape_count$return
                    written at own index: out
                  line 39: outer-loop vectorized over c: int32/int64/float64 {8}, unroll 1 (jammed), while loop (line 15) runs per lane until its condition fails (it ends when no lane is left), tail: masked vector step, last iteration scalar, stores: out[r, c] contiguous, reductions: none
                  line 15: not vectorized
                function escape_count (escape_count__float64_float64_int64):
                  line 15: not vectorized
                """);
        EXPECTED.put("pairwise_dist", """
                function pairwise_dist (pairwise_dist__float64_2dC_float64_2dC):
                  line 9: register-tiled: 4 rows of i at a time jammed into the outer-loop vectorized j loop (line 10), 4 x 1 vector steps per inner iteration; remaining rows as below
                  line 10: outer-loop vectorized over j: float64 {8}, unroll 3 (jammed), inner loop k (line 12) runs per lane while it has fewer than {short} iterations (else it is vectorized itself), tail: masked vector step, last iteration scalar, loads: P[i, k] broadcast, P[j, k] gather (stride P.shape[1]), stores: out[i, j] contiguous, reductions: none
                  line 12: vectorized: float64 {8}, unroll 4, tail: masked vector step, last iteration scalar, reductions: acc (+)
                """);
        EXPECTED.put("jacobi", """
                function jacobi_step (jacobi_step__float64_2dC_float64_2dC):
                  line 10: vectorized: float64 %s
                """.formatted(map8));
        EXPECTED.put("matmul", """
                function matmul (matmul__float64_2dC_float64_2dC_float64_2dC):
                  line 9: register-tiled: 4 rows of i at a time jammed into the outer-loop vectorized j loop (line 10), 4 x 2 vector steps per inner iteration; remaining rows as below
                  line 10: outer-loop vectorized over j: float64 {8}, unroll 4 (jammed), inner loop k (line 12) runs per lane, tail: masked vector step, last iteration scalar, loads: A[i, k] broadcast, B[k, j] contiguous, stores: C[i, j] contiguous, reductions: none
                  line 12: not vectorized
                """);
        EXPECTED.put("histogram", """
                function histogram (histogram__float64_1dC_float64_float64_int64_1dC):
                  line 12: vectorized: int64 %s
                  line 14: not vectorized
                """.formatted(map8));
        EXPECTED.put("softmax", """
                function softmax_rows (softmax_rows__float64_2dC_float64_2dC):
                  line 12: vectorized: int64/float64 {8}, unroll 4, tail: masked vector step, reductions: top (max)
                  line 16: vectorized: float64 {8}, unroll 4, tail: masked vector step, last iteration scalar, reductions: total (+)
                  line 21: vectorized: float64 %s
                """.formatted(map8));
        EXPECTED.put("logsumexp", """
                function logsumexp_rows (logsumexp_rows__float64_2dC_float64_1dC):
                  line 11: vectorized: int64/float64 {8}, unroll 4, tail: masked vector step, last iteration scalar, reductions: $acc1 (max)
                  line 12: vectorized: float64 {8}, unroll 4, tail: masked vector step, last iteration scalar, reductions: $acc5 (+)
                """);
        // np.cumsum is a prelude function: its loops show as "line prelude" (verdictsOnly). out[:] = np.cumsum(a) runs
        // the destination form's loop into out, or where out overlaps a (or has another length) np.cumsum's loop, then
        // the copy into out (the two line 11 loops: the same length, or a length-1 result broadcast)
        EXPECTED.put("cumsum", """
                function cumsum (cumsum__float64_1dC_float64_1dC):
                  line prelude: not vectorized
                  line prelude: not vectorized
                  line 11: vectorized: float64 {8}, unroll 1, tail: masked vector step, reductions: none
                  line 11: vectorized: float64 {8}, unroll 1, tail: masked vector step, reductions: none
                function __jumba_cumsum_inexact_into (__jumba_cumsum_inexact_into__float64_1dC_float64_1dC):
                  line prelude: not vectorized
                function __jumba_cumsum_inexact (__jumba_cumsum_inexact__float64_1dC):
                  line prelude: not vectorized
                """);
        // np.sort is the runtime's (Sorts), no loop of the kernel's
        EXPECTED.put("sort", """
                function sort_copy (sort_copy__float64_1dC_float64_1dC):
                  line 12: vectorized: float64 {8}, unroll 1, tail: masked vector step, reductions: none
                  line 12: vectorized: float64 {8}, unroll 1, tail: masked vector step, reductions: none
                """);
        // np.histogram with a bin count is the runtime's (Histograms): only the copy of its counts into counts
        EXPECTED.put("np_histogram", """
                function np_histogram (np_histogram__float64_1dC_float64_float64_int64_1dC):
                  line 12: vectorized: int64 {8}, unroll 1, tail: masked vector step, reductions: none
                  line 12: vectorized: int64 {8}, unroll 1, tail: masked vector step, reductions: none
                """);
        EXPECTED.put("monte_carlo_pi", """
                function monte_carlo_pi (monte_carlo_pi__int64_int64_1dC):
                  line 15: not vectorized
                """);
    }

    /** Size parameters of the differential runs: the cases' small sizes capped here, odd so tails are partial. */
    private static final int MAX_EXTENT = 67;

    /** The start of an explain line about the loop at a source line. */
    private static final Pattern LINE = Pattern.compile("^  line (\\d+):");

    @Test
    void everyCaseHasExpectedVerdicts() {
        assertEquals(EXPECTED.keySet().stream().sorted().toList(),
                BenchCase.all(BenchKernels.dir()).stream().map(BenchCase::name).sorted().toList());
    }

    @TestFactory
    Stream<DynamicTest> explainGivesTheExpectedVerdicts() {
        return BenchCase.all(BenchKernels.dir()).stream().map(c -> DynamicTest.dynamicTest(c.name() + " " + c.numbaSignature(), () -> {
            Kernel k = kernel(c);
            String explain = k.explain(c.numbaSignature());
            int kernelLines = Files.readAllLines(c.path()).size();
            assertEquals(expand(EXPECTED.get(c.name())), verdictsOnly(explain, kernelLines), c.name() + ":\n" + explain);
            assertEquals(explain.contains(": vectorized") || explain.contains("outer-loop vectorized over"),
                    k.javaSource(c.numbaSignature()).contains("VectorSpecies"), c.name() + ": Vector API code iff Explain says so");
        }));
    }

    @TestFactory
    Stream<DynamicTest> compiledAgreesWithTheInterpreter() {
        return BenchCase.all(BenchKernels.dir()).stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            BenchCase small = smallerSizes(c);
            Kernel k = kernel(c);
            Object[] compiledArgs = small.inputs("test"), interpretedArgs = small.inputs("test");
            Object compiled = k.call(compiledArgs), interpreted = k.interpret(interpretedArgs);
            if (c.returns() != null) {
                ResultCheck.require(c.name() + " result", ResultCheck.relErr(((Number) interpreted).doubleValue(),
                        ((Number) compiled).doubleValue()), c.rtol());
            }
            for (int i : c.outputIndices()) {
                ResultCheck.require(c.name() + " output " + c.args().get(i).name(), ResultCheck.relErr(
                        ResultCheck.toDoubles((NDArray) interpretedArgs[i]), ResultCheck.toDoubles((NDArray) compiledArgs[i])), c.rtol());
            }
        }));
    }

    private static Kernel kernel(BenchCase c) throws IOException {
        return Jumba.jit(c.path()).function(c.function());
    }

    /** c with one size, "test": its small size parameters capped at {@link #MAX_EXTENT}. */
    private static BenchCase smallerSizes(BenchCase c) {
        Map<String, Integer> params = c.sizeParams("small").entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Math.min(e.getValue(), MAX_EXTENT)));
        return new BenchCase(c.dir(), c.name(), c.file(), c.function(), c.parallel(), c.returns(),
                Map.of("test", params), c.args(), c.rtol(), c.seed());
    }

    /**
     * Explain's text with each scalar loop's reason left out, and the lines past the kernel file's end (loops of the
     * prelude's functions, whose line numbers move whenever the prelude changes) as {@code line prelude}.
     */
    private static String verdictsOnly(String explain, int kernelLines) {
        return explain.lines().map(l -> l.replaceFirst("^(  line \\d+: not (outer-loop )?vectorized): .*$", "$1"))
                .map(l -> {
                    Matcher m = LINE.matcher(l);
                    return m.find() && Integer.parseInt(m.group(1)) > kernelLines ? m.replaceFirst("  line prelude:") : l;
                })
                .collect(Collectors.joining("\n", "", "\n"));
    }


    /** The expected text with the lanes, species and inner-loop limit of the width explain reports for. */
    private static String expand(String expected) {
        SpeciesWidth width = VectorOptions.fromSystemProperties().width();
        String species = width == SpeciesWidth.PREFERRED ? "preferred" : Integer.toString(width.bits());
        Function<Integer, String> lanes = bytes -> "x " + width.bits() / 8 / bytes + " lanes (species " + species + ", "
                + width.bits() + " bits)";
        return expected.replace("{8}", lanes.apply(8)).replace("{4}", lanes.apply(4))
                .replace("{short}", Integer.toString(LoopVerdict.Vectorizable.SHORT_INNER_STEPS * width.bits() / 64));
    }
}
