package io.jumba;

import io.jumba.diag.JumbaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kernel source is untrusted: nothing in it may reach Java beyond what the subset means. */
class HostileKernelTest {

    /** Each kernel tries to reach the host; each must be refused with a positioned Jumba error, before anything runs. */
    static Stream<String> escapes() {
        return Stream.of(
                "import os\n\ndef f(x):\n    return x\n",
                "import subprocess\n\ndef f(x):\n    return x\n",
                "from sys import exit\n\ndef f(x):\n    return x\n",
                "def f(x):\n    return __import__('os')\n",
                "def f(x):\n    return eval('1')\n",
                "def f(x):\n    return open('/etc/passwd')\n",
                "def f(x):\n    return x.__class__\n",
                "import numpy as np\n\ndef f(x):\n    return np.__loader__\n",
                "def f(x):\n    return java.lang.System.exit(1)\n",
                "def f(x):\n    return getattr(x, 'real')\n",
                "import numpy as np\n\ndef f(x):\n    return np.lib.format.open_memmap('x')\n");
    }

    @ParameterizedTest
    @MethodSource("escapes")
    void escapesAreRefusedWithAPositionedError(String source) {
        JumbaException e = assertThrows(JumbaException.class, () -> Jumba.jit(source, "evil.py").function("f").call(1L));
        assertTrue(e.getMessage().startsWith("evil.py:"), e.getMessage());
        assertTrue(e.getMessage().contains("^"), "caret under the offending source: " + e.getMessage());
    }

    @Test
    void javaNamesAreJustKernelNames() {
        String source = """
                def System(java, getClass):
                    Runtime = java + getClass
                    exit = 0
                    for this in range(3):
                        exit += this
                    return Runtime * 10 + exit

                def main(args):
                    return System(args, 2)
                """;
        Kernel k = Jumba.jit(source, "names.py").function("main");
        assertEquals(53L, k.call(3L));
        assertEquals(53L, k.interpret(3L));
        String java = k.javaSource("(int64)");
        assertFalse(java.contains("System.exit"), java);
        assertFalse(java.contains(" java."), java);
    }
}
