package io.jumba.dispatch;

import io.jumba.jit.KernelBinary;
import io.jumba.types.Signature;
import org.codehaus.janino.SimpleCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.jumba.dispatch.CacheTests.SOURCE;
import static io.jumba.dispatch.CacheTests.dispatcher;
import static io.jumba.dispatch.CacheTests.policy;
import static org.junit.jupiter.api.Assertions.*;

/**
 * Entries that cannot be trusted are never loaded: a truncated, corrupt or foreign file, or one stored under
 * another key, is compiled again and replaced by a good entry; so is one whose bytecode refers to a class outside
 * the kernel allowlist, even with a valid checksum.
 */
class CacheRecoveryTest {
    private static final String TAMPERED = "jumba.test.tampered";

    @TempDir
    Path dir;
    private final AtomicInteger compiles = new AtomicInteger();

    /** Compiles add(int64, int64) into the cache and returns its entry file. */
    private Path stored() throws IOException {
        assertEquals(5L, dispatcher(SOURCE, "add", compiles, policy(dir)).call(2L, 3L));
        List<CacheListing> entries = KernelCache.of(policy(dir)).list();
        assertEquals(1, entries.size());
        return entries.getFirst().file();
    }

    /** A fresh dispatcher calls add: it must compile again, give the right result and leave a good entry. */
    private void recompilesAndReplaces(Path file) throws Exception {
        int before = compiles.get();
        assertEquals(9L, dispatcher(SOURCE, "add", compiles, policy(dir)).call(4L, 5L));
        assertEquals(before + 1, compiles.get(), "the bad entry must not be used");
        CacheEntry replaced = CacheEntry.decode(Files.readAllBytes(file));
        assertEquals("add", replaced.key().part("function").orElseThrow());
        assertEquals(before + 1, compiles.get());
        assertEquals(9L, dispatcher(SOURCE, "add", compiles, policy(dir)).call(4L, 5L));
        assertEquals(before + 1, compiles.get(), "the replacement is a good entry");
    }

    @Test
    void truncatedEntryIsRecompiledAndReplaced() throws Exception {
        Path file = stored();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        recompilesAndReplaces(file);
    }

    @Test
    void corruptEntryIsRecompiledAndReplaced() throws Exception {
        Path file = stored();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 10] ^= 1;
        Files.write(file, bytes);
        recompilesAndReplaces(file);
    }

    @Test
    void emptyAndForeignFilesAreRecompiledAndReplaced() throws Exception {
        Path file = stored();
        Files.write(file, new byte[0]);
        recompilesAndReplaces(file);
        Files.writeString(file, "#!/bin/sh\nrm -rf /\n");
        recompilesAndReplaces(file);
    }

    @Test
    void entryStoredUnderAnotherKeyIsRecompiledAndReplaced() throws Exception {
        Path file = stored();
        CacheEntry good = CacheEntry.decode(Files.readAllBytes(file));
        // as left by another Jumba build that happened to name its entry alike: valid, but not this key
        CacheKey other = new CacheKey(good.key().text().replace("jumba " + JumbaBuild.ID, "jumba 0.0.1 built earlier"));
        Files.write(file, new CacheEntry(other, good.binary()).encode());
        recompilesAndReplaces(file);
    }

    /** The stored entry's binary with its class replaced by one compiled from javaSource (class name Tampered). */
    private static KernelBinary withClass(KernelBinary good, String javaSource) throws Exception {
        SimpleCompiler janino = new SimpleCompiler();
        janino.cook(javaSource);
        return new KernelBinary(good.entry(), "Tampered", javaSource, janino.getBytecodes(), good.positions(),
                good.methodSizes());
    }

    private static String tamperedClass(String method, String body) {
        return "public final class Tampered {\n"
                + "  public static void jumba$positions(io.jumba.source.SourcePos[] p) {}\n"
                + "  public static long " + method + "(long a, long b) { " + body + " }\n"
                + "  public static Object jumba$call(Object[] a) {\n"
                + "    return Long.valueOf(" + method + "(((Long) a[0]).longValue(), ((Long) a[1]).longValue()));\n"
                + "  }\n"
                + "}\n";
    }

    @Test
    void tamperedBytecodeWithAValidChecksumIsRefused() throws Exception {
        Path file = stored();
        CacheEntry good = CacheEntry.decode(Files.readAllBytes(file));
        String method = good.binary().entry().method();
        KernelBinary evil = withClass(good.binary(), tamperedClass(method,
                "System.setProperty(\"" + TAMPERED + "\", \"yes\"); return a + b;"));
        Files.write(file, new CacheEntry(good.key(), evil).encode());
        CacheEntry.decode(Files.readAllBytes(file)); // a valid entry as far as the checksum goes
        recompilesAndReplaces(file);
        assertNull(System.getProperty(TAMPERED), "the tampered class must never run");
        assertFalse(CacheEntry.decode(Files.readAllBytes(file)).binary().javaSource().contains("System"));
    }

    @Test
    void alteredBytecodeInsideTheAllowlistIsWhatTheCheckLetsThrough() throws Exception {
        // The control for the test above: a tampered class that stays inside the allowlist is loaded, so it is the
        // allowlist check, not some other failure, that refuses the one reaching System.
        Path file = stored();
        CacheEntry good = CacheEntry.decode(Files.readAllBytes(file));
        KernelBinary altered = withClass(good.binary(), tamperedClass(good.binary().entry().method(),
                "return a + b + 1000;"));
        Files.write(file, new CacheEntry(good.key(), altered).encode());
        assertEquals(1009L, dispatcher(SOURCE, "add", compiles, policy(dir)).call(4L, 5L));
        assertEquals(1, compiles.get());
    }

    @Test
    void aBinaryWithoutItsEntryMethodIsRefused() throws Exception {
        Path file = stored();
        CacheEntry good = CacheEntry.decode(Files.readAllBytes(file));
        KernelBinary wrong = withClass(good.binary(), tamperedClass("someOtherMethod", "return 0;"));
        Files.write(file, new CacheEntry(good.key(), wrong).encode());
        recompilesAndReplaces(file);
    }

    @Test
    void aHitStillChecksTheSignatureItServes() throws Exception {
        stored();
        Dispatcher d = dispatcher(SOURCE, "add", compiles, policy(dir));
        assertEquals(Signature.parse("int64(int64, int64)"), d.compile(Signature.parse("(int64, int64)")).signature());
        assertEquals(1, compiles.get());
    }
}
