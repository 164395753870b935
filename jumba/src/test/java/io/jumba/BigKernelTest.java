package io.jumba;

import io.jumba.diag.JumbaException;
import io.jumba.diag.KernelCompilationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A kernel too big for one Java method (64 KB of bytecode) is split, or refused at its line without Java in sight. */
class BigKernelTest {
    @Test
    void manyTopLevelLoopsAreSplitInsteadOfFailing() {
        StringBuilder src = new StringBuilder("def f(n):\n    s = 0\n");
        for (int i = 0; i < 200; i++) {
            src.append("    for i in range(n):\n        if i % 3 == ").append(i % 3)
               .append(":\n            s += i * ").append(i).append(" - (i // 7) * (s % 11)\n")
               .append("        s = s * 3 + i // 5 - s // 7 + (s % 13) * (i % 17) - s // 19\n")
               .append("        s = s * 5 - i // 3 + s // 11 - (s % 23) * (i % 29) + s // 31\n");
        }
        src.append("    return s\n");
        Kernel k = Jumba.jit(src.toString(), "loops.py").function("f");
        assertEquals(k.interpret(5L), k.call(5L));
    }

    @Test
    void straightLineCodeTooBigForAMethodIsAPositionedErrorWithoutTheSource() {
        StringBuilder src = new StringBuilder("def f(x):\n    s = x\n");
        for (int i = 0; i < 3000; i++) src.append("    s = s * 3 + ").append(i).append(" - s // 5\n");
        src.append("    return s\n");
        Kernel k = Jumba.jit(src.toString(), "straight.py").function("f");
        try {
            assertEquals(k.interpret(2L), k.call(2L));
        } catch (JumbaException e) {
            assertFalse(e instanceof KernelCompilationException, e.getMessage());
            assertTrue(e.getMessage().startsWith("straight.py:1:"), e.getMessage());
            assertTrue(e.getMessage().length() < 1000, "no generated source in the message: " + e.getMessage().length());
        }
    }
}
