package io.jumba.bench.jmh;

import io.jumba.Jumba;
import io.jumba.Kernel;
import io.jumba.array.NDArray;
import io.jumba.bench.BenchCase;
import io.jumba.bench.CaseArg;
import io.jumba.bench.ResultCheck;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

/**
 * One bench-kernels case, benchmarked side by side: subclasses add {@code plainJava}, {@code vectorApi} (where
 * there is one) and {@code jumba} (the compiled kernel through its typed MethodHandle, invokeExact); this class
 * adds {@code jumbaCall} (the boxed {@link Kernel#call} path, dispatch included).
 * Jumba compiles only for the Jumba benchmarks, in {@link #setUp}, and its first result is checked against the
 * plain loop within the case's rtol, so a kernel Jumba cannot compile fails its own benchmarks only.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public abstract class CaseBenchmark {
    /** "small" (cache-resident) or "large" (memory-bound or long-running), as in cases.json. */
    @Param({"small", "large"})
    public String size;

    /** The case's arguments in call order, as Jumba takes them. */
    protected Object[] args;
    /** The compiled kernel's typed entry point (Jumba benchmarks only). */
    protected MethodHandle handle;
    private Kernel kernel;
    private BenchCase benchCase;

    /** The case name in cases.json. */
    protected abstract String caseName();

    /** Takes typed views (primitive arrays, NDArrays, scalars) of {@link #args} into fields. */
    protected abstract void bind();

    /** Runs the plain-Java loop once; returns its scalar result, or null when it writes outputs. */
    protected abstract Object runPlain();

    @Setup(Level.Trial)
    public void setUp(BenchmarkParams params) throws Throwable {
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        prepare(method.startsWith("jumba"));
    }

    /**
     * Builds the inputs for {@link #size}; with {@code jumba}, also compiles the kernel, checks the handle's type
     * and checks the kernel's result against the plain loop (throws if it differs by more than the case's rtol).
     */
    public void prepare(boolean jumba) throws Throwable {
        benchCase = BenchCase.load(caseName());
        args = benchCase.inputs(size);
        bind();
        if (jumba) prepareJumba();
    }

    private void prepareJumba() throws Throwable {
        kernel = Jumba.jit(benchCase.path()).function(benchCase.function());
        handle = kernel.handle(benchCase.numbaSignature());
        MethodType expected = expectedType();
        if (!handle.type().equals(expected)) {
            throw new IllegalStateException(caseName() + ": handle type " + handle.type() + ", expected " + expected);
        }
        checkAgainstPlain();
    }

    private MethodType expectedType() {
        List<Class<?>> params = new ArrayList<>();
        for (CaseArg a : benchCase.args()) params.add(a.array() ? NDArray.class : primitive(a));
        Class<?> ret = benchCase.returns() == null ? void.class : switch (benchCase.returns()) {
            case FLOAT64 -> double.class;
            case FLOAT32 -> float.class;
            case INT64 -> long.class;
            default -> throw new IllegalStateException("unexpected return dtype " + benchCase.returns());
        };
        return MethodType.methodType(ret, params);
    }

    private static Class<?> primitive(CaseArg a) {
        return switch (a.dtype()) {
            case FLOAT64 -> double.class;
            case FLOAT32 -> float.class;
            case INT64 -> long.class;
            case INT32 -> int.class;
            case BOOL -> boolean.class;
            case INT8, UINT8, INT16 -> throw new IllegalStateException("no scalar of dtype " + a.dtype() + " in the suite");
        };
    }

    private void checkAgainstPlain() {
        Object ref = runPlain();
        List<double[]> refOut = outputs();
        clearOutputs();
        Object got = kernel.call(args);
        if (ref != null) {
            ResultCheck.require(caseName() + "/" + size, ResultCheck.relErr(((Number) ref).doubleValue(),
                    ((Number) got).doubleValue()), benchCase.rtol());
        }
        List<double[]> gotOut = outputs();
        for (int k = 0; k < refOut.size(); k++) {
            ResultCheck.require(caseName() + "/" + size + " output " + k,
                    ResultCheck.relErr(refOut.get(k), gotOut.get(k)), benchCase.rtol());
        }
    }

    private List<double[]> outputs() {
        List<double[]> out = new ArrayList<>();
        for (int i : benchCase.outputIndices()) out.add(ResultCheck.toDoubles((NDArray) args[i]));
        return out;
    }

    private void clearOutputs() {
        for (int i : benchCase.outputIndices()) {
            NDArray a = (NDArray) args[i];
            for (int p = 0; p < a.size(); p++) a.writeLong(a.offset() + p, 0);
        }
    }

    /** The kernel through {@link Kernel#call}: boxing, signature lookup and dispatch included. */
    @Benchmark
    public Object jumbaCall() {
        return kernel.call(args);
    }

    /** The typed array behind argument i. */
    protected final NDArray array(int i) {
        return (NDArray) args[i];
    }
}
