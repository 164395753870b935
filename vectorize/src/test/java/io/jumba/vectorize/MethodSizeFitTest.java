package io.jumba.vectorize;

import io.jumba.array.DType;
import io.jumba.codegen.CompiledKernel;
import io.jumba.ir.Program;
import io.jumba.types.Layout;
import io.jumba.types.Type;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kernels of many reduction loops, so big that their unrolled SIMD code would exceed HotSpot's 8000-byte method
 * limit: {@link MethodSizeFit} must reduce the unroll until the method fits (or report that it cannot), explain must
 * say so, and the fitted kernel must still agree with the interpreter.
 */
class MethodSizeFitTest {
    private static final Type C1 = Type.array(DType.FLOAT64, 1, Layout.C);
    private static final Pattern BYTES = Pattern.compile("big is (\\d+) bytes of bytecode > 8000");

    /** A kernel of {@code loops} consecutive dot-product loops (about 550 to 930 bytes of bytecode each). */
    static Program loops(int loops) {
        StringBuilder src = new StringBuilder("from numba import njit\n\n@njit\ndef big(a, b):\n    t = 0.0\n");
        for (int k = 0; k < loops; k++) {
            src.append("    s").append(k).append(" = 0.0\n");
            src.append("    for i in range(a.shape[0]):\n");
            src.append("        s").append(k).append(" += a[i] * b[i] + ").append(k).append(".5\n");
            src.append("    t += s").append(k).append("\n");
        }
        src.append("    return t\n");
        return PythonKernels.compile(src.toString(), "big", List.of(C1, C1));
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
    List<DynamicTest> unrollHalvedUntilTheMethodFits() {
        List<DynamicTest> tests = new ArrayList<>();
        for (SpeciesWidth w : SpeciesWidth.values()) {
            tests.add(DynamicTest.dynamicTest("10 loops @" + w, () -> {
                Program p = loops(10);
                VectorOptions o = VectorOptions.DEFAULT.withWidth(w);
                MethodSizeFit fit = MethodSizeFit.compile(p, o);
                assertEquals(2, fit.options().maxUnroll());
                assertFits(fit.kernel());
                String text = Explain.of(p, o);
                assertEquals(1, fit.notes().size(), text);
                assertTrue(text.contains("bytecode: unroll reduced to at most 2: big is "), text);
                assertTrue(reportedBytes(text).getFirst() > 8000, text);
                assertEquals(10, count(text, ", unroll 2, "), text);
                agrees(p, fit.kernel(), "10 loops @" + w);
            }));
        }
        tests.add(DynamicTest.dynamicTest("12 loops", () -> {
            Program p = loops(12);
            MethodSizeFit fit = MethodSizeFit.compile(p, VectorOptions.DEFAULT);
            assertEquals(1, fit.options().maxUnroll());
            assertFits(fit.kernel());
            String text = Explain.of(p, VectorOptions.DEFAULT);
            assertTrue(text.contains("bytecode: unroll reduced to at most 2: big is "), text);
            assertTrue(text.contains("bytecode: unroll reduced to at most 1: big is "), text);
            List<Integer> bytes = reportedBytes(text);
            assertTrue(bytes.get(0) > bytes.get(1) && bytes.get(1) > 8000, text);
            assertEquals(12, count(text, ", unroll 1, "), text);
            agrees(p, fit.kernel(), "12 loops");
        }));
        tests.add(DynamicTest.dynamicTest("16 loops: too big even at unroll 1", () -> {
            Program p = loops(16);
            MethodSizeFit fit = MethodSizeFit.compile(p, VectorOptions.DEFAULT);
            assertEquals(1, fit.options().maxUnroll());
            int size = fit.kernel().methodSizes().get(p.entry().name());
            assertTrue(size > CompiledKernel.HUGE_METHOD_BYTES, "size " + size);
            String text = Explain.of(p, VectorOptions.DEFAULT);
            assertTrue(text.contains("bytecode: unroll reduced to at most 1: big is "), text);
            assertTrue(text.contains("bytecode: too big for HotSpot's JIT at any unroll: big is " + size
                    + " bytes of bytecode > 8000; it runs interpreted: split the function into smaller ones"), text);
            agrees(p, fit.kernel(), "16 loops");
        }));
        tests.add(DynamicTest.dynamicTest("no unrolled loop: reported, not recompiled in vain", () -> {
            Program p = maps(40);
            MethodSizeFit fit = MethodSizeFit.compile(p, VectorOptions.DEFAULT);
            assertEquals(4, fit.options().maxUnroll());
            int size = fit.kernel().methodSizes().get(p.entry().name());
            assertTrue(size > CompiledKernel.HUGE_METHOD_BYTES, "size " + size);
            String text = Explain.of(p, VectorOptions.DEFAULT);
            assertEquals(List.of("too big for HotSpot's JIT at any unroll: big is " + size + " bytes of bytecode > 8000;"
                    + " it runs interpreted: split the function into smaller ones"), fit.notes(), text);
            for (int n : new int[] {0, 1, 9, 33}) {
                Differential.compare(p, fit.kernel(), () -> Differential.arguments(p.entry().params(), n), "maps n=" + n, false);
            }
        }));
        tests.add(DynamicTest.dynamicTest("small kernels are left alone", () -> {
            Program p = loops(2);
            MethodSizeFit fit = MethodSizeFit.compile(p, VectorOptions.DEFAULT);
            assertEquals(4, fit.options().maxUnroll());
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
