package io.jumba.cli;

import io.jumba.Kernel;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code FILE.py FUNC [ARG ...]} part shared by the commands that run a kernel. */
final class KernelInvocation {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.py", description = "Python file with the kernel.")
    Path file;

    @Parameters(index = "1", paramLabel = "FUNC", description = "Name of the function to call.")
    String function;

    @Parameters(index = "2..*", paramLabel = "ARG",
            description = "Arguments: FILE.npy (array), integer (int64), float (float64; nan, inf, -inf), True/False, None, a tuple (1, 2.5), a list [1, 2.5], a dict {1: 2.5}.")
    List<String> arguments = new ArrayList<>();

    @Option(names = "--strict",
            description = "Keep float sums and products in sequential order (bit-identical to the interpreter).")
    boolean strict;

    @Option(names = "--reject-computed-index-races",
            description = "Make a prange write through a computed index (out[idx[i]] = ...) a compile error instead of a warning.")
    boolean rejectComputedIndexRaces;

    /** The kernel named on the command line, compiled strict and rejecting computed-index races if asked. */
    Kernel kernel() throws IOException {
        return KernelCall.kernel(file, function, strict, rejectComputedIndexRaces);
    }

    /** The arguments read as kernel values; a malformed one is a usage error. */
    Object[] values() throws IOException {
        try {
            return KernelArguments.parseAll(arguments);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
