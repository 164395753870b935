package io.jumba;

import io.jumba.array.NDArray;
import io.jumba.dispatch.Dispatcher;
import io.jumba.dispatch.Specialization;
import io.jumba.ir.IrPrinter;
import io.jumba.runtime.parallel.ThreadCount;
import io.jumba.tools.KernelTools;
import io.jumba.types.Signature;
import io.jumba.types.Type;
import io.jumba.vectorize.Explain;

import java.lang.invoke.MethodHandle;
import java.time.Duration;
import java.util.List;

/**
 * One kernel function, callable from Java. Arguments and results follow Jumba's conventions: int64 is
 * {@code Long} (any Java integer box is accepted), float64 {@code Double}, float32 {@code Float}, bool
 * {@code Boolean}, arrays {@link io.jumba.array.NDArray}, tuples {@code Object[]}, namedtuples
 * {@link io.jumba.types.NamedTupleValue}, None {@code null}. Java's primitive
 * arrays ({@code double[]}, {@code long[]}, ...) are accepted as 1-d arrays without a copy, so a kernel's writes show
 * in them; rectangular {@code double[][]} and the like as 2-d arrays, copied. {@link #callDouble}, {@link #callLong},
 * {@link #callBoolean}, {@link #callArray} and {@link #callTuple} return the result typed.
 * Signatures are written as in Numba, e.g. {@code "float64(float64[:], int64)"} or just {@code "(float64[::1],)"}.
 */
public final class Kernel {
    static {
        KernelTools.grant(k -> k.dispatcher);
    }

    private final Dispatcher dispatcher;
    /** The time limit of each {@link #call}, or null for none. */
    private final Duration timeout;

    Kernel(Dispatcher dispatcher) {
        this(dispatcher, null);
    }

    private Kernel(Dispatcher dispatcher, Duration timeout) {
        this.dispatcher = dispatcher;
        this.timeout = timeout;
    }

    /**
     * This kernel with a time limit on each call: a call still running after limit ends in a TimeoutError
     * ({@link io.jumba.diag.KernelRuntimeError}). Kernels check once per iteration of their outermost loops (per
     * 65,536 iterations of one without inner loops, per 1,024 steps of a vectorized one), of every while loop and per
     * block of 32,768 iterations of a prange loop, on every thread it runs on; the interpreter at every iteration. A
     * call stops within one such step of the limit. Thread interrupts and {@code Future.cancel(true)} stop a call the
     * same way, as a KeyboardInterrupt, with or without a limit. The limit holds for {@link #callWithThreads} and
     * {@link #interpret} too.
     */
    public Kernel withTimeout(Duration limit) {
        if (limit.isNegative() || limit.isZero()) throw new IllegalArgumentException("time limit must be positive: " + limit);
        return new Kernel(dispatcher, limit);
    }

    /** The function's Python name. */
    public String name() { return dispatcher.function(); }

    /** Whether calls run in the interpreter ({@code JUMBA_DISABLE_JIT=1}) rather than compiled code. */
    public boolean jitDisabled() { return dispatcher.jitDisabled(); }

    /** Calls the kernel, compiling it for these argument types on first use (interpreted if the JIT is disabled). */
    public Object call(Object... args) {
        return timeout == null ? dispatcher.call(args) : TimeLimit.run(timeout, () -> dispatcher.call(args));
    }

    /** Calls the kernel and returns its float result; an {@link IllegalStateException} when it returns anything else. */
    public double callDouble(Object... args) {
        Object result = call(args);
        if (result instanceof Double || result instanceof Float) return ((Number) result).doubleValue();
        throw wrongResult(result, "a float", "callDouble");
    }

    /** Calls the kernel and returns its integer result; an {@link IllegalStateException} when it returns anything else. */
    public long callLong(Object... args) {
        Object result = call(args);
        if (result instanceof Long || result instanceof Integer || result instanceof Short || result instanceof Byte) {
            return ((Number) result).longValue();
        }
        throw wrongResult(result, "an integer", "callLong");
    }

    /** Calls the kernel and returns its bool result; an {@link IllegalStateException} when it returns anything else. */
    public boolean callBoolean(Object... args) {
        Object result = call(args);
        if (result instanceof Boolean b) return b;
        throw wrongResult(result, "a bool", "callBoolean");
    }

    /** Calls the kernel and returns its array result; an {@link IllegalStateException} when it returns anything else. */
    public NDArray callArray(Object... args) {
        Object result = call(args);
        if (result instanceof NDArray a) return a;
        throw wrongResult(result, "an array", "callArray");
    }

    /** Calls the kernel and returns its tuple result; an {@link IllegalStateException} when it returns anything else. */
    public Object[] callTuple(Object... args) {
        Object result = call(args);
        if (result instanceof Object[] t) return t;
        if (result instanceof io.jumba.types.NamedTupleValue n) return n.toArray(); // a namedtuple is a tuple
        throw wrongResult(result, "a tuple", "callTuple");
    }

