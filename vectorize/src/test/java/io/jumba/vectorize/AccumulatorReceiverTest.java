package io.jumba.vectorize;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No call of a reduction's generated code is made on an accumulator ({@code s_acc0.lanewise(...)}). C2 parses a loop
 * before its back edge, so an accumulator has no exact vector class there; a call on it inlines only through its
 * type profile, and where that is empty (a remainder step not yet run, an OSR compile) the call stays virtual and the
 * accumulators are boxed in every iteration of the main loop: a sum over 16M float64 allocated 201 MB per call. The
 * step's vector is the receiver instead, and the fold works on an exact copy. The results still agree with the
 * interpreter, tails included.
 */
class AccumulatorReceiverTest {
    private static final String SOURCE = """
            from numba import njit

            @njit
            def total(a):
                s = 0.0
                for i in range(a.shape[0]):
                    s += a[i] * 2.0
                return s

            @njit
            def product(a):
                p = 1.0
                for i in range(a.shape[0]):
                    p *= a[i]
                return p

            @njit
            def lowest(a):
                lo = 1e300
                for i in range(a.shape[0]):
                    lo = min(lo, a[i])
                return lo

            @njit
            def highest(a):
                hi = -1e300
                for i in range(a.shape[0]):
                    hi = max(hi, a[i])
                return hi
            """;
    private static final Pattern CALL_ON_ACCUMULATOR = Pattern.compile("\\b\\w+_acc\\d+\\.\\w+\\(");

    @TestFactory
    List<DynamicTest> noCallIsMadeOnAnAccumulator() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String function : List.of("total", "product", "lowest", "highest")) {
            for (SpeciesWidth w : SpeciesWidth.values()) {
                tests.add(DynamicTest.dynamicTest(function + " @" + w, () -> {
                    Program p = PythonKernels.compile(SOURCE, function, List.of(Type.array(DType.FLOAT64, 1, Layout.C)));
                    VectorOptions options = VectorOptions.DEFAULT.withWidth(w);
                    assertTrue(Explain.of(p, options).contains("reductions: "), Explain.of(p, options));
                    CompiledKernel k = GuardedVectorizer.compile(p, options);
                    String java = k.javaSource();
                    assertTrue(java.contains("_acc0"), java);
                    Matcher m = CALL_ON_ACCUMULATOR.matcher(java);
                    assertFalse(m.find(), () -> "a call on an accumulator: " + m.group() + "\n" + java);
                    for (int n : new int[] {0, 1, 7, 33, 131}) {
                        double[] values = new double[n];
                        for (int i = 0; i < n; i++) values[i] = 1.0 + ((i * 7919) % 23) / 64.0;
                        // min/max select exactly; sums and products are reassociated (the documented tolerance)
                        Differential.compare(p, k, () -> new Object[] {NDArray.of(values)},
                                function + " n=" + n + " @" + w, function.equals("lowest") || function.equals("highest"));
                    }
                }));
            }
        }
        return tests;
    }
}
