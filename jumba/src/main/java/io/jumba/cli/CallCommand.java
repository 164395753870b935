package io.jumba.cli;

import io.jumba.Kernel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code jumba call FILE.py FUNC [ARG ...]}: calls a kernel once and prints its result as Python's repr. */
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

    @Override
    public Integer call() throws Exception {
        Object[] args = invocation.values();
        Kernel kernel = invocation.kernel();
        Object result = kernel.call(args);
        var out = spec.commandLine().getOut();
        out.println(PythonRepr.of(result));
        out.flush();
        if (outDir != null) ResultFiles.write(outDir, kernel.returnType(args), result, args);
        return 0;
    }
}
