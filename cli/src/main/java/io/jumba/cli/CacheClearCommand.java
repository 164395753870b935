package io.jumba.cli;

import io.jumba.dispatch.KernelCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code jumba cache clear}: deletes every cached kernel (only the cache's own files). */
@Command(name = "clear", mixinStandardHelpOptions = true,
        description = "Deletes every cached kernel (only the cache's own files in the directory).")
final class CacheClearCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    CacheCommand parent;

    @Override
    public Integer call() throws IOException {
        KernelCache cache = parent.cache();
        int removed = cache.clear();
        PrintWriter out = spec.commandLine().getOut();
        out.printf("removed %d %s from %s%n", removed, removed == 1 ? "entry" : "entries", cache.directory());
        out.flush();
        return 0;
    }
}
