package io.jumba.ufunc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.TypingError;
import io.jumba.frontend.Parser;
import io.jumba.vectorize.SimdPipeline;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code @vectorize} without signatures, Numba's DUFunc: a loop compiled per new combination of input dtypes that
 * no loop so far takes safely, listed by {@code .types} in the order compiled. Expected types and values are what
 * Numba 0.56's DUFunc gives for the same calls (test_dufunc.py's behaviour: the first call with int64 arrays
 * compiles "ll->l", a later int32 call reuses it, float64 compiles "dd->d").
 */
class DynamicVectorizeTest {
    private static final String SOURCE = """
            import numpy as np
            from numba import vectorize

            @vectorize
            def add(a, b):
                return a + b

            @vectorize(nopython=True)
            def clip_sq(x, hi):
                y = x * x
                if y > hi:
                    return hi
                return y

            @vectorize()
            def half(x):
                return x / 2

            @vectorize
            def pair(x):
                return (x, x)
            """;

    private static VectorizedModule module(boolean jitDisabled) {
        return new VectorizedModule(Parser.parse(SOURCE, "<string>"), SimdPipeline.standard(), jitDisabled);
    }

    @Test
    void compilesALoopPerNewInputTypesAndReusesLoopsTheInputsCastToSafely() {
        for (boolean interpreted : new boolean[] {false, true}) {
            UFunc add = module(interpreted).ufunc("add");
            assertTrue(add.isDynamic());
            assertEquals(2, add.nin());
            assertEquals(List.of(), add.types());
            NDArray longs = (NDArray) add.call(NDArray.wrap(new long[] {1, 2, 3}), NDArray.wrap(new long[] {10, 20, 30}));
            assertEquals(DType.INT64, longs.dtype());
            assertArrayEquals(new long[] {11, 22, 33}, longs.toFlatLongArray());
            assertEquals(List.of("ll->l"), add.types());
            // int32 casts safely to int64: the int64 loop runs, nothing new is compiled.
            NDArray ints = (NDArray) add.call(NDArray.wrap(new int[] {1, 2}), NDArray.wrap(new int[] {3, 4}));
            assertEquals(DType.INT64, ints.dtype());
            assertEquals(List.of("ll->l"), add.types());
            NDArray doubles = (NDArray) add.call(NDArray.of(new double[] {0.5, 1.5}), 1.0);
            assertEquals(DType.FLOAT64, doubles.dtype());
            assertArrayEquals(new double[] {1.5, 2.5}, doubles.toFlatDoubleArray());
            assertEquals(List.of("ll->l", "dd->d"), add.types());
            // Python scalars: an int is int64, a float float64, and the result a scalar.
            assertEquals(5L, add.call(2L, 3L));
            assertEquals(3.5, add.call(2.5, 1L));
            assertEquals(List.of("ll->l", "dd->d"), add.types());
            // The ufunc methods run the compiled loops too.
            assertEquals(60L, add.reduce(NDArray.wrap(new long[] {10, 20, 30})));
        }
    }

    @Test
    void decoratorWithOptionsButNoSignaturesIsDynamic() {
        VectorizedModule m = module(false);
        UFunc clip = m.ufunc("clip_sq");
        NDArray r = (NDArray) clip.call(NDArray.of(new double[] {1, 2, 3, 4}), 10.0);
        assertArrayEquals(new double[] {1, 4, 9, 10}, r.toFlatDoubleArray());
        assertEquals(List.of("dd->d"), clip.types());
        NDArray f = (NDArray) clip.call(NDArray.of(new float[] {1, 5}), NDArray.of(new float[] {10, 10}));
        // float32 casts safely to float64, so the float64 loop runs (NumPy's resolution over the compiled loops).
        assertEquals(DType.FLOAT64, f.dtype());
        NDArray i8 = (NDArray) m.ufunc("half").call(NDArray.wrap(new byte[] {3, 4}));
        assertEquals(List.of("b->d"), m.ufunc("half").types());
        assertArrayEquals(new double[] {1.5, 2.0}, i8.toFlatDoubleArray());
        assertSame(m.ufunc("half"), m.ufunc("half"));
    }

    @Test
    void aBodyThatIsNotAScalarFunctionIsATypingErrorWhenACallCompilesIt() {
        UFunc pair = module(false).ufunc("pair");
        TypingError e = assertThrows(TypingError.class, () -> pair.call(NDArray.of(new double[] {1})));
        assertTrue(e.getMessage().contains("must return a scalar"), e.getMessage());
        assertEquals(List.of(), pair.types());
    }

    @Test
    void manyThreadsCompileEachInputTypeOnce() throws Exception {
        // Three dtypes none of which casts safely to another, so each needs its own loop whatever the order.
        List<NDArray> inputs = List.of(NDArray.wrap(new long[] {1, 2}), NDArray.wrap(DType.UINT64, new long[] {1, 2}),
                NDArray.of(new float[] {1, 2}));
        int threads = 12;
        for (int round = 0; round < 3; round++) {
            UFunc add = module(false).ufunc("add");
            CountDownLatch start = new CountDownLatch(1);
            List<Future<NDArray>> results = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
                for (int t = 0; t < threads; t++) {
                    NDArray x = inputs.get(t % inputs.size());
                    results.add(pool.submit(() -> {
                        start.await();
                        return (NDArray) add.call(x, x);
                    }));
                }
                start.countDown();
                for (int t = 0; t < threads; t++) {
                    NDArray r = results.get(t).get();
                    assertEquals(inputs.get(t % inputs.size()).dtype(), r.dtype());
                    assertEquals(4.0, ((Number) r.get(1)).doubleValue());
                }
            }
            assertEquals(List.of("LL->L", "ff->f", "ll->l"), add.types().stream().sorted().toList());
        }
    }
}
