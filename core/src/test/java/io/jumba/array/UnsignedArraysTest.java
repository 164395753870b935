package io.jumba.array;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** uint16, uint32 and uint64 arrays: storage, boxing, .npy files, float conversions, printing and promotion. */
class UnsignedArraysTest {
    @TempDir Path tmp;

    private static final long U64_MAX = -1L;

    @Test
    void readsNumpysUint16File() throws IOException {
        NDArray a = Npy.read(GoldenFiles.file("uint16.npy"));
        assertEquals(DType.UINT16, a.dtype());
        assertArrayEquals(new int[] {2}, a.shape());
        assertEquals(1, a.get(0));
        assertEquals(2, a.get(1));
    }

    @Test
    void roundTripsThroughNpyKeepingEveryBit() throws IOException {
        for (DType d : new DType[] {DType.UINT16, DType.UINT32, DType.UINT64}) {
            NDArray a = NDArray.empty(d, 3);
            a.setLong(-1L, 0); // wraps to the dtype's largest value
            a.setLong(5, 1);
            a.setLong(1L << (d.itemSize() * 8 - 1), 2); // top bit set
            Path file = tmp.resolve(d.numpyName() + ".npy");
            Npy.write(file, a);
            NDArray b = Npy.read(file);
            assertEquals(d, b.dtype());
            for (int i = 0; i < 3; i++) assertEquals(a.getLong(i), b.getLong(i), d + " at " + i);
        }
    }

    @Test
    void boxesInTheNextWiderTypeAndUint64AsItsBits() {
        NDArray u16 = NDArray.full(DType.UINT16, 65535, 1);
        NDArray u32 = NDArray.full(DType.UINT32, 4294967295.0, 1);
        NDArray u64 = NDArray.empty(DType.UINT64, 1);
        u64.setLong(U64_MAX, 0);
        assertEquals(Integer.valueOf(65535), u16.get(0));
        assertEquals(Long.valueOf(4294967295L), u32.get(0));
        assertEquals(Long.valueOf(U64_MAX), u64.get(0));
        assertEquals(0x1p64, u64.getDouble(0));
        assertEquals("array([18446744073709551615], dtype=uint64)", u64.toString());
        assertEquals("[65535]", ArrayFormatter.str(u16));
    }

    @Test
    void floatConversionsRoundOnceAndKeepMagnitudesFrom2To63Up() {
        long[] samples = {U64_MAX, Long.MIN_VALUE, Long.MIN_VALUE + 1, 0xFFFF_FFFF_FFFF_FBFFL, 0x8000_0000_0000_0401L, 12345};
        for (long bits : samples) {
            BigDecimal exact = new BigDecimal(new BigInteger(Long.toUnsignedString(bits)));
            assertEquals(exact.doubleValue(), Unsigned.toDouble(bits), Long.toUnsignedString(bits));
            assertEquals(exact.floatValue(), Unsigned.toFloat(bits), Long.toUnsignedString(bits));
        }
        assertEquals(new BigInteger("10000000000000000000").longValue(), Unsigned.fromDouble(1e19));
        assertEquals(Long.MIN_VALUE, Unsigned.fromDouble(0x1p63));
        assertEquals(-1L, Unsigned.fromDouble(-1.5)); // through int64, as NumPy
        assertEquals(12L, Unsigned.fromDouble(12.9));
        assertEquals(0L, Unsigned.fromDouble(3e19)); // NumPy's x86-64 result beyond 2^64
    }

    @Test
    void castsFromFloatArraysAsNumpy() {
        // np.array([3e9, -1.5, 7e4]).astype(...) under NumPy 1.24 on x86-64
        NDArray f = NDArray.empty(DType.FLOAT64, 3);
        f.setDouble(3e9, 0);
        f.setDouble(-1.5, 1);
        f.setDouble(7e4, 2);
        NDArray u16 = Copies.copy(f, DType.UINT16, 'C');
        NDArray u32 = Copies.copy(f, DType.UINT32, 'C');
        assertEquals(0L, u16.getLong(0));
        assertEquals(65535L, u16.getLong(1));
        assertEquals(4464L, u16.getLong(2));
        assertEquals(3_000_000_000L, u32.getLong(0));
        assertEquals(4294967295L, u32.getLong(1));
    }

    @Test
    void promotesAsNumpy() {
        assertEquals(DType.FLOAT64, DType.promote(DType.UINT64, DType.INT64));
        assertEquals(DType.FLOAT64, DType.promote(DType.INT8, DType.UINT64));
        assertEquals(DType.UINT64, DType.promote(DType.UINT64, DType.UINT8));
        assertEquals(DType.INT32, DType.promote(DType.UINT16, DType.INT16));
        assertEquals(DType.INT64, DType.promote(DType.UINT32, DType.INT32));
        assertEquals(DType.FLOAT32, DType.promote(DType.UINT16, DType.FLOAT32));
        assertEquals(DType.FLOAT64, DType.promote(DType.UINT32, DType.FLOAT32));
        assertEquals(DType.UINT64, DType.byName("uint"));
        assertEquals(DType.UINT32, DType.byName("u4"));
    }
}
