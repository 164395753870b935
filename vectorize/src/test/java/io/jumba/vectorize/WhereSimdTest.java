package io.jumba.vectorize;

import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import io.jumba.array.DType;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Conditionals as masks: {@code np.where} (fused into the loop as a vector blend under a compare mask) and a
 * piecewise function written as an if/elif/else chain (a masked store per branch, each branch's mask the "and not"
 * of the earlier conditions). At every species width: Explain's exact verdict, the blend or the masks in the
 * generated code, and agreement with the interpreter for trip counts around the lane count.
 */
class WhereSimdTest {
    private static final String SOURCE = """
            import math
            import numpy as np
            from numba import njit

            @njit
            def where_map(x, dst, lo):
                dst[:] = np.where(x > lo, x * 2.0, -x)

            @njit
            def where_sum(x, lo):
                return np.sum(np.where(x > lo, x, 0.0))

            @njit
            def piecewise(x, dst, a, b):
                for i in range(x.shape[0]):
                    v = x[i]
                    if v < -a:
                        dst[i] = -1.0 - v * v
                    elif v < 0.0:
                        dst[i] = v
                    elif v < b:
                        dst[i] = v * 0.5
                    else:
                        dst[i] = math.sqrt(v)
            """;

    private static final Type C1 = Type.array(DType.FLOAT64, 1, Layout.C);
    private static final Type C2 = Type.array(DType.FLOAT64, 2, Layout.C);
    private static final Type F1 = Type.array(DType.FLOAT32, 1, Layout.C);

    /**
     * One kernel and signature; verdict: Explain's line per loop with "{shape}" for the lanes and species; code:
     * texts the generated source must hold; mixedWidths: element types of two sizes, left scalar at 64 bits.
     */
    private record Case(String function, List<Type> args, List<String> verdict, List<String> code, boolean mixedWidths) {}

    private static final String MAP = "{shape}, unroll 1, tail: masked vector step, reductions: none";
    private static final List<String> BLEND = List.of(".blend(", ".compare(VectorOperators.GT");

    private static List<Case> cases() {
        return List.of(
                // Two innermost loops each: x of dst's shape, and x broadcast along a length-1 axis.
                new Case("where_map", List.of(C1, C1, Type.FLOAT64), List.of("line 7: vectorized: float64 " + MAP,
                        "line 7: vectorized: float64 " + MAP), BLEND, false),
                new Case("where_map", List.of(C2, C2, Type.FLOAT64), List.of("line 7: vectorized: float64 " + MAP,
                        "line 7: vectorized: float64 " + MAP), BLEND, false),
                new Case("where_map", List.of(F1, F1, Type.FLOAT64), List.of("line 7: vectorized: float32/float64 " + MAP,
                        "line 7: vectorized: float32/float64 " + MAP), BLEND, true),
                new Case("where_sum", List.of(C1, Type.FLOAT64), List.of("line 11: vectorized: float64 {shape}, unroll 4, "
                        + "tail: masked vector step, last iteration scalar, reductions: $acc1 (+)"), BLEND, false),
                new Case("piecewise", List.of(C1, C1, Type.FLOAT64, Type.FLOAT64), List.of("line 15: vectorized: float64 {shape}, "
                        + "unroll 1, tail: masked vector step, last iteration scalar, reductions: none"),
                        List.of(".compare(VectorOperators.LT", ".not()", ".and("), false));
    }

    @TestFactory
    Stream<DynamicNode> conditionalsVectorizeWithMasks() {
        return cases().stream().map(c -> DynamicContainer.dynamicContainer(c.function() + c.args(),
                Arrays.stream(SpeciesWidth.values()).map(w -> DynamicTest.dynamicTest(c.function() + c.args() + " @" + w, () -> check(c, w)))));
    }

    private static void check(Case c, SpeciesWidth width) {
        Program p = PythonKernels.compile(SOURCE, c.function(), c.args());
        VectorOptions options = VectorOptions.DEFAULT.withWidth(width);
        String explain = Explain.of(p, options);
        boolean vectorizes = !(c.mixedWidths() && width == SpeciesWidth.S64);
        List<String> loops = explain.lines().filter(l -> l.startsWith("  line ")).map(String::strip).toList();
        if (vectorizes) {
            String shape = "x " + width.bits() / 64 + " lanes (species " + width.speciesSuffix().toLowerCase() + ", "
                    + width.bits() + " bits)";
            assertEquals(c.verdict().stream().map(v -> v.replace("{shape}", shape)).toList(), loops, explain);
            CompiledKernel k = GuardedVectorizer.compile(p, options);
            for (String code : c.code()) assertTrue(k.javaSource().contains(code), code + " in\n" + k.javaSource());
        } else {
            assertTrue(loops.stream().allMatch(l -> l.contains(": not vectorized: ")), explain);
        }
        Differential.check(p, vectorizes, options, c.function() + c.args() + " @" + width);
    }
}
