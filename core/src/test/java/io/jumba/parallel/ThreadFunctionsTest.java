package io.jumba.parallel;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.diag.TypingError;
import io.jumba.dispatch.Pipeline;
import io.jumba.frontend.Parser;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.runtime.parallel.ThreadCount;
import io.jumba.types.Signature;
import io.jumba.typing.TypeInference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** numba.get_num_threads(), get_thread_id() and set_num_threads() in kernels, compiled and interpreted. */
class ThreadFunctionsTest {
    private static final String SOURCE = """
            import numba
            from numba import njit, prange, get_num_threads, get_thread_id

            @njit(parallel=True)
            def ids(out, counts):
                for i in prange(out.shape[0]):
                    out[i] = get_thread_id()
                    counts[i] = numba.get_num_threads()
                return get_num_threads() * 1000 + get_thread_id()

            @njit(parallel=True)
            def setting(n):
                numba.set_num_threads(n)
                return numba.get_num_threads()
            """;
    private static final int N = 400_000;  // well above the serial threshold: many chunks

    @AfterEach
    void reset() {
        ThreadCount.set(0);
        ThreadCount.overrideForCaller(0);
    }

    private static Program typed(String function, String... types) {
        return TypeInference.specialize(Parser.parse(SOURCE, "t.py"), function,
                Arrays.stream(types).map(Signature::parseType).toList());
    }

    @Test
    void insideAPrangeLoopTheIdsAreTheThreadsAndTheCountIsTheLoops() {
        CompiledKernel k = Pipeline.standard().compile(typed("ids", "int64[::1]", "int64[::1]"));
        assertTrue(k.javaSource().contains("Parallel.threadId()"), k.javaSource());
        for (int threads : new int[] {1, 3, 8}) {
            ThreadCount.set(threads);
            NDArray out = NDArray.zeros(DType.INT64, N), counts = NDArray.zeros(DType.INT64, N);
            assertEquals(threads * 1000L, k.invoke(out, counts), "outside the loop: thread 0 of the count in force");
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < N; i++) {
                seen.add(out.readLong(i));
                assertEquals(threads, counts.readLong(i), "get_num_threads() at " + i);
            }
            for (long id : seen) assertTrue(id >= 0 && id < threads, threads + " threads: id " + id);
            if (threads == 1) assertEquals(Set.of(0L), seen);
        }
    }

    @Test
    void theInterpreterIsThreadZeroOfTheCountInForce() {
        ThreadCount.set(5);
        NDArray out = NDArray.zeros(DType.INT64, 1000), counts = NDArray.zeros(DType.INT64, 1000);
        assertEquals(5000L, Interpreter.run(typed("ids", "int64[::1]", "int64[::1]"), out, counts));
        for (int i = 0; i < 1000; i++) {
            assertEquals(0L, out.readLong(i));
            assertEquals(5L, counts.readLong(i));
        }
    }

    @Test
    void setNumThreadsIsThreadLocalAndStaysAsInNumba() {
        CompiledKernel k = Pipeline.standard().compile(typed("setting", "int64"));
        assertEquals(2L, k.invoke(2L));
        assertEquals(2, ThreadCount.get(), "the calling thread keeps the count");
        assertEquals(4L, Interpreter.run(typed("setting", "int64"), 4L));
        assertEquals(4, ThreadCount.get());
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> k.invoke(0L));
        assertTrue(e.getMessage().contains("ValueError") && e.getMessage().contains("t.py:13:"), e.getMessage());
    }

    @Test
    void argumentsAreChecked() {
        String bad = """
                import numba
                from numba import njit

                @njit
                def k(x):
                    return numba.get_thread_id(x)
                """;
        TypingError e = assertThrows(TypingError.class, () -> TypeInference.specialize(Parser.parse(bad, "b.py"), "k",
                java.util.List.of(Signature.parseType("int64"))));
        assertTrue(e.getMessage().contains("get_thread_id() takes 0 argument(s), got 1"), e.getMessage());
    }
}
