package io.jumba.cli;

import io.jumba.cache.CachePolicy;
import io.jumba.dispatch.KernelCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/**
 * {@code jumba cache list|clear [--dir DIR]}: the on-disk cache of kernels compiled with {@code cache=True}, in
 * {@code JUMBA_CACHE_DIR} (else {@code $XDG_CACHE_HOME/jumba} or {@code ~/.cache/jumba}) unless --dir says otherwise.
 */
@Command(name = "cache", mixinStandardHelpOptions = true,
        description = "Lists or clears the on-disk cache of compiled kernels (cache=True).",
        subcommands = {CacheListCommand.class, CacheClearCommand.class})
final class CacheCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "The cache directory (default: JUMBA_CACHE_DIR, else $XDG_CACHE_HOME/jumba or ~/.cache/jumba).")
    Path dir;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command (list, clear)");
    }

    /** The cache --dir names, or the environment's, with the environment's size limit. */
    KernelCache cache() {
        CachePolicy policy = CachePolicy.fromEnvironment();
        return KernelCache.of(dir == null ? policy : policy.inDirectory(dir));
    }
}
