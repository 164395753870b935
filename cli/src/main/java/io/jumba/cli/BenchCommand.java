package io.jumba.cli;

import io.jumba.Kernel;
import com.fasterxml.jackson.databind.ObjectMapper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@code jumba bench FILE.py FUNC [ARG ...]}: times the first call (which compiles), then the steady-state time per
 * call through {@link Kernel#call} and through the typed method handle, each warmed up by time as JMH does
 * ({@link SteadyStateTimer}), with the median and the spread.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times a kernel: the first call (compile), then the steady-state time per call through call() "
                + "and through the typed handle, warmed up until HotSpot has compiled it.",
                "Reports the median and the spread (min, p10, p90, max) of batches that each last at least 1 ms."})
final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KernelInvocation invocation;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "1",
            description = "Shortest warm-up per path; it goes on until batches stop getting faster (default ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--max-warmup", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest warm-up per path (default ${DEFAULT-VALUE}).")
    double maxWarmup;

    @Option(names = "--measure", paramLabel = "SECONDS", defaultValue = "1",
            description = "Sampling time per path after warm-up, at least 5 batches (default ${DEFAULT-VALUE}).")
    double measure;

    @Option(names = "--json", description = "Print the results as one JSON object on the last line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (warmup < 0 || measure < 0 || maxWarmup < warmup) {
            throw new ParameterException(spec.commandLine(), "need 0 <= --warmup <= --max-warmup and --measure >= 0");
        }
        Object[] args = invocation.values();
        Kernel kernel = invocation.kernel();
        long t0 = System.nanoTime();
        kernel.call(args);
        double compileMs = (System.nanoTime() - t0) / 1e6;

        SteadyStateTimer timer = new SteadyStateTimer(seconds(warmup), seconds(maxWarmup), seconds(measure));
        SteadyStateTimer.Result viaCall = timed(timer, () -> kernel.call(args), progress("call()"));
        SteadyStateTimer.Result viaHandle = null;
        if (!kernel.jitDisabled()) {
            MethodHandle entry = spread(kernel.handleFor(args));
            viaHandle = timed(timer, () -> (Object) entry.invokeExact(args), progress("typed handle"));
        }
        clearProgress();

        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("function", invocation.function);
            result.put("mode", mode(kernel));
            result.put("compile_ms", compileMs);
            result.putAll(fields(viaCall));
            if (viaHandle != null) result.put("handle", fields(viaHandle));
            out.println(new ObjectMapper().writeValueAsString(result));
        } else {
            out.printf(Locale.ROOT, "%s (%s): first call (compile) %.1f ms%n", invocation.function, mode(kernel), compileMs);
            out.println(line("call()", viaCall));
            if (viaHandle != null) out.println(line("typed handle", viaHandle));
        }
        out.flush();
        return 0;
    }

    /** timer's result for call; the kernel's own exceptions pass through as they are. */
    private static SteadyStateTimer.Result timed(SteadyStateTimer timer, SteadyStateTimer.Call call,
                                                 Consumer<String> progress) throws Exception {
        try {
            return timer.time(call, progress);
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** handle taking the arguments as one Object[] and returning Object, so one call site serves every signature. */
    private static MethodHandle spread(MethodHandle handle) {
        return handle.asSpreader(Object[].class, handle.type().parameterCount())
                .asType(MethodType.methodType(Object.class, Object[].class));
    }

    private static String line(String path, SteadyStateTimer.Result r) {
        return String.format(Locale.ROOT, "  %-13s median %s  (min %s, p10 %s, p90 %s, max %s; %d samples of %d calls, "
                        + "after %.1f s warm-up)", path + ":", Units.nanos(r.median()), Units.nanos(r.min()),
                Units.nanos(r.percentile(10)), Units.nanos(r.percentile(90)), Units.nanos(r.max()),
                r.perCallNanos().length, r.callsPerSample(), r.warmupNanos() / 1e9);
    }

    private static Map<String, Object> fields(SteadyStateTimer.Result r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("min_ns", r.min());
        m.put("median_ns", r.median());
        m.put("p10_ns", r.percentile(10));
        m.put("p90_ns", r.percentile(90));
        m.put("max_ns", r.max());
        m.put("samples", r.perCallNanos().length);
        m.put("calls_per_sample", r.callsPerSample());
        m.put("warmup_s", r.warmupNanos() / 1e9);
        m.put("warmup_calls", r.warmupCalls());
        return m;
    }

    /** A status line on the terminal, rewritten in place; nothing when stderr is not a terminal. */
    private Consumer<String> progress(String path) {
        PrintWriter err = spec.commandLine().getErr();
        return status -> {
            if (!onTerminal()) return;
            err.printf("\r%-72s", invocation.function + " " + path + ": " + status);
            err.flush();
        };
    }

    private void clearProgress() {
        if (!onTerminal()) return;
        PrintWriter err = spec.commandLine().getErr();
        err.printf("\r%72s\r", "");
        err.flush();
    }

    private static boolean onTerminal() {
        return System.console() != null && System.console().isTerminal();
    }

    private static long seconds(double s) {
        return (long) (s * 1e9);
    }

    /** What was timed: compiled code, or the interpreter under JUMBA_DISABLE_JIT=1 (much slower, no compile). */
    private static String mode(Kernel kernel) {
        return kernel.jitDisabled() ? "interpreted" : "compiled";
    }
}
