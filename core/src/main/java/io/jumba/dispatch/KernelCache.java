package io.jumba.dispatch;

import io.jumba.cache.CachePolicy;
import io.jumba.diag.KernelCompilationException;
import io.jumba.jit.CompiledKernel;
import io.jumba.jit.KernelBinary;
import io.jumba.jit.KernelCompiler;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static java.lang.System.Logger.Level.WARNING;

/**
 * Compiled kernels on disk, one {@link CacheEntry} file per {@link CacheKey} in one directory, so that a later
 * process skips the passes, code generation and Janino for a kernel compiled before. Safe to share between
 * processes: an entry is written to a temporary file in the same directory and renamed into place atomically, so a
 * reader sees a whole entry or none. An entry that is truncated, corrupt, from another format or stored under
 * another key is compiled again and replaced; one whose bytecode fails the kernel allowlist is refused by
 * {@link KernelCompiler#link} like fresh code, then replaced. Reading a hit marks the entry used; after each store
 * the least recently used entries are deleted until the directory holds at most maxBytes of entries. A cache that
 * cannot be written (read-only, full disk) only costs the compile; it never fails a call.
 */
public final class KernelCache {
    /** The file name ending of entries. */
    public static final String SUFFIX = ".jkc";
    private static final String TEMP_SUFFIX = ".tmp";
    /** A temporary file this old was left by a process that died while writing. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    private final Path directory;
    private final long maxBytes;

    /** The cache policy describes: its directory and size limit. */
    public static KernelCache of(CachePolicy policy) { return new KernelCache(policy.directory(), policy.maxBytes()); }

    /** The cache in directory (created when first written), holding at most maxBytes of entries. */
    public KernelCache(Path directory, long maxBytes) {
        if (maxBytes < 0) throw new IllegalArgumentException("cache size limit must not be negative: " + maxBytes);
        this.directory = directory;
        this.maxBytes = maxBytes;
    }

    /** Where the entries are. */
    public Path directory() { return directory; }

    /**
     * The kernel stored under key, linked (the entry is then marked used); empty when there is no valid entry, or
     * its bytecode is refused, and the caller should compile and {@link #store} it.
     */
    Optional<CompiledKernel> load(CacheKey key) {
        Optional<KernelBinary> stored = read(key);
        if (stored.isEmpty()) return Optional.empty();
        try {
            return Optional.of(KernelCompiler.link(stored.get()));
        } catch (KernelCompilationException e) {
            warn("jumba: refused cached kernel " + path(key) + " (" + e.diagnosis() + "); compiling it again");
            return Optional.empty();
        }
    }

    /** The binary stored under key, if a valid entry holds it (it is then marked used). */
    private Optional<KernelBinary> read(CacheKey key) {
        Path file = path(key);
        CacheEntry entry;
        try {
            entry = CacheEntry.decode(Files.readAllBytes(file));
        } catch (IOException | CacheEntry.Invalid e) {
            return Optional.empty(); // absent or unusable: compiled again and replaced
        }
        // the texts, not the records: a record's equals has a first-use cost a hit cannot afford (see CacheKey.of)
        if (!entry.key().text().equals(key.text())) return Optional.empty();
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            // a read-only cache still serves hits; only its eviction order goes stale
        }
        return Optional.of(entry.binary());
    }

    /** Stores binary under key, replacing any entry there atomically, then evicts down to the size limit. */
    void store(CacheKey key, KernelBinary binary) {
        Path file = path(key);
        Path temp = null;
        try {
            Files.createDirectories(directory);
            temp = Files.createTempFile(directory, "." + file.getFileName(), TEMP_SUFFIX);
            Files.write(temp, new CacheEntry(key, binary).encode());
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            evict();
        } catch (IOException | RuntimeException e) {
            warn("jumba: cannot write the kernel cache in " + directory + ": " + e);
        } finally {
            if (temp != null) deleteQuietly(temp);
        }
    }

    /** Every entry file, valid or not, least recently used first. */
    public List<CacheListing> list() throws IOException {
        List<CacheListing> out = new ArrayList<>();
        for (Stat s : stats(SUFFIX)) {
            try {
                CacheKey key = CacheEntry.decode(Files.readAllBytes(s.file())).key();
                out.add(CacheListing.valid(s.file(), s.bytes(), s.used(), key));
            } catch (CacheEntry.Invalid e) {
                out.add(CacheListing.invalid(s.file(), s.bytes(), s.used(), e.getMessage()));
            } catch (NoSuchFileException e) {
                // deleted by another process since the directory was read
            }
        }
        out.sort(Comparator.comparing(CacheListing::lastUsed));
        return out;
    }

    /** Deletes every entry and leftover temporary file (nothing else in the directory); returns how many entries. */
    public int clear() throws IOException {
        int entries = 0;
        for (Path file : files(SUFFIX)) if (Files.deleteIfExists(file)) entries++;
        for (Path temp : files(TEMP_SUFFIX)) Files.deleteIfExists(temp);
        return entries;
    }

    /** The entry file of key: (up to 40 characters of) the function's name, for people, and the key's file id. */
    Path path(CacheKey key) {
        String function = key.part("function").orElse("kernel");
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < Math.min(function.length(), 40); i++) {
            char c = function.charAt(i);
            name.append(c < 128 && (Character.isLetterOrDigit(c) || c == '_') ? c : '_');
        }
        return directory.resolve(name.append('-').append(key.fileId()).append(SUFFIX).toString());
    }

    /** Logged when first needed: starting the JDK's logging costs a fresh JVM milliseconds a hit does not have. */
    private static void warn(String message) {
        System.getLogger(KernelCache.class.getName()).log(WARNING, message);
    }

    /** Deletes least recently used entries until the rest fit in maxBytes, and abandoned temporary files. */
    private void evict() throws IOException {
        Instant abandoned = Instant.now().minus(ABANDONED);
        for (Stat temp : stats(TEMP_SUFFIX)) if (temp.used().isBefore(abandoned)) Files.deleteIfExists(temp.file());
        List<Stat> entries = stats(SUFFIX);
        entries.sort(Comparator.comparing(Stat::used));
        long total = 0;
        for (Stat s : entries) total += s.bytes();
        for (int i = 0; total > maxBytes && i < entries.size(); i++) {
            if (Files.deleteIfExists(entries.get(i).file())) total -= entries.get(i).bytes();
        }
    }

    /** A file's size and last-modified time, read without opening it. */
    private record Stat(Path file, long bytes, Instant used) {}

    /** Size and time of the files ending with suffix; a file deleted meanwhile by another process is left out. */
    private List<Stat> stats(String suffix) throws IOException {
        List<Stat> out = new ArrayList<>();
        for (Path file : files(suffix)) {
            try {
                out.add(new Stat(file, Files.size(file), Files.getLastModifiedTime(file).toInstant()));
            } catch (NoSuchFileException e) {
                // deleted since the directory was read
            }
        }
        return out;
    }

    /** The regular files of the directory whose names end with suffix; none when it does not exist. */
    private List<Path> files(String suffix) throws IOException {
        if (!Files.isDirectory(directory)) return List.of();
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, p -> p.getFileName().toString().endsWith(suffix))) {
            for (Path p : stream) if (Files.isRegularFile(p)) out.add(p);
        }
        return out;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            warn("jumba: cannot delete " + file + ": " + e);
        }
    }
}
