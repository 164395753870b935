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
import io.jumba.jit.MethodSizeFit;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kernels of many loops, so big that their SIMD code would exceed HotSpot's 8000-byte method limit:
 * {@link MethodSizeFit} must first split them (each top-level loop nest its own method), then reduce the unroll
 * while one nest alone is too big (or report that it cannot fit), explain must say so, and the fitted kernel must
 * still agree with the interpreter.
 */
class MethodSizeFitTest {
    private static final Type C1 = Type.array(DType.FLOAT64, 1, Layout.C);
    private static final Pattern BYTES = Pattern.compile("big is (\\d+) bytes of bytecode > 8000");
    private static final Pattern SPLIT = Pattern.compile("big was (\\d+) bytes of bytecode > 8000");
    private static final String HEADER = "from numba import njit\n\n@njit\ndef big(a, b):\n    t = 0.0\n";

    /** {@code loops} consecutive dot-product loops (about 550 to 930 bytes of bytecode each), indented by pad. */
    private static String dots(int loops, String pad) {
        StringBuilder src = new StringBuilder();
        for (int k = 0; k < loops; k++) {
            src.append(pad).append("    s").append(k).append(" = 0.0\n");
            src.append(pad).append("    for i in range(a.shape[0]):\n");
            src.append(pad).append("        s").append(k).append(" += a[i] * b[i] + ").append(k).append(".5\n");
            src.append(pad).append("    t += s").append(k).append("\n");
        }
        return src.toString();
    }

    /** A kernel of {@code loops} consecutive dot-product loops. */
    static Program loops(int loops) {
        return PythonKernels.compile(HEADER + dots(loops, "") + "    return t\n", "big", List.of(C1, C1));
    }

    /**
     * The same loops inside one while loop (no outer-loop vectorization candidate): one top-level nest, which
     * splitting cannot make smaller.
     */
    static Program nested(int loops) {
        String src = HEADER + "    r = 0\n    while r < 2:\n" + dots(loops, "    ") + "        r += 1\n    return t\n";
        return PythonKernels.compile(src, "big", List.of(C1, C1));
    }

    /** A kernel of {@code loops} consecutive elementwise loops (not unrolled: no reductions). */
    static Program maps(int loops) {
        StringBuilder src = new StringBuilder("from numba import njit\n\n@njit\ndef big(a, b):\n");
        for (int k = 0; k < loops; k++) {
            src.append("    for i in range(a.shape[0]):\n");
            src.append("        b[i] = a[i] * b[i] + ").append(k).append(".5\n");
        }
        return PythonKernels.compile(src.toString(), "big", List.of(C1, C1));
    }

