package io.jumba.arrow;

import io.jumba.Jumba;
import io.jumba.Kernel;
import io.jumba.KernelModule;
import io.jumba.array.DType;
import io.jumba.array.NDArray;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float4Vector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.SmallIntVector;
import org.apache.arrow.vector.TinyIntVector;
import org.apache.arrow.vector.UInt1Vector;
import org.apache.arrow.vector.UInt2Vector;
import org.apache.arrow.vector.UInt4Vector;
import org.apache.arrow.vector.UInt8Vector;
import org.apache.arrow.vector.VarCharVector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Views of Arrow vectors share their memory, refuse what they cannot show, and run kernels as heap arrays do. */
class ArrowArraysTest {
    private final BufferAllocator allocator = new RootAllocator();

    @AfterEach
    void close() { allocator.close(); } // fails the test when a vector leaked

    @Test
    void everyNumericVectorIsViewedWithoutCopying() {
        for (DType d : new DType[] {DType.FLOAT64, DType.FLOAT32, DType.INT64, DType.INT32, DType.INT16, DType.INT8, DType.UINT8,
                DType.UINT16, DType.UINT32, DType.UINT64}) {
            NDArray values = NDArray.arange(0, 100, 1).astype(d);
            try (FieldVector v = ArrowArrays.copyOf("x", values, allocator)) {
                NDArray view = ArrowArrays.view(v);
                assertEquals(d, view.dtype());
                assertTrue(view.isSegment());
                assertTrue(values.contentEquals(view), d.numpyName());
                view.setLong(77, 5); // writes reach the vector's own buffer
                // Arrow boxes a uint16 as a Character
                Object slot = v.getObject(5);
                assertEquals(77L, slot instanceof Character c ? (long) c : ((Number) slot).longValue(), d.numpyName());
            }
        }
        try (Float8Vector f = new Float8Vector("f", allocator); IntVector i = new IntVector("i", allocator);
             SmallIntVector s = new SmallIntVector("s", allocator); TinyIntVector t = new TinyIntVector("t", allocator);
             BigIntVector b = new BigIntVector("b", allocator); Float4Vector g = new Float4Vector("g", allocator);
             UInt1Vector u = new UInt1Vector("u", allocator)) {
            f.setSafe(0, 2.5); i.setSafe(0, -7); s.setSafe(0, (short) 300); t.setSafe(0, (byte) -2);
            b.setSafe(0, 1L << 40); g.setSafe(0, 1.5f); u.setSafe(0, 200);
            for (FieldVector v : new FieldVector[] {f, i, s, t, b, g, u}) v.setValueCount(1);
            assertEquals(2.5, ArrowArrays.view(f).getDouble(0));
            assertEquals(-7L, ArrowArrays.view(i).getLong(0));
            assertEquals(300L, ArrowArrays.view(s).getLong(0));
            assertEquals(-2L, ArrowArrays.view(t).getLong(0));
            assertEquals(1L << 40, ArrowArrays.view(b).getLong(0));
            assertEquals(1.5, ArrowArrays.view(g).getDouble(0));
            assertEquals(200L, ArrowArrays.view(u).getLong(0));
        }
    }

    @Test
    void unsignedVectorsKeepTheirValuesAboveTheSignedRange() {
        try (UInt2Vector u2 = new UInt2Vector("u2", allocator); UInt4Vector u4 = new UInt4Vector("u4", allocator);
             UInt8Vector u8 = new UInt8Vector("u8", allocator)) {
            u2.setSafe(0, 65535); u4.setSafe(0, (int) 4_000_000_000L); u8.setSafe(0, -1L);   // 2^64 - 1
            for (FieldVector v : new FieldVector[] {u2, u4, u8}) v.setValueCount(1);
            assertEquals(DType.UINT16, ArrowArrays.view(u2).dtype());
            assertEquals(65535L, ArrowArrays.view(u2).getLong(0));
            assertEquals(4_000_000_000L, ArrowArrays.view(u4).getLong(0));
            assertEquals(DType.UINT64, ArrowArrays.view(u8).dtype());
            assertEquals("18446744073709551615", Long.toUnsignedString(ArrowArrays.view(u8).getLong(0)));
            // a kernel sees NumPy's unsigned values: uint64 compared with 0 and summed as uint64
            Kernel max = Jumba.jit("""
                    from numba import njit

                    @njit
                    def biggest(a):
                        m = a[0]
                        for i in range(len(a)):
                            if a[i] > m:
                                m = a[i]
                        return m
                    """).function("biggest");
            assertEquals(4_000_000_000L, ((Number) max.call(ArrowArrays.view(u4))).longValue());
        }
    }

