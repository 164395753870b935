package io.jumba.cli;

import io.jumba.Jumba;
import io.jumba.Kernel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

/**
 * {@code jumba demo}: compiles the bundled example kernels and, for each, shows the first-call compile time and
 * the speed of a call against the same loop written in plain Java, after checking that both agree.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Compiles the example kernels and compares their speed with plain Java loops.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "40", description = "Timed calls per kernel (default ${DEFAULT-VALUE}).")
    int repeat;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-30s %12s %12s %12s %8s  %s%n", "kernel", "compile", "jumba/call", "java/call", "java/jumba", "check");
        boolean allAgree = true;
        for (DemoCase c : DemoCase.all()) {
            Kernel kernel = Jumba.jit(example(c.file()), "examples/" + c.file()).function(c.function());
            Object[] args = c.inputs().get();
            long t0 = System.nanoTime();
            Object returned = kernel.call(args);
            double compileMs = (System.nanoTime() - t0) / 1e6;
            double[] expected = c.java().apply(args);
            double[] actual = returned == null ? DemoCase.data(args[args.length - 1]) : new double[]{(Double) returned};
            boolean agree = agree(expected, actual);
            allAgree &= agree;
            long jumbaNs = best(() -> kernel.call(args));
            long javaNs = best(() -> c.java().apply(args));
            out.printf("%-30s %9.1f ms %9.3f ms %9.3f ms %7.2fx  %s%n", c.title(), compileMs, jumbaNs / 1e6,
                    javaNs / 1e6, (double) javaNs / jumbaNs, agree ? "ok" : "MISMATCH");
            out.flush();
        }
        return allAgree ? 0 : ErrorReporter.KERNEL_ERROR;
    }

    /** The fastest of repeat calls (the first ones also warm the JIT). */
    private long best(Runnable call) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < repeat; i++) {
            long s = System.nanoTime();
            call.run();
            best = Math.min(best, System.nanoTime() - s);
        }
        return best;
    }

    /** Equal up to rounding: summation order may differ between the two versions. */
    private static boolean agree(double[] expected, double[] actual) {
        if (expected.length != actual.length) return false;
        for (int i = 0; i < expected.length; i++) {
            double tol = 1e-9 * Math.max(1, Math.abs(expected[i]));
            if (!(Math.abs(expected[i] - actual[i]) <= tol)) return false;
        }
        return true;
    }

    private static String example(String file) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream("/examples/" + file)) {
            if (in == null) throw new IOException("example " + file + " is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
