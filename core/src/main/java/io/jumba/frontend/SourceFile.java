package io.jumba.frontend;

import io.jumba.diag.KernelSyntaxError;
import io.jumba.source.SourcePos;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a kernel file as Python reads a source file without an encoding declaration: UTF-8, strictly. */
public final class SourceFile {
    private SourceFile() {}

    /**
     * The text of file.
     *
     * @throws KernelSyntaxError when a byte sequence is not UTF-8, at its line, worded as Python's message
     * @throws IOException       when the file cannot be read
     */
    public static String read(Path file) throws IOException {
        return decode(Files.readAllBytes(file), file.toString());
    }

    /**
     * The text of a kernel file's bytes; name is what errors call the file (a path, a resource, a stream's name).
     *
     * @throws KernelSyntaxError when a byte sequence is not UTF-8, at its line, worded as Python's message
     */
    public static String decode(byte[] bytes, String name) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return utf8.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int bad = firstInvalid(bytes);
            int line = 1;
            for (int i = 0; i < bad; i++) if (bytes[i] == '\n') line++;
            throw new KernelSyntaxError(new SourcePos(name, line, 1, ""), "Non-UTF-8 code starting with '\\x"
                    + String.format("%02x", bytes[bad] & 0xFF) + "' in file " + name + " on line " + line
                    + ", but no encoding declared; see https://peps.python.org/pep-0263/ for details");
        }
    }

    /** The index of the first byte that does not begin a valid UTF-8 sequence. */
    private static int firstInvalid(byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        utf8.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }
}