    @Test
    void nullsAreRefusedUnlessAskedForWithTheirMask() {
        try (Float8Vector v = new Float8Vector("price", allocator)) {
            v.allocateNew(4);
            v.set(0, 1.0);
            v.setNull(1);
            v.set(2, 3.0);
            v.set(3, 4.0);
            v.setValueCount(4);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArrowArrays.view(v));
            assertEquals("Arrow vector 'price' has 1 null(s) in 4 values: view refuses nulls (viewIgnoringNulls with"
                    + " validity gives the data and a mask)", e.getMessage());
            NDArray data = ArrowArrays.viewIgnoringNulls(v);
            assertEquals(3.0, data.getDouble(2));
            assertArrayEquals(new boolean[] {true, false, true, true}, ArrowArrays.validity(v).toFlatBooleanArray());
        }
    }

    @Test
    void bitVectorsAreCopiedToBoolAndOtherTypesRefused() {
        try (BitVector bits = new BitVector("flag", allocator); VarCharVector text = new VarCharVector("name", allocator)) {
            bits.allocateNew(3);
            bits.set(0, 1);
            bits.set(1, 0);
            bits.set(2, 1);
            bits.setValueCount(3);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArrowArrays.view(bits));
            assertTrue(e.getMessage().contains("is a BitVector"), e.getMessage());
            assertArrayEquals(new boolean[] {true, false, true}, ArrowArrays.copyOf(bits).toFlatBooleanArray());
            text.allocateNew();
            text.setValueCount(0);
            e = assertThrows(IllegalArgumentException.class, () -> ArrowArrays.view(text));
            assertTrue(e.getMessage().contains("is a VarCharVector: Jumba views Float8"), e.getMessage());
        }
    }

    /** The user guide's Arrow example (docs/user-guide.md; UserGuideExamplesTest checks the copy is current). */
    @Test
    void userGuideExample() {
        Kernel scale = Jumba.jit("""
                from numba import njit

                @njit
                def scale(out, x, factor):
                    for i in range(len(out)):
                        out[i] = x[i] * factor
                """).function("scale");
        // example
        double doubled;
        try (BufferAllocator allocator = new RootAllocator();
             Float8Vector spot = new Float8Vector("spot", allocator);
             FieldVector out = ArrowArrays.allocate("out", DType.FLOAT64, 3, allocator)) {
            spot.allocateNew(3);
            for (int i = 0; i < 3; i++) spot.set(i, 100.0 + i);
            spot.setValueCount(3);
            scale.call(ArrowArrays.view(out), ArrowArrays.view(spot), 2.0);   // out[i] = spot[i] * 2, in Arrow memory
            doubled = ((Float8Vector) out).get(2);                            // 204.0
        }
        // end example
        assertEquals(204.0, doubled);
    }

    @Test
    void aFreshOutputIsZerosEverySlotValidOverTheVectorsNewBuffer() {
        try (Float8Vector v = new Float8Vector("out", allocator); BitVector b = new BitVector("flags", allocator)) {
            v.allocateNew(2);
            v.set(0, 9.0);
            v.setNull(1);
            v.setValueCount(2);
            NDArray out = ArrowArrays.fresh(v, 5);
            assertEquals(5, v.getValueCount());
            assertEquals(0, v.getNullCount());
            assertEquals(0.0, out.getDouble(0), "the earlier batch's value is gone");
            out.setDouble(4.5, 4);
            assertEquals(4.5, v.get(4), "the array is the vector's memory");
            assertThrows(IllegalArgumentException.class, () -> ArrowArrays.fresh(b, 2));
        }
    }

    @Test
    void emptyVectorsAreEmptyArrays() {
        try (FieldVector v = ArrowArrays.allocate("e", DType.FLOAT64, 0, allocator)) {
            assertEquals(0, ArrowArrays.view(v).size());
        }
    }

    @Test
    void kernelsOverArrowVectorsGiveTheHeapResults() {
        KernelModule m = Jumba.jit("""
                from numba import njit

                @njit
                def price(out, spot, strike, rate):
                    for i in range(len(out)):
                        out[i] = max(spot[i] - strike[i], 0.0) * (1.0 + rate)

                @njit
                def total(a):
                    s = 0
                    for i in range(len(a)):
                        s += a[i]
                    return s
                """, "arrow_kernels.py");
        int n = 10_007;
        NDArray spot = NDArray.random(1, n), strike = NDArray.random(2, n);
        NDArray heapOut = NDArray.zeros(DType.FLOAT64, n);
        m.function("price").call(heapOut, spot, strike, 0.05);
        try (FieldVector s = ArrowArrays.copyOf("spot", spot, allocator);
             FieldVector k = ArrowArrays.copyOf("strike", strike, allocator);
             FieldVector out = ArrowArrays.allocate("out", DType.FLOAT64, n, allocator)) {
            m.function("price").call(ArrowArrays.view(out), ArrowArrays.view(s), ArrowArrays.view(k), 0.05);
            assertTrue(heapOut.contentEquals(ArrowArrays.view(out)));
            assertEquals(0, out.getNullCount());
            assertEquals(heapOut.getDouble(n - 1), ((Float8Vector) out).get(n - 1));
        }
        NDArray ints = NDArray.arange(0, n, 1).astype(DType.INT32);
        try (FieldVector v = ArrowArrays.copyOf("ints", ints, allocator)) {
            assertEquals(m.function("total").call(ints), m.function("total").call(ArrowArrays.view(v)));
        }
    }
}
