package io.jumba.array;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The .npy files written by make_npy.py with real NumPy, and the manifest describing them. */
final class GoldenFiles {
    private GoldenFiles() {}

    /** One manifest line: what NumPy says the file holds. */
    record Entry(String name, DType dtype, int[] shape, boolean fortran, String[] values, String repr) {}

    static Path dir() {
        try {
            return Path.of(GoldenFiles.class.getResource("/npy/manifest.tsv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path file(String name) { return dir().resolve(name); }

    static NDArray read(String name) {
        try {
            return Npy.read(file(name));
        } catch (IOException e) {
            throw new AssertionError(name + " should read", e);
        }
    }

    static List<Entry> entries() throws IOException {
        return Files.readAllLines(dir().resolve("manifest.tsv")).stream().filter(l -> !l.isBlank()).map(GoldenFiles::entry).toList();
    }

    private static Entry entry(String line) {
        String[] f = line.split("\t", -1);
        int[] shape = f[2].isEmpty() ? new int[0] : Arrays.stream(f[2].split(",")).mapToInt(Integer::parseInt).toArray();
        String[] values = f[4].isEmpty() ? new String[0] : f[4].split(" ");
        return new Entry(f[0], DType.byName(f[1]), shape, f[3].equals("1"), values, f[5].replace("\\n", "\n"));
    }

    /** A Python float repr as a double ("nan", "inf" and "-inf" included). */
    static double parsePythonFloat(String s) {
        return switch (s) {
            case "nan" -> Double.NaN;
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }
}
