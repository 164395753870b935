package io.jumba.cli;

import io.jumba.array.PythonRepr;
import io.jumba.Jumba;
import io.jumba.Kernel;
import io.jumba.KernelModule;
import io.jumba.array.NDArray;
import io.jumba.ufunc.GUFunc;
import io.jumba.ufunc.UFunc;
import io.jumba.ufunc.VectorizedModule;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Calls a kernel once and prints its result as Python's repr: what {@code jumba call} does, whether picocli read its
 * command line ({@link CallCommand}) or {@link DirectCall} did. A {@code @vectorize} function is applied as NumPy
 * applies a ufunc ({@link UFunc}), a {@code @guvectorize} one as a generalized ufunc ({@link GUFunc}).
 *
 * @param call what was asked
 * @param out  where the result goes
 * @param err  where errors NumPy would report go
 */
record KernelCall(CallArguments call, PrintWriter out, PrintWriter err) {
    /** The kernel function in file, compiled strict if asked. */
    static Kernel kernel(Path file, String function, boolean strict, boolean rejectComputedIndexRaces) throws IOException {
        KernelModule module = Jumba.jit(file);
        if (strict) module = module.strict();
        if (rejectComputedIndexRaces) module = module.rejectComputedIndexRaces();
        return module.function(function);
    }

    /** Calls the function on args (the argument texts already read) and prints the result; the exit code. */
    int run(Object[] args) throws IOException {
        VectorizedModule vectorized = Jumba.vectorize(call.file());
        if (vectorized.isUfunc(call.function())) return callUfunc(vectorized.ufunc(call.function()), args);
        if (vectorized.has(call.function())) return callGufunc(vectorized.gufunc(call.function()), args);
        Kernel kernel = kernel(call.file(), call.function(), call.strict(), call.rejectComputedIndexRaces());
        if (call.timeout() != null) kernel = kernel.withTimeout(call.timeout());
        Object result;
        try {
            result = kernel.call(args);
        } catch (RuntimeException e) {
            // The outputs of an earlier call must not read as this failed call's.
            if (call.outDir() != null && Files.isDirectory(call.outDir())) ResultFiles.replace(call.outDir(), Map.of());
            throw e;
        }
        print(io.jumba.types.UnsignedDisplay.of(result, kernel.returnType(args)));
        if (call.outDir() != null) ResultFiles.write(call.outDir(), kernel.returnType(args), result, args);
        return 0;
    }

    /** A ufunc call: prints the result as NumPy returns it (a scalar for scalar inputs); ret.npy is an array. */
    private int callUfunc(UFunc ufunc, Object[] args) throws IOException {
        boolean scalars = Arrays.stream(args).noneMatch(a -> a instanceof NDArray);
        NDArray result = args.length == ufunc.nin() ? ufunc.on(args).run() : (NDArray) ufunc.call(args);
        print(scalars ? result.get() : result);
        if (call.outDir() != null) {
            Map<String, NDArray> files = ResultFiles.files(null, null, args);
            files.put("ret.npy", result);
            ResultFiles.replace(call.outDir(), files);
        }
        return 0;
    }

    /** A gufunc call: prints the result as NumPy returns it; writes every output as an array (0-d for a scalar). */
    private int callGufunc(GUFunc gufunc, Object[] args) throws IOException {
        List<NDArray> outputs = gufunc.apply(args);
        print(GUFunc.returned(outputs, args.length == gufunc.nin()));
        if (call.outDir() != null) {
            Map<String, NDArray> files = ResultFiles.files(null, null, args);
            for (int j = 0; j < outputs.size(); j++) {
                files.put(outputs.size() == 1 ? "ret.npy" : "ret" + j + ".npy", outputs.get(j));
            }
            ResultFiles.replace(call.outDir(), files);
        }
        return 0;
    }

    private void print(Object result) {
        out.println(PythonRepr.of(result));
        out.flush();
    }
}