    private IllegalStateException wrongResult(Object result, String expected, String method) {
        String got = result == null ? "None" : Signature.typeOf(result).toString();
        return new IllegalStateException(method + ": kernel " + name() + " returned " + got + ", not " + expected);
    }

    /**
     * Calls the kernel with its parallel loops ({@code prange} in {@code parallel=True} kernels) on {@code threads}
     * threads (1 to 256), whatever {@link Jumba#setNumThreads} says; reductions give the same bits for any count.
     */
    public Object callWithThreads(int threads, Object... args) {
        if (threads < 1) throw new IllegalArgumentException("number of threads must be from 1 to " + ThreadCount.MAX + ", got " + threads);
        int previous = ThreadCount.overrideForCaller(threads);
        try {
            return call(args);
        } finally {
            ThreadCount.restoreCaller(previous);
        }
    }

    /** Runs the kernel in the interpreter: same results and errors as {@link #call}, no compilation. */
    public Object interpret(Object... args) {
        return timeout == null ? dispatcher.interpret(args) : TimeLimit.run(timeout, () -> dispatcher.interpret(args));
    }

    /** Compiles for signature now, as Numba's eager {@code @njit("sig")}; returns this kernel. */
    public Kernel compile(String signature) {
        dispatcher.compile(Signature.parse(signature));
        return this;
    }

    /** The signatures compiled so far, with their return types. */
    public List<Signature> signatures() {
        return dispatcher.signatures();
    }

    /** The Java source generated for signature (compiling it if needed). */
    public String javaSource(String signature) {
        return javaSource(Signature.parse(signature));
    }

    /**
     * {@link #javaSource(String)} for a signature as {@link #signatures()} gives it: a namedtuple argument keeps its
     * class and fields, which a signature's text does not carry.
     */
    public String javaSource(Signature signature) {
        return dispatcher.compile(signature).kernel().javaSource();
    }

    /**
     * The Java source of the code a call with these argument values runs (compiling it if needed): for arrays in
     * memory segments, the code that reads them there.
     */
    public String javaSourceFor(Object... args) {
        return dispatcher.compileFor(args).kernel().javaSource();
    }

    /** The typed IR for signature, as Numba's {@code inspect_types} shows the typed function. */
    public String inspectTypes(String signature) {
        return IrPrinter.print(dispatcher.typed(Signature.parse(signature).args()));
    }

    /**
     * Per loop of the code compiled for signature (with its source line): vectorized or not, element type and
     * lanes, unroll factor, tail strategy, reductions, and the reason when a loop stays scalar. Read from the plans
     * of the compiled kernel in the dispatcher's cache: nothing is compiled again for a signature already compiled.
     */
    public String explain(String signature) {
        return Explain.of(dispatcher.plans(Signature.parse(signature)));
    }

    /**
     * A method handle of the compiled code for signature, with the exact unboxed parameter and return types; its
     * arrays must be Java arrays ({@link #handleFor} gives the code for arrays in memory segments).
     */
    public MethodHandle handle(String signature) {
        return specialization(signature).kernel().handle();
    }

    /**
     * The typed handle of the code that a call with these argument values runs (compiling it if needed): for a kernel
     * with declared signatures, the one such a call selects; for arrays in memory segments, the code that reads
     * them there. See {@link #handle(String)}.
     */
    public MethodHandle handleFor(Object... args) {
        return dispatcher.compileFor(args).kernel().handle();
    }

    /**
     * The type the kernel returns for arguments of these values' types (inferred, not compiled); for a kernel with
     * declared signatures, that of the signature a call with these values runs.
     */
    public Type returnType(Object... args) {
        return dispatcher.typed(dispatcher.runAsFor(args)).entry().returnType();
    }

    /**
     * This kernel as an implementation of iface, a public functional interface whose parameters are Java primitives and
     * primitive arrays, e.g. {@code interface Dot { double apply(double[] a, double[] b); }}: the parameter types give
     * the signature ({@code double[]} is {@code float64[::1]}, shared with the caller; {@code int} is int32), which is
     * compiled now; calls run the compiled method directly, with no boxing and no dispatch.
     *
     * @throws IllegalArgumentException when iface is not public, has not exactly one abstract method, takes another parameter type,
     *                                  or returns other than the kernel's type (or void)
     */
    public <T> T as(Class<T> iface) {
        return InterfaceBinding.bind(this, iface);
    }

    Type returnTypeOf(Signature signature) {
        return dispatcher.typed(signature.args()).entry().returnType();
    }

    private Specialization specialization(String signature) {
        return dispatcher.compile(Signature.parse(signature));
    }
}
