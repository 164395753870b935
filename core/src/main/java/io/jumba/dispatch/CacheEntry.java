package io.jumba.dispatch;

import io.jumba.jit.EntryPoint;
import io.jumba.jit.KernelBinary;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * One file of the on-disk kernel cache: the key it was stored under and the compiled kernel. Layout (big-endian):
 * <pre>
 *   magic "JUMBAKC\n" | format version (int) | body length (int) | CRC-32C of the body (int) | body
 *   body: key text, entry point, class name, Java source, positions, class files, method sizes
 * </pre>
 * {@link #decode} accepts only a file with the magic, this format version and a body matching its length and
 * checksum: a truncated, corrupt or foreign file is {@link Invalid}, never half-read. The checksum is against
 * accidents (a cyclic code, cheap to start in a fresh JVM, where SHA-256's first use costs tens of milliseconds);
 * a deliberately altered entry is stopped by the allowlist check every loaded kernel passes.
 *
 * @param key    what the kernel was compiled from
 * @param binary the compiled kernel, not yet linked (and not trusted: linking checks it)
 */
record CacheEntry(CacheKey key, KernelBinary binary) {
    private static final byte[] MAGIC = "JUMBAKC\n".getBytes(StandardCharsets.US_ASCII);
    /** Bump when the layout changes. */
    static final int FORMAT = 1;
    private static final int HEADER_BYTES = 8 + 3 * Integer.BYTES;

    /** Why a file is not a usable entry. */
    static final class Invalid extends Exception {
        Invalid(String reason) { super(reason, null, false, false); }
    }

    /** The file's bytes. */
    byte[] encode() {
        try {
            byte[] body = body();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length + 64);
            DataOutputStream out = new DataOutputStream(bytes);
            out.write(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(body.length);
            out.writeInt(checksum(body));
            out.write(body);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    /** The entry a file holds. */
    static CacheEntry decode(byte[] file) throws Invalid {
        if (file.length < HEADER_BYTES) throw new Invalid("truncated (" + file.length + " bytes)");
        if (!Arrays.equals(MAGIC, Arrays.copyOf(file, MAGIC.length))) {
            throw new Invalid("not a Jumba cache entry");
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(file));
            in.skipNBytes(MAGIC.length);
            int format = in.readInt();
            if (format != FORMAT) throw new Invalid("format " + format + ", this Jumba reads " + FORMAT);
            int length = in.readInt();
            int left = file.length - HEADER_BYTES;
            if (length != left) throw new Invalid("truncated or padded (body of " + left + " bytes, header says " + length + ")");
            int checksum = in.readInt();
            byte[] body = in.readNBytes(length);
            if (checksum != checksum(body)) throw new Invalid("checksum mismatch");
            return fromBody(body);
        } catch (IOException e) {
            throw new Invalid("malformed: " + e.getMessage());
        }
    }

    private static int checksum(byte[] body) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        return (int) crc.getValue();
    }

    private byte[] body() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        writeString(out, key.text());
        EntryPoint entry = binary.entry();
        writeString(out, entry.method());
        writeString(out, entry.pythonName());
        out.writeInt(entry.params().size());
        for (Type t : entry.params()) TypeCodec.write(out, t);
        TypeCodec.write(out, entry.returnType());
        writeString(out, binary.className());
        writeString(out, binary.javaSource());
        out.writeInt(binary.positions().size());
        for (SourcePos p : binary.positions()) {
            writeString(out, p.file());
            out.writeInt(p.line());
            out.writeInt(p.col());
            writeString(out, p.lineText());
        }
        Map<String, byte[]> classes = binary.classes();
        out.writeInt(classes.size());
        for (Map.Entry<String, byte[]> c : classes.entrySet()) {
            writeString(out, c.getKey());
            writeBytes(out, c.getValue());
        }
        out.writeInt(binary.methodSizes().size());
        for (Map.Entry<String, List<Integer>> m : binary.methodSizes().entrySet()) {
            writeString(out, m.getKey());
            out.writeInt(m.getValue().size());
            for (int size : m.getValue()) out.writeInt(size);
        }
        return bytes.toByteArray();
    }

    /** A body that passed its checksum; still checked for sane counts, as the checksum only proves integrity. */
    private static CacheEntry fromBody(byte[] body) throws IOException, Invalid {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
        CacheKey key = new CacheKey(readString(in));
        String method = readString(in), pythonName = readString(in);
        int count = readCount(in);
        List<Type> params = new ArrayList<>(count);
        for (int i = 0; i < count; i++) params.add(TypeCodec.read(in));
        EntryPoint entry = new EntryPoint(method, pythonName, params, TypeCodec.read(in));
        String className = readString(in);
        String javaSource = readString(in);
        count = readCount(in);
        List<SourcePos> positions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            positions.add(new SourcePos(readString(in), in.readInt(), in.readInt(), readString(in)));
        }
        count = readCount(in);
        Map<String, byte[]> classes = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) classes.put(readString(in), readBytes(in));
        count = readCount(in);
        Map<String, List<Integer>> methodSizes = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String name = readString(in);
            int n = readCount(in);
            List<Integer> sizes = new ArrayList<>(n);
            for (int k = 0; k < n; k++) sizes.add(in.readInt());
            methodSizes.put(name, sizes);
        }
        if (in.available() != 0) throw new Invalid("trailing bytes after the body");
        return new CacheEntry(key, new KernelBinary(entry, className, javaSource, classes, positions, methodSizes));
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        writeBytes(out, s.getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String readString(DataInputStream in) throws IOException, Invalid {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    private static byte[] readBytes(DataInputStream in) throws IOException, Invalid {
        return in.readNBytes(readCount(in));
    }

    /** A length or count, which cannot exceed the bytes left (each item takes at least one). */
    private static int readCount(DataInputStream in) throws IOException, Invalid {
        int n = in.readInt();
        if (n < 0 || n > in.available()) throw new Invalid("malformed: count " + n + " with " + in.available() + " bytes left");
        return n;
    }
}
