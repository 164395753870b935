package io.jumba.array;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SequencedMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Reads and writes NumPy's {@code .npz} archives: a zip of {@code .npy} files, one per named array, as
 * {@code numpy.savez} (stored) and {@code numpy.savez_compressed} (deflated) write them and {@code numpy.load} reads
 * them. Names are the entry names without {@code .npy}; arrays passed to {@code savez} unnamed are
 * {@code arr_0, arr_1, ...}. Problems raise {@link NpyFormatException} naming the archive and the entry.
 */
public final class Npz {
    private static final String SUFFIX = ".npy";

    private Npz() {}

    /** The arrays of the archive by name, in the archive's order. */
    public static SequencedMap<String, NDArray> read(Path file) throws IOException {
        SequencedMap<String, NDArray> arrays = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            for (ZipEntry e; (e = nextEntry(zip, file)) != null; ) {
                if (e.isDirectory()) continue;
                String entry = e.getName();
                if (!entry.endsWith(SUFFIX)) {
                    throw new NpyFormatException(file + "[" + entry + "]", "not a .npy array (numpy.savez writes only .npy entries)");
                }
                NDArray array = Npy.read(zip, file + "[" + entry + "]");
                if (arrays.putIfAbsent(entry.substring(0, entry.length() - SUFFIX.length()), array) != null) {
                    throw new NpyFormatException(file.toString(), "holds " + entry + " twice");
                }
            }
        }
        if (arrays.isEmpty() && Files.size(file) > 0 && !isZip(file)) {
            throw new NpyFormatException(file.toString(), "not a .npz file (no zip entries)");
        }
        return arrays;
    }

    /** Writes the arrays as {@code numpy.savez(file, **arrays)} does: one stored (uncompressed) entry each. */
    public static void write(Path file, Map<String, NDArray> arrays) throws IOException {
        write(file, arrays, ZipOutputStream.STORED);
    }

    /** Writes the arrays as {@code numpy.savez_compressed(file, **arrays)} does: one deflated entry each. */
    public static void writeCompressed(Path file, Map<String, NDArray> arrays) throws IOException {
        write(file, arrays, ZipOutputStream.DEFLATED);
    }

    private static void write(Path file, Map<String, NDArray> arrays, int method) throws IOException {
        for (var a : arrays.entrySet()) Npy.checkWritable(file + "[" + a.getKey() + SUFFIX + "]", a.getValue());
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            for (var a : arrays.entrySet()) {
                String entry = a.getKey() + SUFFIX;
                if (method == ZipOutputStream.STORED) {
                    // a stored entry states its size and CRC up front: the .npy bytes are made first
                    byte[] bytes = npyBytes(a.getValue());
                    ZipEntry e = new ZipEntry(entry);
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(bytes.length);
                    CRC32 crc = new CRC32();
                    crc.update(bytes);
                    e.setCrc(crc.getValue());
                    zip.putNextEntry(e);
                    zip.write(bytes);
                } else {
                    zip.putNextEntry(new ZipEntry(entry));
                    Npy.write(zip, a.getValue());
                }
                zip.closeEntry();
            }
        }
    }

    private static byte[] npyBytes(NDArray array) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Npy.write(out, array);
        return out.toByteArray();
    }

    private static ZipEntry nextEntry(ZipInputStream zip, Path file) throws IOException {
        try {
            return zip.getNextEntry();
        } catch (ZipException e) {
            throw new NpyFormatException(file.toString(), "not a readable .npz (zip) file: " + e.getMessage());
        }
    }

    private static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K';
        }
    }
}
