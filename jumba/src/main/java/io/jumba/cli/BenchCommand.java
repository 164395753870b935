package io.jumba.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jumba.Kernel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code jumba bench FILE.py FUNC [ARG ...]}: times the first call (which compiles) and then, after warm-up calls,
 * the minimum and median of repeated calls.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Times a kernel: first-call compile time, then per-call min/median after warm-up.")
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KernelInvocation invocation;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "20", description = "Untimed calls before measuring (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "30", description = "Timed calls (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--json", description = "Print the results as one JSON object on the last line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (repeat < 1) throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--repeat must be at least 1");
        Object[] args = invocation.values();
        Kernel kernel = invocation.kernel();
        long t0 = System.nanoTime();
        kernel.call(args);
        double compileMs = (System.nanoTime() - t0) / 1e6;
        for (int i = 0; i < warmup; i++) kernel.call(args);
        long[] times = new long[repeat];
        for (int i = 0; i < repeat; i++) {
            long s = System.nanoTime();
            kernel.call(args);
            times[i] = System.nanoTime() - s;
        }
        Arrays.sort(times);
        long min = times[0];
        long median = times[repeat / 2];

        var out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("function", invocation.function);
            result.put("mode", mode(kernel));
            result.put("compile_ms", compileMs);
            result.put("min_ns", min);
            result.put("median_ns", median);
            result.put("warmup", warmup);
            result.put("repeat", repeat);
            out.println(new ObjectMapper().writeValueAsString(result));
        } else {
            out.printf("%s (%s): first call (compile) %.1f ms; per call min %d ns, median %d ns (%d runs after %d warm-up)%n",
                    invocation.function, mode(kernel), compileMs, min, median, repeat, warmup);
        }
        out.flush();
        return 0;
    }

    /** What was timed: compiled code, or the interpreter under JUMBA_DISABLE_JIT=1 (much slower, no compile). */
    private static String mode(Kernel kernel) {
        return kernel.jitDisabled() ? "interpreted" : "compiled";
    }
}
