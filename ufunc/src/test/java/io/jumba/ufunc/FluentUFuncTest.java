package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.runtime.parallel.ThreadCount;
import io.jumba.vectorize.options.SpeciesWidth;
import io.jumba.vectorize.options.VectorOptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** User-defined ufuncs through the fluent API. */
class FluentUFuncTest {
    @Test void hypotAndMetadata() {
        UFunc hypot = UFunc.builder("hypot").doc("sqrt(x*x + y*y)")
                .loop("ff->f", x -> x.get(0).hypot(x.get(1)))
                .loop("dd->d", x -> x.get(0).mul(x.get(0)).add(x.get(1).mul(x.get(1))).sqrt()).build();
        assertEquals(List.of("ff->f", "dd->d"), hypot.types());
        assertEquals(2, hypot.nin());
        assertEquals(1, hypot.nout());
        assertEquals(5.0, hypot.call(3L, 4L));
        NDArray r = (NDArray) hypot.call(NDArray.of(new float[] {3, 5}), 4.0);
        assertEquals(DType.FLOAT32, r.dtype());
        assertArrayEquals(new double[] {5, Math.hypot(5, 4)}, r.toFlatDoubleArray(), 1e-6);
    }

    @Test void typedLoopsAreTheTypeStringsLoops() {
        LoopType ffF = LoopType.of(DType.FLOAT32, DType.FLOAT32).to(DType.FLOAT32);
        assertEquals(LoopType.parse("ff->f"), ffF);
        assertEquals("bBhilfd?->l", new LoopType(List.of(DType.INT8, DType.UINT8, DType.INT16, DType.INT32,
                DType.INT64, DType.FLOAT32, DType.FLOAT64, DType.BOOL), DType.INT64).code());
        UFunc typed = UFunc.builder("mix")
                .loop(ffF, x -> x.get(0).mul(x.get(1)))
                .loops(x -> x.get(0).sub(x.get(1)), LoopType.of(DType.INT64, DType.INT64).to(DType.INT64),
                        LoopType.of(DType.FLOAT64, DType.FLOAT64).to(DType.FLOAT64))
                .build();
        assertEquals(List.of("ff->f", "ll->l", "dd->d"), typed.types());
        // Loop selection by NumPy's rule over the typed loops: the first loop the inputs cast to safely, so int8
        // takes ff->f and int32 (not safe to float32) ll->l.
        NDArray r8 = (NDArray) typed.call(NDArray.of(new byte[] {7, 1}), NDArray.of(new byte[] {2, 5}));
        assertEquals(DType.FLOAT32, r8.dtype());
        assertArrayEquals(new double[] {14, 5}, r8.toFlatDoubleArray());
        NDArray r = (NDArray) typed.call(NDArray.of(new int[] {7, 1}), NDArray.of(new int[] {2, 5}));
        assertEquals(DType.INT64, r.dtype());
        assertArrayEquals(new long[] {5, -4}, r.toFlatLongArray());
        assertEquals(DType.FLOAT32, ((NDArray) typed.call(NDArray.of(new float[] {3}), NDArray.of(new float[] {2}))).dtype());
        assertThrows(IllegalArgumentException.class, () -> LoopType.of().to(DType.FLOAT64));
        assertThrows(IllegalArgumentException.class, () -> LoopType.parse("->d"));
        assertThrows(IllegalArgumentException.class, () -> LoopType.parse("dd->dd"));
    }

    @Test void logisticClippedReluAndPolynomial() {
        UFunc logistic = UFunc.builder("logistic")
                .loops(x -> UExpr.one().div(UExpr.one().add(x.get(0).neg().exp())), "f->f", "d->d").build();
        NDArray xs = NDArray.of(new double[] {-2, 0, 3});
        double[] got = ((NDArray) logistic.call(xs)).toFlatDoubleArray();
        for (int i = 0; i < 3; i++) assertEquals(1 / (1 + Math.exp(-xs.getDouble(i))), got[i], 1e-15);

        UFunc relu6 = UFunc.builder("relu6")
                .loops(x -> x.get(0).max(UExpr.zero()).min(UExpr.of(6L)), "l->l", "d->d").build();
        assertArrayEquals(new long[] {0, 3, 6}, ((NDArray) relu6.call(NDArray.of(new long[] {-4, 3, 9}))).toFlatLongArray());
        assertArrayEquals(new double[] {0, 2.5, 6}, ((NDArray) relu6.call(NDArray.of(new double[] {-1, 2.5, 7}))).toFlatDoubleArray());

        // p(x) = x^2 for x < 1, 2x - 1 otherwise
        UFunc piecewise = UFunc.builder("piecewise")
                .loop("d->d", x -> UExpr.where(x.get(0).lt(1.0), x.get(0).mul(x.get(0)), x.get(0).mul(2.0).sub(1.0)))
                .build();
        assertArrayEquals(new double[] {0.25, 1, 5}, ((NDArray) piecewise.call(NDArray.of(new double[] {0.5, 1, 3})))
                .toFlatDoubleArray());
    }

