package io.jumba.frontend;

import io.jumba.diag.JumbaException;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Damaged sources must end in a parsed module or a {@link JumbaException} with a real position, never in
 * another exception (index out of bounds, null pointer, endless loop).
 */
class ParserRobustnessTest {
    private static final String KERNEL = """
            \"\"\"Doc.\"\"\"
            import numpy as np
            from numba import njit, prange

            SCALE = (1.0, -2.5e-3, 0x10)

            @njit(parallel=True, fastmath=False)
            def kernel(a, out, n: int = 3):
                \"\"\"Kernel doc.\"\"\"
                h, w = a.shape
                s = 0.0
                for i in prange(h):
                    for j in range(1, w - 1, 2):
                        v = a[i, j] if a[i, j] > 0 else -a[i, j] ** 2
                        out[i, j:] = np.sqrt(v) * SCALE[0]
                        s += v; s *= 1.5
                while s > 1 and not (s < 0 or s == 2):
                    s //= 2
                    if s is None:
                        break
                    elif s != 3:
                        continue
                    else:
                        pass
                return s, np.array([[1, 2], [3, 4]], dtype='float32')

            if __name__ == "__main__":
                print(kernel)
            """;

    private static final String ALPHABET = " \t\n()[]{}:,.;=+-*/%<>!&|^~@#\\'\"0123456789abcdefxyz_";

    @Test
    void mutatedSourcesFailOnlyWithKernelErrors() {
        assertEquals("kernel", Parser.parse(KERNEL, "fuzz.py").functions().getFirst().name());
        Random random = new Random(7);
        int failures = 0;
        for (int trial = 0; trial < 3000; trial++) {
            StringBuilder source = new StringBuilder(KERNEL);
            for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
                int at = random.nextInt(source.length());
                switch (random.nextInt(3)) {
                    case 0 -> source.deleteCharAt(at);
                    case 1 -> source.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    default -> source.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            }
            try {
                Parser.parse(source.toString(), "fuzz.py");
            } catch (JumbaException e) {
                failures++;
                assertTrue(e.pos().line() >= 1 && e.pos().col() >= 1, e.getMessage());
                assertTrue(e.getMessage().startsWith("fuzz.py:"), e.getMessage());
            } catch (RuntimeException | StackOverflowError e) {
                fail("unexpected " + e + " for source:\n" + source, e);
            }
        }
        assertTrue(failures > 0);
    }
}
