package io.jumba.array;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

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
        Prelude prelude = prelude(in, source);
        NpyHeader header = prelude.header();
        NpyHeader.Element element = header.element(source);
        long count = 1;
        for (long s : header.shape()) count = Math.min(count * s, Integer.MAX_VALUE + 1L); // no long overflow
        long byteCount = count * element.dtype().itemSize();
        if (count > Integer.MAX_VALUE || byteCount > Integer.MAX_VALUE - 16) {
            throw new NpyFormatException(source, "array of shape " + ArrayFormatter.shapeString(header.shape())
                    + " is too large to read onto the heap (Npy.map maps it instead)");
        }
        byte[] data = in.readNBytes((int) byteCount);
        if (data.length < byteCount) {
            throw new NpyFormatException(source, "truncated data: expected " + byteCount + " bytes, found " + data.length);
        }
        Object storage = NpyData.decode(data, element.dtype(), element.bigEndian());
        int[] shape = Arrays.stream(header.shape()).mapToInt(Math::toIntExact).toArray();
        int[] strides = header.fortranOrder() ? NDArray.fStrides(shape) : NDArray.cStrides(shape);
        return new NDArray(element.dtype(), storage, 0, shape, strides);
    }

    /**
     * Maps a {@code .npy} file's data into memory as NumPy's {@code np.load(file, mmap_mode=...)} does, without reading
     * it: an array over a {@link MemorySegment} of the file, of any size (more than 2^31 elements included), valid
     * until arena closes. Parallel kernels need an arena whose segments every thread may read ({@link Arena#ofShared},
     * {@link Arena#ofAuto}).
     *
     * @throws NpyFormatException when the file is malformed, truncated, big-endian or of bool dtype (bool arrays live
     *                            on the heap: {@link #read(Path)} reads them)
     */
    public static NDArray map(Path file, NpyMapMode mode, Arena arena) throws IOException {
        String source = file.toString();
        NpyHeader header;
        long dataOffset;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            Prelude prelude = prelude(in, source);
            header = prelude.header();
            dataOffset = prelude.dataOffset();
        }
        NpyHeader.Element element = header.element(source);
        DType dtype = element.dtype();
        if (dtype == DType.BOOL) throw new NpyFormatException(source, "bool arrays are not mapped (Npy.read reads them)");
        if (dtype.isComplex()) {
            throw new NpyFormatException(source, "complex arrays are not mapped (Npy.read reads them onto the heap)");
        }
        if (element.bigEndian() != (ByteOrder.nativeOrder() == ByteOrder.BIG_ENDIAN) && dtype.itemSize() > 1) {
            throw new NpyFormatException(source, "data is not in this machine's byte order, so it cannot be mapped (Npy.read converts it)");
        }
        long count = 1;
        for (long s : header.shape()) count = Math.multiplyHigh(count, s) != 0 ? Long.MAX_VALUE : count * s;
        if (count > Long.MAX_VALUE / dtype.itemSize()) throw new NpyFormatException(source, "shape " + ArrayFormatter.shapeString(header.shape()) + " is too large");
        long byteCount = count * dtype.itemSize();
        // Java maps copy-on-write (PRIVATE) only from a channel open for writing too, though it writes nothing.
        StandardOpenOption[] options = mode != NpyMapMode.READ_ONLY
                ? new StandardOpenOption[] {StandardOpenOption.READ, StandardOpenOption.WRITE}
                : new StandardOpenOption[] {StandardOpenOption.READ};
        try (FileChannel channel = FileChannel.open(file, options)) {
            if (channel.size() - dataOffset < byteCount) {
                throw new NpyFormatException(source, "truncated data: expected " + byteCount + " bytes, found " + (channel.size() - dataOffset));
            }
            MemorySegment segment = channel.map(mode.channelMode(), dataOffset, byteCount, arena);
            long[] shape = header.shape();
            long[] strides = header.fortranOrder() ? NDArray.fStrides(shape) : NDArray.cStrides(shape);
            return new NDArray(dtype, segment, 0L, shape, strides);
        }
    }

    /** {@link #map(Path, NpyMapMode, Arena)} with an automatic arena: the file stays mapped while the array is reachable. */
    public static NDArray map(Path file, NpyMapMode mode) throws IOException { return map(file, mode, Arena.ofAuto()); }

    /** A file's header and where its data starts. */
    private record Prelude(NpyHeader header, long dataOffset) {}

    /** Reads magic string, version, header length and header, leaving in at the first data byte. */
    private static Prelude prelude(InputStream in, String source) throws IOException {
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
        return new Prelude(NpyHeader.parse(text, source), MAGIC.length + 2L + lengthBytes + headerLength);
    }
}
