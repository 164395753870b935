package io.jumba.array;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.*;

/** Corrupt and unsupported files are rejected with a one-line message naming the file and the problem. */
class NpyErrorsTest {
    private static final String SUPPORTED =
            "bool, int8, int16, int32, int64, uint8, uint16, uint32, uint64, float32, float64, complex64, complex128";

    @TempDir
    Path tmp;

    private String failure(Path file) {
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> Npy.read(file));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    private Path withBytes(String name, byte[] bytes) throws IOException {
        return Files.write(tmp.resolve(name), bytes);
    }

    @Test
    void complexFilesAreReadNowAndFloat16IsNot() throws IOException {
        NDArray a = Npy.read(GoldenFiles.file("complex128.npy")); // np.array([1+2j]), written by NumPy
        assertEquals(DType.COMPLEX128, a.dtype());
        assertEquals(new Complex(1, 2), a.get(0));
        byte[] bytes = Files.readAllBytes(GoldenFiles.file("complex128.npy"));
        String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("'<c16'", "'<f2' ");
        Path half = withBytes("half.npy", text.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(half + ": unsupported dtype '<f2' (Jumba supports " + SUPPORTED + ")", failure(half));
    }

    @Test
    void otherUnsupportedDtypes() {
        assertTrue(failure(GoldenFiles.file("unicode.npy")).endsWith("unicode.npy: unsupported dtype '<U3' (Jumba supports " + SUPPORTED + ")"));
        assertTrue(failure(GoldenFiles.file("structured.npy")).contains("unsupported structured dtype"));
    }

    @Test
    void badMagic() throws IOException {
        byte[] bytes = Files.readAllBytes(GoldenFiles.file("float64_le.npy"));
        bytes[1] = 'X';
        Path file = withBytes("x.npy", bytes);
        assertEquals(file + ": not a .npy file (bad magic string)", failure(file));
        assertEquals(file + ": not a .npy file (bad magic string)", failure(withBytes("x.npy", "hello, world\n".getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void truncatedData() throws IOException {
        byte[] bytes = Files.readAllBytes(GoldenFiles.file("float64_le.npy"));
        Path file = withBytes("short.npy", Arrays.copyOf(bytes, bytes.length - 3));
        assertEquals(file + ": truncated data: expected 48 bytes, found 45", failure(file));
    }

    @Test
    void truncatedHeader() throws IOException {
        byte[] bytes = Files.readAllBytes(GoldenFiles.file("float64_le.npy"));
        Path file = withBytes("head.npy", Arrays.copyOf(bytes, 40));
        assertEquals(file + ": truncated header: expected 118 bytes, found 30", failure(file));
        assertEquals(tmp.resolve("tiny.npy") + ": truncated header (file has 4 bytes)", failure(withBytes("tiny.npy", Arrays.copyOf(bytes, 4))));
    }

    @Test
    void badHeaderDictionary() throws IOException {
        assertTrue(failure(withHeader("{'descr': '<f8', 'fortran_order': False}")).contains("header does not contain exactly the keys"));
        assertTrue(failure(withHeader("{'descr': '<f8', 'fortran_order': 1, 'shape': (2,)}")).contains("fortran_order is not a valid bool"));
        assertTrue(failure(withHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (-2,)}")).contains("shape is not valid"));
        assertTrue(failure(withHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (2,)")).contains("cannot parse header"));
        assertTrue(failure(withHeader("[1, 2]")).contains("header is not a dictionary"));
    }

    @Test
    void moreDimensionsThanNumPyAllowsAreRefused() throws IOException {
        String ones = "(" + "1, ".repeat(100) + ")";
        assertTrue(failure(withHeader("{'descr': '<f8', 'fortran_order': False, 'shape': " + ones + ", }"))
                .endsWith("maximum supported dimension for an ndarray is currently 64, found 100"));
        // 2^64 elements: a long product wraps to 0, which would read as an empty array.
        assertTrue(failure(withHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (65536, 65536, 65536, 65536), }"))
                .contains("is too large"));
        String limit = "(" + "1, ".repeat(64) + ")";
        Path fine = withHeaderAndData("{'descr': '<f8', 'fortran_order': False, 'shape': " + limit + ", }", 8);
        assertEquals(64, assertDoesNotThrow(() -> Npy.read(fine)).ndim());
    }

    @Test
    void unknownVersion() throws IOException {
        byte[] bytes = Files.readAllBytes(GoldenFiles.file("float64_le.npy"));
        bytes[6] = 4;
        Path file = withBytes("v4.npy", bytes);
        assertEquals(file + ": unsupported .npy format version 4.0", failure(file));
    }

    @Test
    void streamsAreNamedAsSuch() {
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> Npy.read(new ByteArrayInputStream(new byte[3])));
        assertEquals("<stream>: truncated header (file has 3 bytes)", e.getMessage());
    }

    /** A version 1.0 file with the given header text and no data. */
    private Path withHeader(String header) throws IOException {
        return withHeaderAndData(header, 0);
    }

    /** A version 1.0 file with this header and dataBytes zero bytes of data. */
    private Path withHeaderAndData(String header, int dataBytes) throws IOException {
        byte[] text = (header + "\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[10 + text.length + dataBytes];
        byte[] prefix = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) text.length, (byte) (text.length >> 8)};
        System.arraycopy(prefix, 0, bytes, 0, 10);
        System.arraycopy(text, 0, bytes, 10, text.length);
        return withBytes("header.npy", bytes);
    }
}
