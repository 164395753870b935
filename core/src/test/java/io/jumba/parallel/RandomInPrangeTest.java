package io.jumba.parallel;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
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

import static org.junit.jupiter.api.Assertions.*;

/**
 * np.random in prange loops: as in Numba, each thread draws from its own state, so np.random.seed in the kernel
 * seeds the calling thread's state only. On one thread a prange loop draws NumPy's stream; on several, the pool
 * threads' chunks come from their own (unseeded) states.
 */
class RandomInPrangeTest {
    private static final String SOURCE = """
            import numba
            import numpy as np
            from numba import njit, prange

            @njit(parallel=True)
            def fill(out, seed):
                np.random.seed(seed)
                for i in prange(out.shape[0]):
                    out[i] = np.random.random()

            @njit(parallel=True)
            def fill_by(out, tid, seed):
                np.random.seed(seed)
                for i in prange(out.shape[0]):
                    out[i] = np.random.random()
                    tid[i] = numba.get_thread_id()
            """;
    private static final int N = 200_000;  // above the serial threshold: several chunks

    @AfterEach
    void reset() { ThreadCount.set(0); }

    private static Program typed() {
        return typed("fill", "float64[::1]", "int64");
    }

    private static Program typed(String function, String... argumentTypes) {
        return TypeInference.specialize(Parser.parse(SOURCE, "t.py"), function,
                Arrays.stream(argumentTypes).map(Signature::parseType).toList());
    }

    private static double[] values(NDArray a) {
        double[] v = new double[N];
        for (int i = 0; i < N; i++) v[i] = a.readDouble(i);
        return v;
    }

    @Test
    void onOneThreadTheLoopDrawsNumpysStreamCompiledAndInterpreted() {
        ThreadCount.set(1);
        CompiledKernel k = Pipeline.standard().compile(typed());
        NDArray compiled = NDArray.zeros(DType.FLOAT64, N), interpreted = NDArray.zeros(DType.FLOAT64, N);
        k.invoke(compiled, 0L);
        Interpreter.run(typed(), interpreted, 0L);
        assertEquals(0.5488135039273248, compiled.readDouble(0));
        assertEquals(0.7151893663724195, compiled.readDouble(1));
        assertArrayEquals(values(interpreted), values(compiled));
    }

    @Test
    void onSeveralThreadsThePoolThreadsDrawFromTheirOwnStates() {
        ThreadCount.set(1);
        CompiledKernel k = Pipeline.standard().compile(typed("fill_by", "float64[::1]", "int64[::1]", "int64"));
        NDArray serial = NDArray.zeros(DType.FLOAT64, N);
        k.invoke(serial, NDArray.zeros(DType.INT64, N), 0L);
        double[] s = values(serial);
        ThreadCount.set(4);
        // On a busy machine the calling thread may run every chunk itself before a pool thread starts: call again
        // until a pool thread ran one (each call has 4 threads' worth of chunks, so this ends within a few calls).
        for (int attempt = 0; attempt < 200; attempt++) {
            NDArray parallel = NDArray.zeros(DType.FLOAT64, N), tid = NDArray.zeros(DType.INT64, N);
            k.invoke(parallel, tid, 0L);
            double[] p = values(parallel);
            for (double x : p) assertTrue(x >= 0.0 && x < 1.0);
            int[] byPool = java.util.stream.IntStream.range(0, N).filter(i -> tid.readLong(i) != 0).toArray();
            if (byPool.length == 0) continue;
            long continued = Arrays.stream(byPool).filter(i -> p[i] == s[i]).count();
            assertTrue(continued < byPool.length, "pool threads do not continue the calling thread's seeded stream");
            return;
        }
        fail("no chunk ran on a pool thread in 200 calls at 4 threads");
    }
}
