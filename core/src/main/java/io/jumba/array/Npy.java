package io.jumba.array;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes NumPy's {@code .npy} format (versions 1.0, 2.0 and 3.0), the way Jumba exchanges arrays with
 * NumPy. Writing produces the same bytes as {@code numpy.save} (version 1.0 unless the header needs 2.0, little-endian,
 * C order); reading accepts either byte order and C or Fortran order. Problems raise {@link NpyFormatException}.
 */
public final class Npy {
    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final int ALIGN = 64;
    private static final String STREAM = "<stream>";

    private Npy() {}

    public static NDArray read(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in, file.toString());
        }
    }

    /** Reads one array from the stream, leaving it positioned after the array's data. */
    public static NDArray read(InputStream in) throws IOException { return read(in, STREAM); }

    /** The most data bytes one file holds here: the encoder fills one Java byte array. */
    private static final long MAX_DATA_BYTES = Integer.MAX_VALUE - 8;

    /**
     * Refuses, before anything is written, an array whose data would not fit one file ({@link #MAX_DATA_BYTES}).
     *
     * @throws IOException naming the file, the size and the limit
     */
    public static void checkWritable(String name, NDArray array) throws IOException {
        long bytes = (long) array.size() * array.dtype().itemSize();
        if (bytes > MAX_DATA_BYTES) {
            throw new IOException(name + ": " + bytes + " bytes of data is more than Jumba writes to one .npy file ("
                    + MAX_DATA_BYTES + ")");
        }
    }

    public static void write(Path file, NDArray array) throws IOException {
        checkWritable(file.toString(), array);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(out, array);
        }
    }

    /** Writes the array in C order (views are copied as needed); does not close the stream. */
    public static void write(OutputStream out, NDArray array) throws IOException {
        String header = NpyHeader.forArray(array.dtype(), array.shape());
        int lengthBytes = 2; // version 1.0 unless its 16-bit header length overflows
        int padding = headerPadding(header, lengthBytes);
        if (header.length() + padding + 1 > 0xFFFF) {
            lengthBytes = 4;
            padding = headerPadding(header, lengthBytes);
        }
        int headerLength = header.length() + padding + 1;
        ByteBuffer prefix = ByteBuffer.allocate(MAGIC.length + 2 + lengthBytes).order(ByteOrder.LITTLE_ENDIAN);
        prefix.put(MAGIC).put((byte) (lengthBytes == 2 ? 1 : 2)).put((byte) 0);
        if (lengthBytes == 2) prefix.putShort((short) headerLength);
        else prefix.putInt(headerLength);
        out.write(prefix.array());
        out.write((header + " ".repeat(padding) + "\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(NpyData.encode(array));
        out.flush();
    }

    /** Spaces that make magic, version, length and header (ending in a newline) a multiple of 64 bytes, as NumPy does. */
    private static int headerPadding(String header, int lengthBytes) {
        int used = MAGIC.length + 2 + lengthBytes + header.length() + 1;
        return ALIGN - used % ALIGN; // a full block when already aligned, like NumPy
    }

    /** Reads one array from the stream; errors name source. */
    static NDArray read(InputStream in, String source) throws IOException {
        byte[] magic = in.readNBytes(MAGIC.length + 2);
        if (magic.length < MAGIC.length + 2) throw new NpyFormatException(source, "truncated header (file has " + magic.length + " bytes)");
        for (int k = 0; k < MAGIC.length; k++) {
            if (magic[k] != MAGIC[k]) throw new NpyFormatException(source, "not a .npy file (bad magic string)");
        }
        int major = magic[6], minor = magic[7];
        if (minor != 0 || major < 1 || major > 3) {
            throw new NpyFormatException(source, "unsupported .npy format version " + major + "." + minor);
        }
        int lengthBytes = major == 1 ? 2 : 4;
        byte[] lengthField = in.readNBytes(lengthBytes);
        if (lengthField.length < lengthBytes) throw new NpyFormatException(source, "truncated header length");
        ByteBuffer lengthBuffer = ByteBuffer.wrap(lengthField).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = lengthBytes == 2 ? lengthBuffer.getShort() & 0xFFFF : lengthBuffer.getInt() & 0xFFFFFFFFL;
        if (headerLength > Integer.MAX_VALUE - 16) throw new NpyFormatException(source, "header length " + headerLength + " is too large");
        byte[] headerBytes = in.readNBytes((int) headerLength);
        if (headerBytes.length < headerLength) {
            throw new NpyFormatException(source, "truncated header: expected " + headerLength + " bytes, found " + headerBytes.length);
        }
        String text = new String(headerBytes, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        NpyHeader header = NpyHeader.parse(text, source);
        NpyHeader.Element element = header.element(source);
        long count = 1;
        for (int s : header.shape()) count = Math.min(count * s, Integer.MAX_VALUE + 1L); // no long overflow
        long byteCount = count * element.dtype().itemSize();
        if (count > Integer.MAX_VALUE || byteCount > Integer.MAX_VALUE - 16) {
            throw new NpyFormatException(source, "array of shape " + ArrayFormatter.shapeString(header.shape()) + " is too large");
        }
        byte[] data = in.readNBytes((int) byteCount);
        if (data.length < byteCount) {
            throw new NpyFormatException(source, "truncated data: expected " + byteCount + " bytes, found " + data.length);
        }
        Object storage = NpyData.decode(data, element.dtype(), element.bigEndian());
        int[] shape = header.shape();
        int[] strides = header.fortranOrder() ? NDArray.fStrides(shape) : NDArray.cStrides(shape);
        return new NDArray(element.dtype(), storage, 0, shape, strides);
    }
}
