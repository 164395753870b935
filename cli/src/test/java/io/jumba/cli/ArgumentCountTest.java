package io.jumba.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A call with the wrong number of arguments is the kernel's TypingError, worded as Python's TypeError. */
class ArgumentCountTest {
    @TempDir
    Path dir;

    private String[] run(String... args) throws IOException {
        Path k = dir.resolve("k.py");
        Files.writeString(k, "from numba import njit\n\n@njit\ndef f(x, y):\n    return x + y\n");
        String[] argv = new String[args.length + 1];
        argv[0] = args[0];
        argv[1] = k.toString();
        System.arraycopy(args, 1, argv, 2, args.length - 1);
        StringWriter out = new StringWriter(), err = new StringWriter();
        int exit = Main.run(argv, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {String.valueOf(exit), err.toString().lines().findFirst().orElse("")};
    }

    @Test
    void tooManyArgumentsToCallOrExplain() throws IOException {
        for (String command : new String[] {"call", "explain"}) {
            String[] r = run(command, "f", "1", "2", "3");
            assertEquals("1", r[0], command + ": " + r[1]);
            assertEquals(dir.resolve("k.py") + ":4:1: TypingError: f() takes 2 positional arguments but 3 were given",
                    r[1]);
        }
    }

    @Test
    void tooFewArgumentsToExplain() throws IOException {
        String[] r = run("explain", "f", "1");
        assertEquals("1", r[0], r[1]);
        assertEquals(dir.resolve("k.py") + ":4:1: TypingError: f() missing 1 required positional argument: 'y'", r[1]);
    }
}
