package io.jumba.array;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Npy.map: NumPy's mmap_mode 'r', 'r+' and 'c' over .npy files, segment arrays of any size. */
class NpyMapTest {
    @TempDir Path dir;

    private Path saved(NDArray a) throws IOException {
        Path file = dir.resolve("a.npy");
        Npy.write(file, a);
        return file;
    }

    @Test
    void readOnlyMapSeesTheDataAndRefusesWrites() throws IOException {
        NDArray a = NDArray.random(3, 4, 5);
        try (Arena arena = Arena.ofConfined()) {
            NDArray m = Npy.map(saved(a), NpyMapMode.READ_ONLY, arena);
            assertTrue(m.isSegment());
            assertTrue(a.contentEquals(m));
            assertEquals(a.getDouble(2, 3), m.getDouble(2, 3));
            assertThrows(IllegalArgumentException.class, () -> m.setDouble(1.0, 0, 0));
            Path again = dir.resolve("again.npy");
            Npy.write(again, m);
            assertTrue(a.contentEquals(Npy.read(again)));
        }
    }

    @Test
    void readWriteMapWritesTheFileAndCopyOnWriteDoesNot() throws IOException {
        Path file = saved(NDArray.arange(0, 10, 1).astype(DType.INT32));
        try (Arena arena = Arena.ofConfined()) {
            NDArray m = Npy.map(file, NpyMapMode.READ_WRITE, arena);
            m.setLong(42, 3);
        }
        assertEquals(42L, Npy.read(file).getLong(3));
        try (Arena arena = Arena.ofConfined()) {
            NDArray c = Npy.map(file, NpyMapMode.ofNumpy("c"), arena);
            c.setLong(-1, 4);
            assertEquals(-1L, c.getLong(4));
        }
        assertEquals(4L, Npy.read(file).getLong(4));
    }

    @Test
    void fortranOrderMapsWithFortranStrides() throws IOException {
        NDArray f = NDArray.arange(0.0, 6.0, 1.0).reshape(2, 3).copy('F');
        Path file = dir.resolve("f.npy");
        writeRaw(file, "{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }", f.copy('F').transpose().copy().toFlatDoubleArray());
        NDArray m = Npy.map(file, NpyMapMode.READ_ONLY);
        assertTrue(m.isFContiguous());
        assertTrue(Npy.read(file).contentEquals(m));
    }

    @Test
    void boolAndForeignByteOrderAreRefusedWithAReason() throws IOException {
        Path bool = saved(NDArray.full(DType.BOOL, true, 3));
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> Npy.map(bool, NpyMapMode.READ_ONLY));
        assertTrue(e.getMessage().contains("bool arrays are not mapped"), e.getMessage());
        Path big = dir.resolve("big-endian.npy");
        writeRaw(big, "{'descr': '>f8', 'fortran_order': False, 'shape': (2,), }", new double[] {1, 2});
        e = assertThrows(NpyFormatException.class, () -> Npy.map(big, NpyMapMode.READ_ONLY));
        assertTrue(e.getMessage().contains("byte order"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NpyMapMode.ofNumpy("w+"));
    }

    @Test
    void mapsFilesOfMoreThan2To31Elements() throws IOException {
        long n = (1L << 31) + 10;
        Path file = dir.resolve("huge.npy");
        writeRaw(file, "{'descr': '|i1', 'fortran_order': False, 'shape': (" + n + ",), }", new double[0]);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.SPARSE)) {
            ch.write(ByteBuffer.wrap(new byte[] {9}), ch.size() + n - 1); // the last element; the rest is a hole
        }
        assertThrows(NpyFormatException.class, () -> Npy.read(file));
        try (Arena arena = Arena.ofConfined()) {
            NDArray m = Npy.map(file, NpyMapMode.READ_ONLY, arena);
            assertEquals(n, m.longSize());
            assertEquals(n, m.longShape(0));
            assertEquals(9L, m.readLong(n - 1));
            assertEquals(0L, m.readLong(1L << 31));
            assertTrue(m.isCContiguous());
            UnsupportedOperationException tooBig = assertThrows(UnsupportedOperationException.class, m::size);
            assertTrue(tooBig.getMessage().contains("does not fit an int"), tooBig.getMessage());
        }
    }

    /** A version 1.0 file with this header (padded as NumPy pads it) and float64 or no data, little-endian unless the descr says '>'. */
    private static void writeRaw(Path file, String header, double[] data) throws IOException {
        int used = 10 + header.length() + 1;
        String padded = header + " ".repeat(64 - used % 64) + "\n";
        ByteBuffer b = ByteBuffer.allocate(10 + padded.length() + data.length * 8)
                .order(header.contains("'>") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        b.order(ByteOrder.LITTLE_ENDIAN).putShort((short) padded.length());
        b.order(header.contains("'>") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        b.put(padded.getBytes(StandardCharsets.ISO_8859_1));
        for (double v : data) b.putDouble(v);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(b.array());
        }
    }
}
