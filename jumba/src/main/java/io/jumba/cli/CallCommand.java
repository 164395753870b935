package io.jumba.cli;

import io.jumba.Jumba;
import io.jumba.Kernel;
import io.jumba.array.NDArray;
import io.jumba.array.Npy;
import io.jumba.ufunc.GUFunc;
import io.jumba.ufunc.UFunc;
import io.jumba.ufunc.UFuncException;
import io.jumba.ufunc.VectorizedModule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code jumba call FILE.py FUNC [ARG ...]}: calls a kernel once and prints its result as Python's repr. A
 * {@code @vectorize} function is applied as NumPy applies a ufunc ({@link UFunc}), a {@code @guvectorize} one as
 * a generalized ufunc ({@link GUFunc}).
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

    @Override
    public Integer call() throws Exception {
        Object[] args = invocation.values();
        VectorizedModule vectorized = Jumba.vectorize(invocation.file);
        try {
            if (vectorized.isUfunc(invocation.function)) {
                return callUfunc(vectorized.ufunc(invocation.function), args);
            }
            if (vectorized.has(invocation.function)) {
                return callGufunc(vectorized.gufunc(invocation.function), args);
            }
        } catch (UFuncException e) {
            // Arguments NumPy would refuse: reported as Python reports them, not as a fault of Jumba.
            var err = spec.commandLine().getErr();
            err.println(e.pythonName() + ": " + e.getMessage());
            err.flush();
            return ErrorReporter.KERNEL_ERROR;
        }
        Kernel kernel = invocation.kernel();
        Object result = kernel.call(args);
        print(result);
        if (outDir != null) ResultFiles.write(outDir, kernel.returnType(args), result, args);
        return 0;
    }

    /** A ufunc call: prints the result as NumPy returns it (a scalar for scalar inputs); ret.npy is an array. */
    private int callUfunc(UFunc ufunc, Object[] args) throws IOException {
        boolean scalars = Arrays.stream(args).noneMatch(a -> a instanceof NDArray);
        NDArray result = args.length == ufunc.nin() ? ufunc.on(args).run() : (NDArray) ufunc.call(args);
        print(scalars ? result.get() : result);
        if (outDir != null) {
            ResultFiles.write(outDir, null, null, args);
            Npy.write(outDir.resolve("ret.npy"), result);
        }
        return 0;
    }

    /** A gufunc call: prints the result as NumPy returns it; writes every output as an array (0-d for a scalar). */
    private int callGufunc(GUFunc gufunc, Object[] args) throws IOException {
        List<NDArray> outputs = gufunc.apply(args);
        print(GUFunc.returned(outputs, args.length == gufunc.nin()));
        if (outDir != null) {
            ResultFiles.write(outDir, null, null, args);
            for (int j = 0; j < outputs.size(); j++) {
                Npy.write(outDir.resolve(outputs.size() == 1 ? "ret.npy" : "ret" + j + ".npy"), outputs.get(j));
            }
        }
        return 0;
    }

    private void print(Object result) {
        var out = spec.commandLine().getOut();
        out.println(PythonRepr.of(result));
        out.flush();
    }
}
