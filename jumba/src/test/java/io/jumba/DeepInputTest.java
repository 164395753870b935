package io.jumba;

import io.jumba.diag.JumbaException;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.diag.KernelSyntaxError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deep input ends in Python's answer, never in a StackOverflowError or OutOfMemoryError: deep nesting is refused
 * at its line, long chains compile, deep recursion at run time is a RecursionError and a huge array a MemoryError.
 */
class DeepInputTest {
    private static final String HEAD = "import numpy as np\n\ndef f(x):\n";

    private static JumbaException refused(String body) {
        return assertThrows(JumbaException.class, () -> Jumba.jit(HEAD + body, "deep.py").function("f").call(3L));
    }

    @Test
    void parenthesesNestUpTo200AsInPython() {
        assertEquals(3L, Jumba.jit(HEAD + "    return " + "(".repeat(200) + "x" + ")".repeat(200) + "\n")
                .function("f").call(3L));
        JumbaException e = refused("    return " + "(".repeat(400) + "x" + ")".repeat(400) + "\n");
        assertTrue(e instanceof KernelSyntaxError && e.getMessage().contains("deep.py:4:")
                && e.getMessage().contains("too many nested parentheses"), e.getMessage());
    }

    @Test
    void aLongChainCompilesAndRuns() {
        String sum = "    return " + String.join(" + ", java.util.Collections.nCopies(700, "x")) + "\n";
        Kernel k = Jumba.jit(HEAD + sum, "deep.py").function("f");
        assertEquals(2100L, k.call(3L));
        assertEquals(2100L, k.interpret(3L));
        String unary = "    return " + "-".repeat(700) + "x\n";
        assertEquals(3L, Jumba.jit(HEAD + unary, "deep.py").function("f").call(3L));
    }

    @Test
    @Timeout(120)
    void chainsAtTheLimitCompileInLinearTime() {
        // 1,000 terms (the most the parser takes) of each operator, and 900 shared math calls: the passes that asked
        // every node about its whole subtree took seconds per kernel here (docs/reliability.md); now well under one.
        for (String op : new String[] {"+", "-", "*", "/", "//", "%"}) {
            String chain = "    return " + String.join(" " + op + " ", java.util.Collections.nCopies(1000, "x")) + "\n";
            Kernel k = Jumba.jit(HEAD + chain, "deep.py").function("f");
            assertEquals(k.interpret(3L), k.call(3L), op);
        }
        String calls = "    y = 0.5 * x\n    return " + String.join(" + ", java.util.Collections.nCopies(900, "np.sin(y)")) + "\n";
        Kernel k = Jumba.jit(HEAD + calls, "deep.py").function("f");
        assertEquals(k.interpret(0.25), k.call(0.25));
    }

    @Test
    void aChainPastTheLimitIsRefusedAtItsLine() {
        JumbaException e = refused("    y = 1\n    return " + String.join(" + ", java.util.Collections.nCopies(5000, "x")) + "\n");
        assertTrue(e.getMessage().contains("deep.py:5:") && e.getMessage().contains("too deeply nested"), e.getMessage());
        JumbaException unary = refused("    return " + "-".repeat(5000) + "x\n");
        assertTrue(unary.getMessage().contains("too deeply nested"), unary.getMessage());
    }

    @Test
    void deepBlocksAreRefusedAsPythonRefusesThem() {
        StringBuilder ifs = new StringBuilder(), fors = new StringBuilder();
        for (int i = 0; i < 700; i++) ifs.append("    ".repeat(i + 1)).append("if x > ").append(i).append(":\n");
        ifs.append("    ".repeat(701)).append("x = 1\n    return x\n");
        assertTrue(refused(ifs.toString()).getMessage().contains("too many levels of indentation"));
        for (int i = 0; i < 30; i++) fors.append("    ".repeat(i + 1)).append("for i").append(i).append(" in range(2):\n");
        fors.append("    ".repeat(31)).append("x += 1\n    return x\n");
        assertTrue(refused(fors.toString()).getMessage().contains("too many statically nested blocks"));
    }

    @Test
    void deepRecursionIsARecursionError() {
        String source = "def f(x):\n    if x == 0:\n        return 0\n    return f(x - 1) + 1\n";
        Kernel k = Jumba.jit(source, "rec.py").function("f");
        assertEquals(100L, k.call(100L));
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> k.call(100_000_000L));
        assertEquals("RecursionError", e.pythonName());
        KernelRuntimeError i = assertThrows(KernelRuntimeError.class, () -> k.interpret(100_000_000L));
        assertEquals("RecursionError", i.pythonName());
    }

    @Test
    void anImpossibleAllocationIsAMemoryError() {
        long words = Runtime.getRuntime().maxMemory() / 8 + 1_000_000L;
        Kernel k = Jumba.jit(HEAD + "    a = np.zeros(x)\n    return a[0]\n", "mem.py").function("f");
        KernelRuntimeError e = assertThrows(KernelRuntimeError.class, () -> k.call(Math.min(words, Integer.MAX_VALUE - 8L)));
        assertEquals("MemoryError", e.pythonName(), e.getMessage());
    }
}
