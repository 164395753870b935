package io.jumba;

import io.jumba.diag.KernelSyntaxError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A kernel file that is not UTF-8 is a SyntaxError at the line of the first bad byte, as Python reports it. */
class SourceEncodingTest {
    @TempDir
    Path dir;

    @Test
    void aNonUtf8ByteIsASyntaxErrorAtItsLine() throws IOException {
        Path k = dir.resolve("k.py");
        byte[] head = "def f(x):\n    # caf".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n    return x\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // é in Latin-1
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Files.write(k, bytes);
        KernelSyntaxError e = assertThrows(KernelSyntaxError.class, () -> Jumba.jit(k));
        assertEquals(2, e.pos().line());
        assertTrue(e.getMessage().startsWith(k + ":2:1: SyntaxError: Non-UTF-8 code starting with '\\xe9' in file " + k
                + " on line 2"), e.getMessage());
        Files.writeString(k, "def f(x):\n    # café\n    return x\n");
        assertEquals(3L, Jumba.jit(k).function("f").call(3L));
    }
}
