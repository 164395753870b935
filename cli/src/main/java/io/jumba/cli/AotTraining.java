package io.jumba.cli;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.array.Npy;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * The training workload of bin/jumba's AOT cache: runs {@code jumba call} and {@code jumba explain} in-process on a
 * set of kernels that covers the common shapes ({@code aot-training.py}: scalar loops, SIMD maps and reductions, 2-D,
 * float32, whole-array expressions, prange, ufuncs, a kernel error, a {@code cache=True} kernel twice) and on the
 * bundled examples, so that a JVM started with {@code -XX:AOTCacheOutput} records every class a first call loads.
 * Not a user command; bin/jumba runs it as {@code java -XX:AOTCacheOutput=FILE ... io.jumba.cli.AotTraining WORK_DIR}
 * after building the jar.
 */
public final class AotTraining {
    private static final String KERNELS = "aot-training.py";
    private static final List<String> EXAMPLES = List.of("dot.py", "saxpy.py", "black_scholes.py", "stencil.py");
    private static final int N = 1000;
    private static final int SIDE = 32;

    private AotTraining() {}

    /** One command line and the exit code it must end with. */
    private record Run(int expectedExit, List<String> argv) {
        static Run of(String... argv) { return new Run(0, List.of(argv)); }
    }

    /** Runs {@link #train} in args[0]; exits 1 when a command ends otherwise than expected. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: AotTraining WORK_DIR");
            System.exit(2);
        }
        String failure = train(Path.of(args[0]));
        if (failure != null) {
            System.err.println("AOT training: " + failure);
            System.exit(1);
        }
    }

    /**
     * Writes the kernels and their inputs into dir and runs every command; returns null when each ended as
     * expected, else what the first one that did not printed.
     */
    static String train(Path dir) throws IOException {
        prepare(Files.createDirectories(dir));
        for (Run run : runs(dir)) {
            String[] argv = run.argv().toArray(String[]::new);
            StringWriter output = new StringWriter();
            int exit = Main.run(argv, new PrintWriter(output), new PrintWriter(output));
            if (exit != run.expectedExit()) {
                return "'jumba " + String.join(" ", argv) + "' exited " + exit + " (expected " + run.expectedExit()
                        + "): " + output.toString().strip();
            }
        }
        return null;
    }

    /** Writes the kernels, the examples and the input arrays into dir. */
    private static void prepare(Path dir) throws IOException {
        copyResource(AotTraining.class.getResourceAsStream(KERNELS), dir.resolve(KERNELS));
        for (String example : EXAMPLES) {
            copyResource(AotTraining.class.getResourceAsStream("/examples/" + example), dir.resolve(example));
        }
        Random random = new Random(42);
        double[] x = new double[N];
        double[] y = new double[N];
        float[] f = new float[N];
        float[] g = new float[N];
        long[] i = new long[N];
        double[] m = new double[SIDE * SIDE];
        for (int k = 0; k < N; k++) {
            // positive, away from zero: valid prices, strikes and years for Black-Scholes too
            x[k] = 0.5 + 1.5 * random.nextDouble();
            y[k] = 0.5 + 1.5 * random.nextDouble();
            f[k] = (float) random.nextDouble();
            g[k] = (float) random.nextDouble();
            i[k] = random.nextInt(1000);
        }
        for (int k = 0; k < m.length; k++) m[k] = random.nextDouble();
        Npy.write(dir.resolve("x.npy"), NDArray.wrap(x));
        Npy.write(dir.resolve("y.npy"), NDArray.wrap(y));
        Npy.write(dir.resolve("f.npy"), NDArray.wrap(f));
        Npy.write(dir.resolve("g.npy"), NDArray.wrap(g));
        Npy.write(dir.resolve("i.npy"), NDArray.wrap(i));
        Npy.write(dir.resolve("m.npy"), NDArray.wrap(m, SIDE, SIDE));
        Npy.write(dir.resolve("out.npy"), NDArray.zeros(DType.FLOAT64, N));
        Npy.write(dir.resolve("mout.npy"), NDArray.zeros(DType.FLOAT64, SIDE, SIDE));
    }

    private static List<Run> runs(Path dir) {
        UnaryOperator<String> at = name -> dir.resolve(name).toString();
        String k = at.apply(KERNELS);
        String x = at.apply("x.npy"), y = at.apply("y.npy"), f = at.apply("f.npy"), g = at.apply("g.npy");
        String m = at.apply("m.npy");
        return List.of(
                Run.of("call", k, "collatz_steps", "27"),
                Run.of("call", k, "total", x),
                Run.of("call", "--strict", k, "total", x),
                Run.of("call", k, "extremes", x),
                Run.of("call", k, "int_sum", at.apply("i.npy")),
                Run.of("call", "--out-dir", at.apply("out"), k, "smooth_map", x),
                Run.of("call", k, "clip_where", x, "0.8", "1.5"),
                Run.of("call", k, "f32_dot", f, g),
                Run.of("call", k, "f32_scale", f),
                Run.of("call", k, "row_sums", m),
                Run.of("call", k, "matmul", m, m),
                Run.of("call", k, "parallel_norm", x),
                Run.of("call", k, "whole_array", x),
                Run.of("call", k, "cached_axpy", "2.0", x, y),
                Run.of("call", k, "cached_axpy", "2.0", x, y),
                new Run(ErrorReporter.KERNEL_ERROR, List.of("call", k, "out_of_bounds", x)),
                Run.of("call", k, "rel_diff", x, y),
                Run.of("call", k, "rel_diff", f, g),
                Run.of("call", k, "rel_diff", "1.5", "2.0"),
                Run.of("call", k, "gu_dot", x, y),
                Run.of("explain", "--java", k, "smooth_map", x),
                Run.of("call", at.apply("dot.py"), "dot", x, y),
                Run.of("call", at.apply("saxpy.py"), "saxpy", "2.5", x, y, at.apply("out.npy")),
                Run.of("call", at.apply("black_scholes.py"), "black_scholes", x, y, x, "0.02", "0.3",
                        at.apply("out.npy")),
                Run.of("call", at.apply("stencil.py"), "jacobi_step", m, at.apply("mout.npy")));
    }

    private static void copyResource(InputStream in, Path to) throws IOException {
        if (in == null) throw new IOException("training resource for " + to.getFileName() + " is missing from the jar");
        try (in) {
            Files.write(to, in.readAllBytes());
        }
    }
}