    /**
     * A user ufunc with unsigned loops (the midpoint min + (max - min) // 2, which never overflows when min, max and
     * // are unsigned) on every engine: uint64 values from 2^63 up, NumPy's loop choice for mixed signedness.
     */
    @Test void unsignedLoopsOnEveryEngine() {
        List<Engine> engines = new java.util.ArrayList<>(List.of(new Engine.Interpreted()));
        for (SpeciesWidth w : SpeciesWidth.values()) engines.add(new Engine.Compiled(VectorOptions.DEFAULT.withWidth(w)));
        long[] a = {-1L, Long.MIN_VALUE, 0, 5, -2, 1L << 62, 9, Long.MAX_VALUE, 3};
        long[] b = {-3L, 1, -1L, 7, -2, Long.MIN_VALUE, 4, Long.MIN_VALUE, 3};
        for (Engine engine : engines) {
            UFunc midpoint = UFunc.builder("midpoint").engine(engine)
                    .loops(x -> x.get(0).min(x.get(1)).add(x.get(0).max(x.get(1)).sub(x.get(0).min(x.get(1)))
                            .floorDiv(UExpr.of(2L))), "HH->H", "II->I", "LL->L", "dd->d").build();
            NDArray left = NDArray.empty(DType.UINT64, a.length), right = NDArray.empty(DType.UINT64, b.length);
            for (int i = 0; i < a.length; i++) {
                left.setLong(a[i], i);
                right.setLong(b[i], i);
            }
            NDArray r = (NDArray) midpoint.call(left, right);
            assertEquals(DType.UINT64, r.dtype(), engine.toString());
            for (int i = 0; i < a.length; i++) {
                java.math.BigInteger sum = new java.math.BigInteger(Long.toUnsignedString(a[i]))
                        .add(new java.math.BigInteger(Long.toUnsignedString(b[i])));
                assertEquals(sum.shiftRight(1).longValue(), r.getLong(i), engine + " at " + i);
            }
            // uint16 with int16 has no unsigned or narrower loop both cast to safely: float64, as NumPy
            NDArray u16 = NDArray.full(DType.UINT16, 65535L, 2), i16 = NDArray.full(DType.INT16, -1L, 2);
            NDArray mixed = (NDArray) midpoint.call(u16, i16);
            assertEquals(DType.FLOAT64, mixed.dtype(), engine.toString());
            assertEquals(32767.0, mixed.getDouble(0), engine.toString());
            NDArray u32 = (NDArray) midpoint.call(NDArray.full(DType.UINT16, 65535L, 2),
                    NDArray.full(DType.UINT32, 4294967295L, 2));
            assertEquals(DType.UINT32, u32.dtype(), engine.toString());
            assertEquals(2147516415L, u32.getLong(1), engine.toString());
        }
    }

    @Test void kernelsAreCachedPerArgumentTypes() {
        UFunc twice = UFunc.builder("twice").loop("d->d", x -> x.get(0).mul(2.0)).build();
        twice.call(NDArray.of(new double[] {1}));
        twice.call(NDArray.of(new double[] {2, 3}));
        assertEquals(1, twice.compiledKernels());
        twice.call(NDArray.of(new double[] {1, 2}, 1, 2));
        assertEquals(2, twice.compiledKernels());
    }

    @Test void parallelTargetSplitsTheOuterDimension() throws Exception {
        UFunc add = UFunc.builder("padd").target(Target.PARALLEL).loop("dd->d", x -> x.get(0).add(x.get(1))).build();
        NDArray a = NDArray.random(1, 4000, 5);  // 80,000 work units: above the serial threshold
        NDArray b = NDArray.random(2, 5);
        NDArray r = (NDArray) add.call(a, b);
        assertTrue(((NDArray) UFuncs.add.call(a, b)).contentEquals(r));
        // On the parallel loops' pool with 4 threads (a split run even on a one-core machine), and with 1.
        for (int threads : new int[] {4, 1}) {
            ThreadCount.set(threads);
            try {
                assertTrue(r.contentEquals((NDArray) add.call(a, b)), threads + " threads");
            } finally {
                ThreadCount.set(0);
            }
        }
    }
}
