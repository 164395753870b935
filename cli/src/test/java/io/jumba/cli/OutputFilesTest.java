package io.jumba.cli;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.array.Npy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/** {@code call --out-dir} replaces the outputs of earlier calls all at once, or changes nothing. */
class OutputFilesTest {
    @TempDir
    Path dir;

    private int call(String function, String... args) throws IOException {
        Path k = dir.resolve("k.py");
        Files.writeString(k, """
                from numba import njit

                @njit
                def one(a):
                    return a[0]

                @njit
                def two(a):
                    return a[0], a[1]
                """);
        String[] argv = Stream.concat(Stream.of("call", "--out-dir", dir.resolve("out").toString(), k.toString(),
                function), Stream.of(args)).toArray(String[]::new);
        return Main.run(argv, new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true));
    }

    private List<String> outputs() throws IOException {
        try (Stream<Path> s = Files.list(dir.resolve("out"))) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aCallRemovesTheOutputsOfAnEarlierOne() throws IOException {
        Path v = dir.resolve("v.npy");
        Npy.write(v, new NDArray(DType.FLOAT64, new double[] {1, 2, 3}, 0, new int[] {3}, new int[] {1}));
        assertEquals(0, call("two", v.toString()));
        assertEquals(List.of("arg0.npy", "ret0.npy", "ret1.npy"), outputs());
        assertEquals(0, call("one", v.toString()));
        assertEquals(List.of("arg0.npy", "ret.npy"), outputs());
        assertEquals(1, call("one", "7"), "an int has no [0]: a TypingError");
        assertEquals(List.of(), outputs(), "nothing left that reads as the failed call's result");
    }

    @Test
    void aComplexScalarResultIsAZeroDimensionalComplexArray() throws IOException {
        Path v = dir.resolve("z.npy");
        NDArray z = NDArray.empty(DType.COMPLEX128, 2);
        z.setComplex(new io.jumba.array.Complex(1.5, -2.0), 0);
        Npy.write(v, z);
        assertEquals(0, call("one", v.toString()));
        NDArray ret = Npy.read(dir.resolve("out/ret.npy"));
        assertEquals(DType.COMPLEX128, ret.dtype());
        assertEquals(0, ret.ndim());
        assertEquals(new io.jumba.array.Complex(1.5, -2.0), ret.getComplex());
    }

    @Test
    void anArrayTooBigForOneFileIsRefusedBeforeAnythingIsWritten() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("ret.npy"), "earlier");
        // 300 million float64 elements (2.4 GB of data) over one stored element: stride 0.
        NDArray huge = new NDArray(DType.FLOAT64, new double[1], 0, new int[] {300_000_000}, new int[] {0});
        NDArray small = new NDArray(DType.FLOAT64, new double[2], 0, new int[] {2}, new int[] {1});
        IOException e = assertThrows(IOException.class,
                () -> ResultFiles.replace(out, Map.of("arg0.npy", small, "ret.npy", huge)));
        assertTrue(e.getMessage().contains("2400000000 bytes"), e.getMessage());
        assertEquals(List.of("ret.npy"), outputs());
        assertEquals("earlier", Files.readString(out.resolve("ret.npy")));
    }

    @Test
    void aDeniedFolderIsAPermissionError() throws IOException {
        StringWriter err = new StringWriter();
        Path blocked = Files.writeString(dir.resolve("file"), "not a folder");
        int exit = ErrorReporter.report(new java.nio.file.AccessDeniedException(blocked + "/ret0.npy"),
                new PrintWriter(err, true));
        assertEquals(1, exit);
        assertEquals("PermissionError: [Errno 13] Permission denied: '" + blocked + "/ret0.npy'", err.toString().strip());
    }
}
