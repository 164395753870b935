package io.jumba.dispatch;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.JumbaException;
import io.jumba.diag.TypingError;
import io.jumba.frontend.Parser;
import io.jumba.frontend.ast.Module;
import io.jumba.passes.Pass;
import io.jumba.types.Signature;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.*;

class DispatcherTest {
    private static final String SOURCE = """
            from numba import njit

            @njit
            def add(a, b):
                return a + b

            @njit
            def broken(a):
                return no_such_function(a)
            """;

    private final Module module = Parser.parse(SOURCE, "k.py");
    private final AtomicInteger compiles = new AtomicInteger();
    /** The standard pipeline plus a pass that only counts how often a program is compiled. */
    private final Pipeline counting = Pipeline.standard().withPass(new Pass("count-compiles", p -> {
        compiles.incrementAndGet();
        return p;
    }));

    private Dispatcher dispatcher(String function) {
        return new Dispatcher(module, function, counting, false);
    }

    @Test
    void concurrentFirstCallsCompileOnce() throws Exception {
        Dispatcher d = dispatcher("add");
        int threads = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Object>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return d.call(2L, 3L);
                }));
            }
            start.countDown();
            for (Future<Object> r : results) assertEquals(5L, r.get());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, compiles.get());
        assertEquals(1, d.signatures().size());
    }

    @Test
    void eachSignatureCompilesOnceAndIsCached() {
        Dispatcher d = dispatcher("add");
        assertEquals(3L, d.call(1L, 2L));
        assertEquals(7L, d.call(3L, 4L));
        assertEquals(4.0, d.call(1.5, 2.5));
        assertEquals(2, compiles.get());
        List<Signature> sigs = d.signatures();
        assertEquals(2, sigs.size());
        assertTrue(sigs.stream().anyMatch(s -> s.returnType().equals(Type.FLOAT64)));
        assertTrue(sigs.stream().anyMatch(s -> s.returnType().equals(Type.INT64)));
    }

    @Test
    void javaIntegerBoxesMeanInt64() {
        Dispatcher d = dispatcher("add");
        assertEquals(5L, d.call(2, 3));
        assertEquals(5L, d.call(2L, 3L));
        assertEquals(1, compiles.get());
    }

    @Test
    void eagerCompileServesLaterCalls() {
        Dispatcher d = dispatcher("add");
        Specialization s = d.compile(Signature.parse("int64(int64, int64)"));
        assertEquals(Type.INT64, s.signature().returnType());
        assertEquals(1, compiles.get());
        assertEquals(9L, d.call(4L, 5L));
        assertEquals(1, compiles.get());
    }

    @Test
    void eagerCompileRejectsAWrongReturnType() {
        Dispatcher d = dispatcher("add");
        TypingError e = assertThrows(TypingError.class, () -> d.compile(Signature.parse("float64(int64, int64)")));
        assertTrue(e.getMessage().contains("return type"), e.getMessage());
    }

    @Test
    void compileErrorsAreCachedAndRethrownAlike() {
        Dispatcher d = dispatcher("broken");
        JumbaException first = assertThrows(JumbaException.class, () -> d.call(1L));
        JumbaException second = assertThrows(JumbaException.class, () -> d.call(1L));
        assertSame(first, second);
        assertTrue(first.getMessage().startsWith("k.py:"), first.getMessage());
        assertEquals(0, compiles.get());
        assertTrue(d.signatures().isEmpty());
    }

    @Test
    void disabledJitInterpretsWithoutCompiling() {
        Dispatcher d = new Dispatcher(module, "add", counting, true);
        assertTrue(d.jitDisabled());
        assertEquals(5L, d.call(2L, 3L));
        assertEquals(0, compiles.get());
        assertTrue(d.signatures().isEmpty());
    }

    @Test
    void interpretAgreesWithCall() {
        Dispatcher d = dispatcher("add");
        assertEquals(d.call(1.25, 2.0), d.interpret(1.25, 2.0));
    }

    /** Kernels with signatures in the decorator; the behaviour checked below is Numba 0.56's for the same file. */
    private static final String DECLARED = """
            import numpy as np
            from numba import njit, jit

            @njit("float64(float64, int64)")
            def scale(x, n):
                return x * n

            @jit(["float64(float64[:])", "int64(int64[:])"], nopython=True)
            def total(a):
                t = a[0]
                for i in range(1, a.shape[0]):
                    t += a[i]
                return t

            @njit(["int32(int32)", "float32(float32)"])
            def narrow(x):
                return x

            @njit(["float64(float64)", "float32(float32)"])
            def wide(x):
                return x
            """;

    private Dispatcher declared(String function, boolean jitDisabled) {
        return new Dispatcher(Parser.parse(DECLARED, "d.py"), function, counting, jitDisabled);
    }

    @Test
    void declaredSignaturesCompileWhenTheDispatcherIsMade() {
        Dispatcher d = declared("total", false);
        assertEquals(2, compiles.get());
        assertEquals(List.of("float64(float64[:])", "int64(int64[:])"),
                d.signatures().stream().map(Signature::toString).toList());
    }

    @Test
    void callsConvertTheirArgumentsToADeclaredSignature() {
        Dispatcher d = declared("scale", false);
        // Numba: scale(2, 3) == 6.0 (int64 to float64 is safe); scale(2.5, 3.5) == 7.5 (float64 to int64 is
        // unsafe, truncating, yet allowed once signatures are explicit).
        assertEquals(6.0, d.call(2L, 3L));
        assertEquals(7.5, d.call(2.5, 3.5));
        // A C-contiguous array runs the declared layout-'A' signature.
        assertEquals(6L, declared("total", false).call(NDArray.of(new long[] {1, 2, 3})));
        assertEquals(3, compiles.get());
        assertEquals(1, d.signatures().size());
    }

    @Test
    void argumentsThatConvertToNoDeclaredSignatureAreATypingError() {
        Dispatcher d = declared("total", false);
        NDArray int32s = NDArray.zeros(DType.INT32, 3);
        TypingError e = assertThrows(TypingError.class, () -> d.call(int32s));
        assertEquals("No matching definition for argument type(s) int32[::1] of 'total'; declared signatures: "
                + "float64(float64[:]), int64(int64[:])", e.detail());
        assertTrue(e.getMessage().startsWith("d.py:9:1: TypingError: "), e.getMessage());
        assertThrows(TypingError.class, () -> d.interpret(int32s));
        assertEquals(2, d.signatures().size());
    }

    @Test
    void theBestRatedDeclaredSignatureWinsAndATieIsATypingError() {
        // Numba: wide(1) == 1.0 as float64 (safe beats unsafe to float32); narrow(1) is ambiguous (both unsafe).
        assertEquals(1.0, declared("wide", false).call(1L));
        TypingError e = assertThrows(TypingError.class, () -> declared("narrow", false).call(1L));
        assertEquals("Ambiguous overloading for 'narrow' with argument type(s) int64: int32(int32), "
                + "float32(float32) match equally well", e.detail());
    }

    @Test
    void disabledJitTypesDeclaredSignaturesAndInterpretsThem() {
        Dispatcher d = declared("scale", true);
        assertEquals(7.5, d.call(2.5, 3.5));
        assertEquals(0, compiles.get());
        assertThrows(TypingError.class, () -> d.call(NDArray.zeros(DType.FLOAT64, 2), 1L));
    }

    @Test
    void aDeclaredReturnTypeConvertsTheResultAsNumbaDoes() {
        Module m = Parser.parse("""
                from numba import njit

                @njit("int64(float64)")
                def half(x):
                    return x / 2
                """, "half.py");
        Dispatcher d = new Dispatcher(m, "half", counting, false);
        assertEquals(3L, d.call(7.0));
        assertEquals(-3L, d.call(-7.0));
        assertEquals(-3L, d.interpret(-7.0));
    }

    @Test
    void aDeclaredReturnTypeThatCannotHoldTheResultFailsWhenTheDispatcherIsMade() {
        Module m = Parser.parse("""
                from numba import njit

                @njit("float64[:](float64)")
                def half(x):
                    return x / 2
                """, "bad.py");
        TypingError e = assertThrows(TypingError.class, () -> new Dispatcher(m, "half", counting, false));
        assertTrue(e.getMessage().contains("No conversion from float64 to float64[:]: half returns float64 but its "
                + "signature declares float64[:]"), e.getMessage());
    }

    @Test
    void missingFunctionNamesTheOnesThatExist() {
        TypingError e = assertThrows(TypingError.class, () -> dispatcher("foo"));
        assertTrue(e.getMessage().contains("module 'k.py' has no function 'foo' (it has: add, broken)"), e.getMessage());
    }
}
