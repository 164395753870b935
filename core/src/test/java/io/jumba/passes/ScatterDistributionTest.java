package io.jumba.passes;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.frontend.Parser;
import io.jumba.interp.Interpreter;
import io.jumba.ir.ArrayStorage;
import io.jumba.ir.IrPrinter;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.jit.KernelCompiler;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static io.jumba.testing.TestIr.assertSameValue;
import static io.jumba.testing.TestIr.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scatter loops are split into strips of an index loop and an update loop only where nothing observable changes:
 * for sizes around the strip length, with NaN and out-of-range samples, and with an index that faults part way, the
 * interpreter on the distributed program and the compiled distributed program compute what the interpreter computes
 * on the original: the same results, the same stores, the same IndexError after the same updates. Loops whose
 * distribution could be seen are left as they are.
 */
class ScatterDistributionTest {
    private static final String SOURCE = """
            import numpy as np
            from numba import njit

            @njit
            def histogram(x, lo, hi, counts):
                nbins = counts.shape[0]
                per_unit = nbins / (hi - lo)
                for i in range(x.shape[0]):
                    xi = x[i]
                    if xi >= lo and xi < hi:
                        b = min(int((xi - lo) * per_unit), nbins - 1)
                        counts[b] += 1

            @njit
            def unclamped(x, counts):
                for i in range(x.shape[0]):
                    counts[int(x[i] * 10.0 - 0.25)] += 1

            @njit
            def weighted(codes, w, out):
                for i in range(codes.shape[0]):
                    b = codes[i] * 2 + 1
                    out[b] += w[i] * i

            @njit
            def grid(x, y, h):
                for i in range(x.shape[0]):
                    h[int(x[i] * 4.0) % 4, min(int(y[i] * 4.0), 3)] += 1

            @njit
            def two_inputs(x, y, counts, n):
                for i in range(n):
                    counts[min(int(x[i] * 4.0 + y[i]), 3)] += 1

            @njit
            def plain_scatter(x, idx, dst):
                for i in range(idx.shape[0]):
                    dst[idx[i]] = x[i] * 2.0

            @njit
            def bin_read_after(x, counts):
                b = 0
                for i in range(x.shape[0]):
                    b = int(x[i] * 4.0)
                    counts[b] += 1
                return b

            @njit
            def index_read_after(x, counts):
                for i in range(x.shape[0]):
                    counts[int(x[i] * 4.0)] += 1
                return i

            @njit
            def divides(x, counts, width):
                for i in range(x.shape[0]):
                    counts[int(x[i] / width)] += 1

            @njit
            def reads_the_counts(x, counts):
                for i in range(x.shape[0]):
                    if counts[0] < 3:
                        counts[int(x[i] * 4.0)] += 1

            @njit
            def same_element_type(x, counts):
                for i in range(x.shape[0]):
                    counts[int(x[i] * 4.0)] += 1.0
            """;

    private static final Type F1 = Type.array(DType.FLOAT64, 1, Layout.C), I1 = Type.array(DType.INT64, 1, Layout.C),
            I2 = Type.array(DType.INT64, 2, Layout.C), C1 = Type.array(DType.INT32, 1, Layout.C);

    private static Program typed(String function, Type... args) {
        return TypeInference.specialize(Parser.parse(SOURCE, "k.py"), function, List.of(args));
    }

    private static Program distributed(Program typed) {
        return ScatterDistribution.apply(PassList.standard().run(typed));
    }

    private static boolean isDistributed(Program typed) {
        Program d = distributed(typed);
        return count(d.entry().body(), Stmt.ForRange.class) > count(PassList.standard().run(typed).entry().body(), Stmt.ForRange.class);
    }

    /**
     * The interpreter on the original program, and both the interpreter and the compiled code on the distributed one,
     * each on its own copy of the arguments: the same result and arguments after, or the same error message.
     */
    private static void sameBehaviour(Program typed, Supplier<Object[]> arguments) {
        Program d = distributed(typed);
        Object[] expectedArgs = arguments.get(), interpretedArgs = arguments.get(), compiledArgs = arguments.get();
        Object expected;
        try {
            expected = Interpreter.run(typed, expectedArgs);
        } catch (RuntimeException e) {
            assertEquals(e.getMessage(), assertThrows(RuntimeException.class, () -> Interpreter.run(d, interpretedArgs)).getMessage());
            assertEquals(e.getMessage(), assertThrows(RuntimeException.class,
                    () -> KernelCompiler.compile(d).invoke(compiledArgs)).getMessage(), IrPrinter.print(d));
            sameArguments(expectedArgs, interpretedArgs, compiledArgs);
            return;
        }
        assertSameValue(expected, Interpreter.run(d, interpretedArgs));
        assertSameValue(expected, KernelCompiler.compile(d).invoke(compiledArgs));
        sameArguments(expectedArgs, interpretedArgs, compiledArgs);
    }

