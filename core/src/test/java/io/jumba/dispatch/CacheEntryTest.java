package io.jumba.dispatch;

import io.jumba.array.DType;
import io.jumba.frontend.KernelOptions;
import io.jumba.frontend.Parser;
import io.jumba.frontend.ast.Module;
import io.jumba.jit.KernelBinary;
import io.jumba.types.Layout;
import io.jumba.types.Signature;
import io.jumba.types.Type;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The entry file format: what goes in comes out; anything truncated, altered or foreign is refused. */
class CacheEntryTest {
    private static final String SOURCE = """
            from numba import njit

            @njit
            def pick(a, t):
                return (a[0, 0] * t[1], t)
            """;
    private static final List<Type> ARGS = List.of(new Type.Array(DType.FLOAT32, 2, Layout.C),
            new Type.Tuple(List.of(Type.INT64, Type.FLOAT64)));

    /** A real kernel whose entry point takes an array and a tuple and returns a tuple holding a tuple. */
    private static CacheEntry entry() {
        Module module = Parser.parse(SOURCE, "e.py");
        Dispatcher d = new Dispatcher(module, "pick", Pipeline.standard(), false, CacheTests.NEVER);
        KernelBinary binary = d.compile(new Signature(ARGS, null)).kernel().binary();
        return new CacheEntry(CacheKey.of(module, "pick", ARGS, KernelOptions.DEFAULT, "standard"), binary);
    }

    @Test
    void roundTripKeepsEverything() throws Exception {
        CacheEntry e = entry();
        CacheEntry back = CacheEntry.decode(e.encode());
        assertEquals(e.key(), back.key());
        KernelBinary a = e.binary(), b = back.binary();
        assertEquals(a.entry(), b.entry());
        assertEquals(ARGS, b.entry().params());
        assertEquals(new Type.Tuple(List.of(Type.FLOAT64, ARGS.get(1))), b.entry().returnType());
        assertEquals(a.className(), b.className());
        assertEquals(a.javaSource(), b.javaSource());
        assertFalse(b.positions().isEmpty());
        assertEquals(a.positions(), b.positions());
        assertEquals(a.methodSizes(), b.methodSizes());
        assertEquals(a.classes().keySet(), b.classes().keySet());
        for (String name : a.classes().keySet()) assertArrayEquals(a.classes().get(name), b.classes().get(name));
    }

    @Test
    void everyTruncationIsRefused() {
        byte[] file = entry().encode();
        for (int length = 0; length < file.length; length++) {
            byte[] cut = Arrays.copyOf(file, length);
            assertThrows(CacheEntry.Invalid.class, () -> CacheEntry.decode(cut), "length " + length);
        }
    }

    @Test
    void everyAlteredByteIsRefused() {
        byte[] file = entry().encode();
        for (int i = 0; i < file.length; i++) {
            byte[] bad = file.clone();
            bad[i] ^= 0x20;
            assertThrows(CacheEntry.Invalid.class, () -> CacheEntry.decode(bad), "byte " + i);
        }
    }

    @Test
    void paddingIsRefused() {
        byte[] file = entry().encode();
        CacheEntry.Invalid e = assertThrows(CacheEntry.Invalid.class,
                () -> CacheEntry.decode(Arrays.copyOf(file, file.length + 1)));
        assertTrue(e.getMessage().contains("padded"), e.getMessage());
    }

    @Test
    void foreignFilesAndOtherFormatsAreRefused() {
        CacheEntry.Invalid foreign = assertThrows(CacheEntry.Invalid.class,
                () -> CacheEntry.decode("PK\u0003\u0004 this is a zip file, not a kernel".getBytes()));
        assertTrue(foreign.getMessage().contains("not a Jumba cache entry"), foreign.getMessage());
        byte[] next = entry().encode();
        ByteBuffer.wrap(next).putInt(8, CacheEntry.FORMAT + 1);
        CacheEntry.Invalid format = assertThrows(CacheEntry.Invalid.class, () -> CacheEntry.decode(next));
        assertTrue(format.getMessage().contains("format " + (CacheEntry.FORMAT + 1)), format.getMessage());
    }
}
