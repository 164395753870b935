package io.jumba.dispatch;

import io.jumba.error.JumbaException;
import io.jumba.error.TypingError;
import io.jumba.frontend.Parser;
import io.jumba.frontend.ast.Module;
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
    private final Pipeline counting = Pipeline.standard().withPass(p -> {
        compiles.incrementAndGet();
        return p;
    });

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

    @Test
    void missingFunctionNamesTheOnesThatExist() {
        TypingError e = assertThrows(TypingError.class, () -> dispatcher("foo"));
        assertTrue(e.getMessage().contains("module 'k.py' has no function 'foo' (it has: add, broken)"), e.getMessage());
    }
}