    private static void sameArguments(Object[] expected, Object[] interpreted, Object[] compiled) {
        for (int k = 0; k < expected.length; k++) {
            assertSameValue(expected[k], interpreted[k]);
            assertSameValue(expected[k], compiled[k]);
        }
    }

    /** n normal samples (seeded), every 7th NaN and every 11th far outside [-3, 3). */
    private static NDArray samples(int n) {
        NDArray x = NDArray.empty(DType.FLOAT64, n);
        java.util.Random r = new java.util.Random(n);
        for (int k = 0; k < n; k++) x.setDouble(k % 7 == 3 ? Double.NaN : k % 11 == 5 ? 40.0 * r.nextGaussian() : r.nextGaussian(), k);
        return x;
    }

    @Test
    void aHistogramIsDistributedAndCountsAsBeforeAroundTheStripLength() {
        Program p = typed("histogram", F1, Type.FLOAT64, Type.FLOAT64, I1);
        assertTrue(isDistributed(p), IrPrinter.print(distributed(p)));
        for (int n : new int[] {0, 1, 7, 511, 512, 513, 1025, 1500}) {
            sameBehaviour(p, () -> new Object[] {samples(n), -3.0, 3.0, NDArray.zeros(DType.INT64, 16)});
        }
    }

    @Test
    void anIndexThatFaultsRaisesAfterTheSameUpdates() {
        Program p = typed("unclamped", F1, I1);
        assertTrue(isDistributed(p));
        // int(x[k] * 10 - 0.25) leaves (-10, 10) at sample 700 (second strip) or at sample 3 (first strip); negative indices wrap
        for (int bad : new int[] {3, 700}) {
            sameBehaviour(p, () -> {
                NDArray x = NDArray.empty(DType.FLOAT64, 1000);
                for (int k = 0; k < 1000; k++) x.setDouble(k == bad ? 2.5 : ((k * 37) % 20 - 10) / 10.0 + 0.05, k);
                return new Object[] {x, NDArray.zeros(DType.INT64, 10)};
            });
        }
    }

    @Test
    void theUpdateMayReadOtherArraysAndTheIndex() {
        Program p = typed("weighted", C1, F1, F1);
        assertTrue(isDistributed(p));
        for (int n : new int[] {0, 5, 513}) {
            sameBehaviour(p, () -> {
                NDArray codes = NDArray.empty(DType.INT32, n);
                for (int k = 0; k < n; k++) codes.setLong((k * 5) % 4, k);
                return new Object[] {codes, NDArray.random(n, n), NDArray.zeros(DType.FLOAT64, 9)};
            });
        }
    }

    @Test
    void aTwoDimensionalScatterIsDistributed() {
        Program p = typed("grid", F1, F1, I2);
        assertTrue(isDistributed(p));
        sameBehaviour(p, () -> new Object[] {NDArray.random(1, 900), NDArray.random(2, 900), NDArray.zeros(DType.INT64, 4, 4)});
    }

    @Test
    void loadsOutsideTheRangeProofAreTestedFirstAndAShortArrayRunsTheLoopAsItWas() {
        Program p = typed("two_inputs", F1, F1, I1, Type.INT64);
        assertTrue(isDistributed(p));
        // n within both arrays; n past y's end (IndexError at sample 600, after 600 updates); a negative start is
        // impossible here, n = 0 runs nothing
        for (long n : new long[] {0, 700, 1000}) {
            sameBehaviour(p, () -> new Object[] {NDArray.random(1, 1000), NDArray.random(2, 600 + (n == 700 ? 400 : 0)),
                    NDArray.zeros(DType.INT64, 4), n});
        }
    }

    @Test
    void loopsWhoseDistributionCouldBeSeenStayAsTheyAre() {
        // a temporary or the index read after the loop, a division that may fault, the stored array read before the
        // store, an input that may share the stored array's memory, an index that is only an element widened
        assertFalse(isDistributed(typed("bin_read_after", F1, I1)));
        assertFalse(isDistributed(typed("index_read_after", F1, I1)));
        assertFalse(isDistributed(typed("divides", F1, I1, Type.FLOAT64)));
        assertFalse(isDistributed(typed("reads_the_counts", F1, I1)));
        assertFalse(isDistributed(typed("same_element_type", F1, F1)));
        assertFalse(isDistributed(typed("plain_scatter", F1, C1, F1)));
        // arrays in memory segments may share memory whatever their element types
        Program onSegments = PassList.standard().run(typed("histogram", F1, Type.FLOAT64, Type.FLOAT64, I1))
                .withStorage(ArrayStorage.SEGMENT);
        assertEquals(onSegments, ScatterDistribution.apply(onSegments));
    }
}
