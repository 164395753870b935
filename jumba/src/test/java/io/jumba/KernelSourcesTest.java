package io.jumba;

import io.jumba.diag.KernelSyntaxError;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kernel files read from a stream or a class-path resource rather than a path. */
class KernelSourcesTest {
    private static final double[] A = {1, 2, 3}, B = {4, 5, 6};

    @Test
    void aStreamIsReadToItsEndAndNamedInErrors() throws IOException {
        byte[] text = "from numba import njit\n\n@njit\ndef twice(x):\n    return 2 * x\n".getBytes(StandardCharsets.UTF_8);
        try (InputStream in = new ByteArrayInputStream(text)) {
            assertEquals(42L, Jumba.jit(in, "twice.py").function("twice").callLong(21L));
        }
        byte[] latin1 = "x = 1 # caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        KernelSyntaxError e = assertThrows(KernelSyntaxError.class, () -> Jumba.jit(new ByteArrayInputStream(latin1), "latin.py"));
        assertTrue(e.getMessage().contains("Non-UTF-8 code starting with '\\xe9' in file latin.py on line 1"), e.getMessage());
    }

    @Test
    void aResourceIsFoundRelativeToItsOwnerOrAbsolute() throws IOException {
        assertEquals(32.0, Jumba.jitResource(KernelSourcesTest.class, "kernels/dot.py").function("dot").callDouble(A, B));
        assertEquals(32.0, Jumba.jitResource(Jumba.class, "/io/jumba/kernels/dot.py").function("dot").callDouble(A, B));
    }

    @Test
    void aMissingResourceAndABrokenOneGiveClearErrors() {
        FileNotFoundException missing = assertThrows(FileNotFoundException.class,
                () -> Jumba.jitResource(KernelSourcesTest.class, "kernels/none.py"));
        assertEquals("no class-path resource kernels/none.py for io.jumba.KernelSourcesTest", missing.getMessage());
        KernelSyntaxError broken = assertThrows(KernelSyntaxError.class,
                () -> Jumba.jitResource(KernelSourcesTest.class, "kernels/broken.py"));
        assertTrue(broken.getMessage().startsWith("kernels/broken.py:6:"), broken.getMessage());
    }
}