    @TestFactory
    List<DynamicTest> splitFirstThenUnrollHalvedUntilEveryMethodFits() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SpeciesWidth w : SpeciesWidth.values()) {
            tests.add(DynamicTest.dynamicTest("10 loops: split, unroll kept @" + w, () -> {
                Program p = loops(10);
                VectorOptions o = VectorOptions.DEFAULT.withWidth(w);
                MethodSizeFit fit = MethodSizeFit.compile(p, new Vectorizer(o));
                assertEquals(4, fit.loops().maxUnroll());
                assertEquals(11, fit.kernel().methodCount(p.entry().name()));
                assertFits(fit.kernel());
                String text = Explain.of(p, o);
                assertEquals(1, fit.notes().size(), text);
                assertTrue(text.contains("bytecode: split into 11 methods (one per top-level loop nest): big was "), text);
                assertTrue(splitBytes(text) > 8000, text);
                assertEquals(10, count(text, ", unroll 4, "), text);
                agrees(p, fit.kernel(), "10 loops @" + w);
            }));
            tests.add(DynamicTest.dynamicTest("10 loops in one nest: split, then unroll halved @" + w, () -> {
                Program p = nested(10);
                VectorOptions o = VectorOptions.DEFAULT.withWidth(w);
                MethodSizeFit fit = MethodSizeFit.compile(p, new Vectorizer(o));
                assertEquals(2, fit.loops().maxUnroll());
                assertEquals(2, fit.kernel().methodCount(p.entry().name()));
                assertFits(fit.kernel());
                String text = Explain.of(p, o);
                assertEquals(2, fit.notes().size(), text);
                assertTrue(text.contains("bytecode: split into 2 methods (one per top-level loop nest): big was "), text);
                assertTrue(text.contains("bytecode: unroll reduced to at most 2: big is "), text);
                assertTrue(reportedBytes(text).getFirst() > 8000, text);
                assertEquals(10, count(text, ", unroll 2, "), text);
                agrees(p, fit.kernel(), "10 nested loops @" + w);
            }));
        }
        tests.add(DynamicTest.dynamicTest("12 loops in one nest: unroll 1", () -> {
            Program p = nested(12);
            MethodSizeFit fit = MethodSizeFit.compile(p, new Vectorizer(VectorOptions.DEFAULT));
            assertEquals(1, fit.loops().maxUnroll());
            assertFits(fit.kernel());
            String text = Explain.of(p, VectorOptions.DEFAULT);
            assertTrue(text.contains("bytecode: split into 2 methods (one per top-level loop nest): big was "), text);
            assertTrue(text.contains("bytecode: unroll reduced to at most 2: big is "), text);
            assertTrue(text.contains("bytecode: unroll reduced to at most 1: big is "), text);
            List<Integer> bytes = reportedBytes(text);
            assertTrue(bytes.get(0) > bytes.get(1) && bytes.get(1) > 8000, text);
            assertEquals(12, count(text, ", unroll 1, "), text);
            agrees(p, fit.kernel(), "12 nested loops");
        }));
        tests.add(DynamicTest.dynamicTest("16 loops: too big at unroll 1 as one method, split at unroll 4", () -> {
            Program p = loops(16);
            CompiledKernel whole = KernelCompiler.compile(p, new Vectorizer(VectorOptions.DEFAULT.withMaxUnroll(1)));
            assertTrue(whole.methodSizes().get(p.entry().name()) > CompiledKernel.HUGE_METHOD_BYTES, whole.methodSizes().toString());
            MethodSizeFit fit = MethodSizeFit.compile(p, new Vectorizer(VectorOptions.DEFAULT));
            assertEquals(4, fit.loops().maxUnroll());
            assertEquals(17, fit.kernel().methodCount(p.entry().name()));
            assertFits(fit.kernel());
            // each nest hands back its one accumulator as its result
            assertEquals(16, count(fit.kernel().javaSource(), "private static double "), fit.kernel().javaSource());
            String text = Explain.of(p, VectorOptions.DEFAULT);
            assertEquals(List.of("split into 17 methods (one per top-level loop nest): big was " + splitBytes(text)
                    + " bytes of bytecode > 8000"), fit.notes(), text);
            assertEquals(16, count(text, ", unroll 4, "), text);
            agrees(p, fit.kernel(), "16 loops");
        }));
        tests.add(DynamicTest.dynamicTest("16 loops in one nest: too big even at unroll 1", () -> {
            Program p = nested(16);
            MethodSizeFit fit = MethodSizeFit.compile(p, new Vectorizer(VectorOptions.DEFAULT));
            assertEquals(1, fit.loops().maxUnroll());
            int size = fit.kernel().hugeFunctions().get(p.entry().name());
            assertTrue(size > CompiledKernel.HUGE_METHOD_BYTES, "size " + size);
            String text = Explain.of(p, VectorOptions.DEFAULT);
            assertTrue(text.contains("bytecode: split into 2 methods (one per top-level loop nest): big was "), text);
            assertTrue(text.contains("bytecode: unroll reduced to at most 1: big is "), text);
            assertTrue(text.contains("bytecode: too big for HotSpot's JIT at any unroll: big is " + size
                    + " bytes of bytecode > 8000; it runs interpreted: split the function into smaller ones"), text);
            agrees(p, fit.kernel(), "16 nested loops");
        }));
        // 36 loops: compiled whole first (more are split before compiling, from the size estimate)
        tests.add(DynamicTest.dynamicTest("36 loops, none unrolled: split, not recompiled in vain", () -> {
            Program p = maps(36);
            MethodSizeFit fit = MethodSizeFit.compile(p, new Vectorizer(VectorOptions.DEFAULT));
            assertEquals(4, fit.loops().maxUnroll());
            assertEquals(37, fit.kernel().methodCount(p.entry().name()));
            assertFits(fit.kernel());
            String text = Explain.of(p, VectorOptions.DEFAULT);
            assertEquals(1, fit.notes().size(), text);
            assertTrue(fit.notes().getFirst().startsWith("split into 37 methods (one per top-level loop nest): big was "), text);
            assertTrue(splitBytes(text) > 8000, text);
            for (int n : new int[] {0, 1, 9, 33}) {
                Differential.compare(p, fit.kernel(), () -> Differential.arguments(p.entry().params(), n), "maps n=" + n, false);
            }
        }));
        tests.add(DynamicTest.dynamicTest("live-out scalars: one returned, several in an Object[]", () -> {
            String src = HEADER + dots(16, "") + """
                        k = -1
                        for i in range(a.shape[0]):
                            if a[i] > 0.5:
                                k = i
                        lo = 0.0
                        hi = 0.0
                        for i in range(a.shape[0]):
                            if a[i] < lo:
                                lo = a[i]
                            if a[i] > hi:
                                hi = a[i]
                        return t + k + lo * hi
                    """;
            Program p = PythonKernels.compile(src, "big", List.of(C1, C1));
            for (SpeciesWidth w : SpeciesWidth.values()) {
                MethodSizeFit fit = MethodSizeFit.compile(p, new Vectorizer(VectorOptions.DEFAULT.withWidth(w)));
                assertEquals(19, fit.kernel().methodCount(p.entry().name()));
                assertFits(fit.kernel());
                String java = fit.kernel().javaSource();
                assertEquals(1, count(java, "private static long "), java);
                assertEquals(1, count(java, "private static Object[] "), java);
                assertTrue(fit.notes().getFirst().startsWith("split into 19 methods"), fit.notes().toString());
                agrees(p, fit.kernel(), "live-outs @" + w);
            }
        }));
        tests.add(DynamicTest.dynamicTest("a nest that returns stays in the function, reported", () -> {
            String head = HEADER + dots(16, "");
            String src = head + """
                        for i in range(a.shape[0]):
                            if a[i] > 1.9:
                                return t + a[i]
                        return -t
                    """;
            int line = (int) head.chars().filter(c -> c == '\n').count() + 1;
            Program p = PythonKernels.compile(src, "big", List.of(C1, C1));
            MethodSizeFit fit = MethodSizeFit.compile(p, new Vectorizer(VectorOptions.DEFAULT));
            assertEquals(17, fit.kernel().methodCount(p.entry().name()));
            assertFits(fit.kernel());
            String text = Explain.of(p, VectorOptions.DEFAULT);
            assertTrue(text.contains("bytecode: split into 17 methods (one per top-level loop nest): big was "), text);
            assertTrue(text.contains("; the loop at line " + line + " stays in big: it returns from the function"), text);
            agrees(p, fit.kernel(), "returning nest");
            // both exits taken: some arguments hold an element over 1.9, some do not
            boolean returnsEarly = false, runsThrough = false;
            for (int n : new int[] {0, 1, 3, 7, 8, 9, 17, 33, 100}) {
                NDArray a = (NDArray) Differential.arguments(p.entry().params(), n)[0];
                boolean over = false;
                for (int i = 0; i < n; i++) over |= a.getDouble(i) > 1.9;
                returnsEarly |= over;
                runsThrough |= !over;
            }
            assertTrue(returnsEarly && runsThrough);
        }));
        tests.add(DynamicTest.dynamicTest("an array assigned in a nest; a fault in a nest points at its line", () -> {
            String head = "import numpy as np\n" + HEADER + dots(16, "") + """
                        c = b
                        for r in range(a.shape[0] % 3 + 1):
                            c = np.zeros(a.shape[0])
                            for i in range(a.shape[0]):
                                c[i] = a[i] * r
                        for i in range(a.shape[0]):
                            t += c[i]
                        j = 0
                        while j <= a.shape[0]:
                    """;
            String src = head + """
                            t += a[j]
                            j += 1
                        return t
                    """;
            int line = (int) head.chars().filter(c -> c == '\n').count() + 1;
            Program p = PythonKernels.compile(src, "big", List.of(C1, C1));
            MethodSizeFit fit = MethodSizeFit.compile(p, new Vectorizer(VectorOptions.DEFAULT));
            assertEquals(20, fit.kernel().methodCount(p.entry().name()), fit.kernel().javaSource());
            assertFits(fit.kernel());
            // the r nest hands back the array c it assigned; the next nest re-reads its data, offset and shape
            assertEquals(1, count(fit.kernel().javaSource(), "private static NDArray "), fit.kernel().javaSource());
            for (int n : new int[] {0, 1, 9, 33}) {
                KernelRuntimeError interpreted = assertThrows(KernelRuntimeError.class,
                        () -> Interpreter.run(p, Differential.arguments(p.entry().params(), n)));
                KernelRuntimeError compiled = assertThrows(KernelRuntimeError.class,
                        () -> fit.kernel().invoke(Differential.arguments(p.entry().params(), n)));
                assertEquals("IndexError", compiled.pythonName());
                assertTrue(compiled.getMessage().contains(":" + line + ":"), compiled.getMessage());
                assertEquals(interpreted.getMessage(), compiled.getMessage());
            }
            String noFault = src.replace("while j <= a.shape[0]:", "while j < a.shape[0]:");
            Program q = PythonKernels.compile(noFault, "big", List.of(C1, C1));
            agrees(q, MethodSizeFit.compile(q, new Vectorizer(VectorOptions.DEFAULT)).kernel(), "assigned array");
        }));
        tests.add(DynamicTest.dynamicTest("small kernels are left alone", () -> {
            Program p = loops(2);
            MethodSizeFit fit = MethodSizeFit.compile(p, new Vectorizer(VectorOptions.DEFAULT));
            assertEquals(4, fit.loops().maxUnroll());
            assertEquals(1, fit.kernel().methodCount(p.entry().name()));
            assertTrue(fit.notes().isEmpty());
            assertTrue(!Explain.of(p, VectorOptions.DEFAULT).contains("bytecode:"));
        }));
        return tests;
    }

    private static void assertFits(CompiledKernel k) {
        assertTrue(k.javaSource().contains("VectorSpecies"), "vectorized");
        assertTrue(k.hugeFunctions().isEmpty(), k.methodSizes().toString());
        for (int bytes : k.methodSizes().values()) assertTrue(bytes <= CompiledKernel.HUGE_METHOD_BYTES, "size " + bytes);
    }

    private static void agrees(Program p, CompiledKernel k, String name) {
        for (int n : new int[] {0, 1, 3, 7, 8, 9, 17, 33, 100}) {
            Differential.compare(p, k, () -> Differential.arguments(p.entry().params(), n), name + " n=" + n, false);
        }
    }

    /** The size of the function before it was split, from the explain text. */
    private static int splitBytes(String text) {
        Matcher m = SPLIT.matcher(text);
        assertTrue(m.find(), text);
        return Integer.parseInt(m.group(1));
    }

    private static List<Integer> reportedBytes(String text) {
        List<Integer> out = new ArrayList<>();
        Matcher m = BYTES.matcher(text);
        while (m.find()) out.add(Integer.parseInt(m.group(1)));
        return out;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
        return n;
    }
}
