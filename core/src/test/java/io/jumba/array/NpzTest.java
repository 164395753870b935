package io.jumba.array;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.*;

/** .npz archives written by NumPy (resources/npz, made by make_npz.py) and by Jumba. */
class NpzTest {
    @TempDir
    Path dir;

    private static Path golden(String name) throws URISyntaxException {
        return Path.of(NpzTest.class.getResource("/npz/" + name).toURI());
    }

    private static void assertNumpyArrays(SequencedMap<String, NDArray> arrays) {
        assertEquals(List.of("x", "n", "flag"), List.copyOf(arrays.keySet()));
        NDArray x = arrays.get("x"), n = arrays.get("n"), flag = arrays.get("flag");
        assertEquals(DType.FLOAT64, x.dtype());
        assertArrayEquals(new int[] {2, 3}, x.shape());
        assertArrayEquals(new double[] {0.5, -1.25, 3.0, 1e300, -0.0, 2.5e-8}, x.toFlatDoubleArray());
        assertEquals(DType.INT32, n.dtype());
        assertArrayEquals(new long[] {7, -3, 2147483647, -2147483648}, n.toFlatLongArray());
        assertEquals(DType.BOOL, flag.dtype());
        assertEquals(0, flag.ndim());
        assertArrayEquals(new long[] {1}, flag.toFlatLongArray());
    }

    @Test
    void readsWhatNumpySavezAndSavezCompressedWrote() throws Exception {
        assertNumpyArrays(Npz.read(golden("stored.npz")));
        assertNumpyArrays(Npz.read(golden("compressed.npz")));
        assertEquals(List.of("arr_0", "arr_1"), List.copyOf(Npz.read(golden("positional.npz")).keySet()));
    }

    @Test
    void writesArchivesThatReadBackAndUseNumpysEntryMethods() throws Exception {
        SequencedMap<String, NDArray> numpy = Npz.read(golden("stored.npz"));
        Map<String, NDArray> arrays = new LinkedHashMap<>(numpy);
        arrays.put("view", NDArray.of(new double[] {1, 2, 3, 4, 5, 6}, 2, 3).transpose());  // written in C order
        for (boolean compressed : new boolean[] {false, true}) {
            Path file = dir.resolve(compressed ? "c.npz" : "s.npz");
            if (compressed) Npz.writeCompressed(file, arrays);
            else Npz.write(file, arrays);
            SequencedMap<String, NDArray> back = Npz.read(file);
            SequencedMap<String, NDArray> firstThree = new LinkedHashMap<>(back);
            firstThree.remove("view");
            assertNumpyArrays(firstThree);
            assertTrue(back.get("view").contentEquals(arrays.get("view")));
            try (ZipFile zip = new ZipFile(file.toFile())) {
                int method = compressed ? ZipEntry.DEFLATED : ZipEntry.STORED;
                assertEquals(List.of("x.npy", "n.npy", "flag.npy", "view.npy"), zip.stream().map(ZipEntry::getName).toList());
                zip.stream().forEach(e -> assertEquals(method, e.getMethod(), e.getName()));
            }
        }
    }

    @Test
    void refusesWhatIsNoArchiveOfArrays() throws IOException {
        Path text = Files.writeString(dir.resolve("t.npz"), "not a zip");
        assertEquals(text + ": not a .npz file (no zip entries)",
                assertThrows(NpyFormatException.class, () -> Npz.read(text)).getMessage());
        Path other = dir.resolve("o.npz");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(other))) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("hello".getBytes());
        }
        NpyFormatException e = assertThrows(NpyFormatException.class, () -> Npz.read(other));
        assertEquals(other + "[notes.txt]: not a .npy array (numpy.savez writes only .npy entries)", e.getMessage());
    }
}
