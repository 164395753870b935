package io.jumba;

import io.jumba.array.NDArray;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A kernel too big for one Java method (64 KB of bytecode) is split before compiling: loop nests, then straight-line runs. */
class BigKernelTest {
    @Test
    void manyTopLevelLoopsAreSplitBeforeCompiling() {
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
        String explain = k.explain(k.signatures().getFirst().toString());
        assertTrue(explain.contains("split before compiling into 201 methods (its top-level loop nests): f was estimated at"),
                explain);
    }

    @Test
    void straightLineCodeTooBigForAMethodIsSplitIntoRuns() {
        StringBuilder src = new StringBuilder("def f(x):\n    s = x\n");
        for (int i = 0; i < 2400; i++) src.append("    s = s * 3 + ").append(i).append(" - s // 5\n");
        src.append("    return s\n");
        Kernel k = Jumba.jit(src.toString(), "straight.py").function("f");
        assertEquals(k.interpret(2L), k.call(2L));
        String explain = k.explain(k.signatures().getFirst().toString());
        assertTrue(explain.contains("(its top-level loop nests and straight-line runs): f was estimated at"), explain);
    }

    @Test
    void straightLineRunsHandBackWhatLaterStatementsRead() {
        // 1,500 variables, each read by the next statement and some by the return: every run passes its last
        // values on; arrays and scalars both.
        StringBuilder src = new StringBuilder("import numpy as np\n\ndef f(a):\n    t0 = a[0]\n    b = np.zeros(3)\n");
        for (int i = 1; i < 1500; i++) {
            src.append("    t").append(i).append(" = t").append(i - 1).append(" * 0.5 + a[").append(i % 10).append("]\n");
            if (i % 100 == 0) src.append("    b[").append(i % 3).append("] += t").append(i).append("\n");
        }
        src.append("    return t1499 + t700 + t7 + b[0] + b[1] * 2.0 + b[2] * 3.0\n");
        Kernel k = Jumba.jit(src.toString(), "vars.py").function("f");
        assertEquals(k.interpret(NDArray.random(3, 10)), k.call(NDArray.random(3, 10)));
    }
}
