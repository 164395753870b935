package io.jumba.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code jumba call --timeout SECONDS} ends a call that runs too long with Python's TimeoutError. */
class TimeoutCliTest {
    @TempDir
    Path dir;

    @Test
    void aWhileTrueLoopEndsInATimeoutError() throws IOException {
        Path k = Files.writeString(dir.resolve("k.py"), "def spin(x):\n    while True:\n        x = (x * 3 + 1) % 101\n    return x\n");
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(new String[] {"call", "--timeout", "0.3", k.toString(), "spin", "1"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(1, exit, err.toString());
        assertTrue(err.toString().startsWith(k + ":2:5: TimeoutError: the call ran past its time limit of 300 ms"),
                err.toString());
    }
}
