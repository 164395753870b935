package io.jumba.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * {@code jumba call FILE.py FUNC [ARG ...]}: calls a kernel once and prints its result as Python's repr
 * ({@link KernelCall}). {@link DirectCall} runs the plain forms of this command line without picocli; this command
 * runs the rest and gives {@code jumba call --help} its text.
 */
@Command(name = "call", mixinStandardHelpOptions = true,
        description = "Calls a kernel function and prints its return value as Python's repr on the last line.")
final class CallCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KernelInvocation invocation;

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "Also write ret.npy (or ret0.npy, ret1.npy, ... for a tuple) and arg<i>.npy for array arguments.")
    Path outDir;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Stop the call with a TimeoutError when it runs longer than this (e.g. 2.5).")
    Double timeout;

    /** A time limit of s seconds; null for none. */
    private Duration seconds(Double s) {
        if (s == null) return null;
        if (!(s > 0) || s > 1e9) throw new ParameterException(spec.commandLine(), "--timeout must be a positive number of seconds");
        return Duration.ofNanos(Math.round(s * 1e9));
    }

    @Override
    public Integer call() throws Exception {
        Object[] args = invocation.values();
        var call = new CallArguments(invocation.file, invocation.function, invocation.arguments, invocation.strict, outDir,
                invocation.rejectComputedIndexRaces, seconds(timeout));
        return new KernelCall(call, spec.commandLine().getOut(), spec.commandLine().getErr()).run(args);
    }
}
