package io.jumba.bench.jmh;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.bench.ResultCheck;
import io.jumba.bench.baseline.Elementwise;
import io.jumba.bench.baseline.ExpMap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Ufuncs on contiguous float64, side by side with the plain Java loop and a hand-written Vector API loop
 * ({@link Elementwise}): {@code ufunc} is {@code op.on(inputs).out(out).run()}, the whole NumPy-style application
 * (loop selection, broadcasting checks, kernel cache lookup, call) into a preallocated output, as
 * {@code np.add(a, b, out=o)}. {@code bench/numpy_ufuncs.py} times NumPy on the same operations and sizes.
 * {@link #setUp} checks the measured implementation's first result against the plain loop, so a wrong kernel
 * fails its benchmark instead of looking fast.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class UFuncBenchmark {
    /** Elements of the "small" size: cache-resident. */
    public static final int SMALL = 4096;
    /** Elements of the "large" size: 1M float64, 8 MiB per array. */
    public static final int LARGE = 1 << 20;
    private static final long SEED = 20240601L;

    /** "small", "large" or an element count (run.sh passes the suite's size names to every benchmark). */
    @Param({"small", "large"})
    public String size;

    /** A {@link UFuncOp} by its lower-case name. */
    @Param({"add", "multiply", "fluent_add", "muladd", "exp", "log", "sin"})
    public String op;

    private UFuncOp kind;
    private double[] a, b, c, out;
    private NDArray outArr;
    private Object[] inputs;

    /** The element count of a size parameter. */
    public static int elements(String size) {
        return switch (size) {
            case "small" -> SMALL;
            case "large" -> LARGE;
            default -> Integer.parseInt(size);
        };
    }

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) {
        prepare(params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1));
    }

    /**
     * Draws the inputs for {@link #size} and {@link #op}, runs {@code method} ("plainJava", "vectorApi" or
     * "ufunc") once and throws if its output differs from the plain loop's by more than the op's rtol.
     */
    public void prepare(String method) {
        kind = UFuncOp.of(op);
        SplittableRandom rng = new SplittableRandom(SEED);
        int n = elements(size);
        inputs = new Object[kind.arity()];
        double[][] data = new double[3][];
        for (int k = 0; k < inputs.length; k++) {
            NDArray in = NDArray.empty(DType.FLOAT64, n);
            data[k] = (double[]) in.data();
            for (int i = 0; i < n; i++) data[k][i] = kind.low() + (kind.high() - kind.low()) * rng.nextDouble();
            inputs[k] = in;
        }
        a = data[0];
        b = data[1];
        c = data[2];
        outArr = NDArray.empty(DType.FLOAT64, n);
        out = (double[]) outArr.data();
        double[] ref = new double[n];
        plain(ref);
        Arrays.fill(out, Double.NaN);
        switch (method) {
            case "plainJava" -> plainJava();
            case "vectorApi" -> vectorApi();
            case "ufunc" -> ufunc();
            default -> throw new IllegalArgumentException("unknown benchmark method " + method);
        }
        ResultCheck.require(op + "/" + size + " " + method, ResultCheck.relErr(ref, out), kind.rtol());
    }

    private void plain(double[] dst) {
        switch (kind) {
            case ADD, FLUENT_ADD -> Elementwise.add(a, b, dst);
            case MULTIPLY -> Elementwise.multiply(a, b, dst);
            case MULADD -> Elementwise.mulAdd(a, b, c, dst);
            case EXP -> ExpMap.plain(a, dst);
            case LOG -> Elementwise.log(a, dst);
            case SIN -> Elementwise.sin(a, dst);
        }
    }

    @Benchmark
    public void plainJava() {
        plain(out);
    }

    @Benchmark
    public void vectorApi() {
        switch (kind) {
            case ADD, FLUENT_ADD -> Elementwise.addVector(a, b, out);
            case MULTIPLY -> Elementwise.multiplyVector(a, b, out);
            case MULADD -> Elementwise.mulAddVector(a, b, c, out);
            case EXP -> Elementwise.expVector(a, out);
            case LOG -> Elementwise.logVector(a, out);
            case SIN -> Elementwise.sinVector(a, out);
        }
    }

    @Benchmark
    public NDArray ufunc() {
        return kind.ufunc().on(inputs).out(outArr).run();
    }
}
