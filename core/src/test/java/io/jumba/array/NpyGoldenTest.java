package io.jumba.array;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** Every golden file reads as NumPy describes it, prints as NumPy prints it, and writes back to the same array. */
class NpyGoldenTest {
    @TestFactory
    Stream<DynamicTest> readsWhatNumpyWrote() throws IOException {
        return GoldenFiles.entries().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            NDArray a = GoldenFiles.read(e.name());
            assertEquals(e.dtype(), a.dtype());
            assertArrayEquals(e.shape(), a.shape());
            assertEquals(e.fortran(), a.isFContiguous() && !a.isCContiguous(), "fortran order");
            assertEquals(e.values().length, a.size());
            if (e.dtype().isFloat()) {
                double[] expected = Stream.of(e.values()).mapToDouble(GoldenFiles::parsePythonFloat).toArray();
                assertArrayEquals(expected, a.toFlatDoubleArray());
            } else {
                long[] expected = Stream.of(e.values()).mapToLong(Long::parseLong).toArray();
                assertArrayEquals(expected, a.toFlatLongArray());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> printsLikeNumpyRepr() throws IOException {
        return GoldenFiles.entries().stream().map(e -> DynamicTest.dynamicTest(e.name(),
                () -> assertEquals(e.repr(), GoldenFiles.read(e.name()).toString())));
    }

    @TestFactory
    Stream<DynamicTest> roundTrips() throws IOException {
        return GoldenFiles.entries().stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
            NDArray a = GoldenFiles.read(e.name());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Npy.write(out, a);
            NDArray back = Npy.read(new ByteArrayInputStream(out.toByteArray()));
            assertTrue(back.contentEquals(a), () -> back + " vs " + a);
            assertTrue(back.isCContiguous());
        }));
    }

    @TestFactory
    Stream<DynamicTest> writesTheSameBytesAsNumpy() throws IOException {
        // NumPy writes little-endian, C order, version 1.0 by default: Jumba's output must match byte for byte.
        return GoldenFiles.entries().stream()
                .filter(e -> !e.fortran() && !e.name().contains("_be") && !e.name().contains("native")
                        && !e.name().startsWith("version2") && !e.name().startsWith("version3"))
                .map(e -> DynamicTest.dynamicTest(e.name(), () -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    Npy.write(out, GoldenFiles.read(e.name()));
                    assertArrayEquals(Files.readAllBytes(GoldenFiles.file(e.name())), out.toByteArray());
                }));
    }
}
