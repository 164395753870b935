package io.jumba.dispatch;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * One file of the kernel cache, as {@code jumba cache list} shows it.
 *
 * @param file     the entry file
 * @param bytes    its size
 * @param lastUsed when it was last stored or loaded
 * @param key      what it was compiled from; empty when the file is not a valid entry
 * @param problem  why the file is not a valid entry (it would be compiled again and replaced); empty when it is
 */
public record CacheListing(Path file, long bytes, Instant lastUsed, Optional<CacheKey> key, Optional<String> problem) {
    static CacheListing valid(Path file, long bytes, Instant lastUsed, CacheKey key) {
        return new CacheListing(file, bytes, lastUsed, Optional.of(key), Optional.empty());
    }

    static CacheListing invalid(Path file, long bytes, Instant lastUsed, String problem) {
        return new CacheListing(file, bytes, lastUsed, Optional.empty(), Optional.of(problem));
    }
}
