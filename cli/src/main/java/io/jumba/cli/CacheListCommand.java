package io.jumba.cli;

import io.jumba.dispatch.CacheListing;
import io.jumba.dispatch.KernelCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code jumba cache list}: one line per entry, least recently used first: size, last use, function, signature, file. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the cached kernels: size, last use, function, signature and kernel file.")
final class CacheListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    CacheCommand parent;

    @Override
    public Integer call() throws IOException {
        KernelCache cache = parent.cache();
        List<CacheListing> entries = cache.list();
        PrintWriter out = spec.commandLine().getOut();
        long total = entries.stream().mapToLong(CacheListing::bytes).sum();
        out.printf("%d %s, %s in %s%n", entries.size(), entries.size() == 1 ? "entry" : "entries", size(total),
                cache.directory());
        if (!entries.isEmpty()) out.printf("%10s  %-9s  %-24s %s%n", "SIZE", "LAST USED", "FUNCTION", "SIGNATURE  FILE");
        Instant now = Instant.now();
        for (CacheListing e : entries) {
            String what = e.key()
                    .map(k -> String.format("%-24s %s  %s", k.part("function").orElse("?"), k.part("signature").orElse("?"),
                            k.part("file").orElse("?")))
                    .orElseGet(() -> "invalid (" + e.problem().orElseThrow() + "): " + e.file().getFileName());
            out.printf("%10s  %-9s  %s%n", size(e.bytes()), age(Duration.between(e.lastUsed(), now)), what);
        }
        out.flush();
        return 0;
    }

    /** e.g. "812 B", "23.4 KiB", "1.2 MiB". */
    static String size(long bytes) {
        if (bytes < 1024) return bytes + " B";
        if (bytes < 1024 * 1024) return String.format("%.1f KiB", bytes / 1024.0);
        return String.format("%.1f MiB", bytes / (1024.0 * 1024));
    }

    /** e.g. "12 s ago", "5 min ago", "3 h ago", "2 d ago". */
    static String age(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) return s + " s ago";
        if (s < 3600) return s / 60 + " min ago";
        if (s < 86400) return s / 3600 + " h ago";
        return s / 86400 + " d ago";
    }
}
