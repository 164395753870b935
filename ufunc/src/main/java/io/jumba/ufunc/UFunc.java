package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.array.NDArray;
import io.jumba.diag.KernelRuntimeError;
import io.jumba.diag.UFuncException;
import io.jumba.interp.Interpreter;
import io.jumba.ir.Program;
import io.jumba.vectorize.SimdPipeline;
import io.jumba.vectorize.options.VectorOptions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A NumPy universal function: typed loops over element expressions, applied with broadcasting, output casting
 * and masks, plus the methods of binary ufuncs (reduce, accumulate, reduceat, outer, at).
 *
 * <p>Every application builds one IR program per (loop, argument types) — an {@code Elementwise} stored into the
 * output — loaded by the ufunc's {@link Engine} (by default compiled with SIMD per the {@code jumba.simd.*}
 * system properties) and cached, so calls on the same kinds of arrays reuse the compiled (and, for contiguous
 * arrays, vectorized) kernel.
 */
public final class UFunc {
    private final Definition def;
    private final Engine engine;
    private final Map<KernelKey, Consumer<Object[]>> kernels = new ConcurrentHashMap<>();
    private final LongAdder kernelCalls = new LongAdder();

    /** What a ufunc is, apart from the engine that runs its kernels. */
    private record Definition(String name, String doc, List<Loop> loops, Object identity, Target target,
                              boolean widenIntReductions, boolean reorderable, boolean trueDivision,
                              boolean exactIntScalars, Refusal boolError, DynamicLoops dynamic) {}

    private UFunc(Definition def, Engine engine) {
        this.def = def;
        this.engine = engine;
    }

    public static Builder builder(String name) { return new Builder(name); }

    public String name() { return def.name(); }

    public String doc() { return def.doc(); }

    public int nin() { return def.dynamic() != null ? def.dynamic().nin() : def.loops().getFirst().nin(); }

    public int nout() { return 1; }

    /**
     * Loop type strings in resolution order, like NumPy's {@code ufunc.types}; of a dynamic ufunc, the loops compiled
     * so far, as Numba's DUFunc.
     */
    public List<String> types() { return loops().stream().map(Loop::types).toList(); }

    /** The loops in resolution order (of a dynamic ufunc, those compiled so far). */
    public List<Loop> loops() { return def.dynamic() != null ? def.dynamic().loops() : def.loops(); }

    /**
     * Whether this ufunc compiles a loop for new input dtypes when no loop takes them safely (Numba's DUFunc, a
     * {@code @vectorize} without signatures).
     */
    public boolean isDynamic() { return def.dynamic() != null; }

    /** The dynamic ufunc's loop for exactly these input dtypes, compiled on first use. */
    Loop compileLoop(List<DType> inputs) { return def.dynamic().compile(inputs); }

    /** The reduction identity (a Boolean, Long or Double), or null when the ufunc has none. */
    public Object identity() { return def.identity(); }

    public Target target() { return def.target(); }

    public Engine engine() { return engine; }

    /** This ufunc with its kernels run by engine (e.g. the interpreter, or SIMD of another species width). */
    public UFunc withEngine(Engine engine) { return new UFunc(def, engine); }

    /** True for add and multiply: reducing bool or ints narrower than int64 accumulates in int64, as NumPy. */
    boolean widensIntReductions() { return def.widenIntReductions(); }

    /**
     * {@code ufunc(*inputs[, out])}: NDArray inputs or Java scalars; when every input is a scalar and no out is
     * given, the result is a boxed scalar, else an NDArray. Types promote as in NumPy 2 (NEP 50): a Long, Integer,
     * Short or Byte is a Python int and a Double a Python float, weak, so an int8 array plus 2 stays int8 (plus
     * 1000 raises OverflowError) and a float32 array plus 0.5 float32; a Boolean or a Float is a NumPy bool or
     * float32 scalar, and arrays (0-d ones too) keep their dtype, so a float32 array plus a 0-d float64 array is
     * float64.
     */
    public Object call(Object... args) {
        int nin = nin();
        if (args.length < nin || args.length > nin + 1) throw arityError(args.length);
        Application a = new Application(this, Arrays.asList(args).subList(0, nin));
        if (args.length > nin) {
            if (!(args[nin] instanceof NDArray o)) throw new UFuncException("TypeError", "return arrays must be of ArrayType");
            a.out(o);
        }
        NDArray r = a.run();
        boolean allScalars = Arrays.stream(args).noneMatch(x -> x instanceof NDArray);
        return allScalars ? r.get() : r;
    }

    /** A call to configure with out/where/dtype/casting before {@link Application#run()}. */
    public Application on(Object... inputs) {
        if (inputs.length != nin()) throw arityError(inputs.length);
        return new Application(this, Arrays.asList(inputs));
    }

    /** NumPy's TypeError for a call with the wrong number of positional arguments (inputs, then one out). */
    private UFuncException arityError(int given) {
        return new UFuncException("TypeError", name() + "() takes from " + nin() + " to " + (nin() + 1)
                + " positional arguments but " + given + " were given");
    }

    /** Whether a reduction may run over several axes at once (NumPy: an identity, or declared reorderable). */
    boolean reorderable() { return def.reorderable(); }

    /** True for divide: bool and int inputs take the float64 loop, as NumPy's true-division type resolver. */
    boolean trueDivision() { return def.trueDivision(); }

    /**
     * True for comparisons and the logical ufuncs: a Python int (Java integer) scalar out of an integer loop's
     * range is compared by value rather than refused with OverflowError, as NumPy 2.
     */
    boolean exactIntScalars() { return def.exactIntScalars(); }

    /** NumPy's refusal when every input is bool; null when bool inputs resolve normally. */
    Refusal boolError() { return def.boolError(); }

    /** A call NumPy refuses before any loop runs: the Python exception's name and NumPy's message. */
    record Refusal(String pythonName, String message) {
        UFuncException exception() { return new UFuncException(pythonName, message); }
    }

    // ---- methods of binary ufuncs ---------------------------------------------------------------------------

    /** {@code ufunc.reduce(a)} along axis 0. */
    public Object reduce(NDArray a) { return reducer(a).run(); }

    /** {@code ufunc.reduce(a, axis)} with more options. */
    public Reducer reducer(NDArray a) { return new Reducer(this, a); }

    /** {@code ufunc.accumulate(a, axis)}. */
    public NDArray accumulate(NDArray a, int axis) { return Methods.accumulate(this, a, axis); }

    /** {@code ufunc.reduceat(a, indices, axis)}. */
    public NDArray reduceat(NDArray a, long[] indices, int axis) { return Methods.reduceat(this, a, indices, axis); }

    /** {@code ufunc.outer(a, b)}: result shape a.shape + b.shape. */
    public NDArray outer(Object a, Object b) { return Methods.outer(this, a, b); }

    /**
     * {@code ufunc.at(a, indices, b)}: unbuffered in place {@code a[i] = ufunc(a[i], b)} along axis 0, repeated
     * indices applied each time; b broadcasts to the shape of {@code a[indices]}.
     */
    public void at(NDArray a, NDArray indices, Object b) { Methods.at(this, a, List.of(indices), b); }

    /**
     * {@code ufunc.at(a, (i0, i1, ...), b)}: one integer index array per leading axis of a, broadcast together,
     * as NumPy's tuple of index arrays; b broadcasts to the shape of {@code a[i0, i1, ...]}.
     */
    public void at(NDArray a, List<NDArray> indices, Object b) { Methods.at(this, a, indices, b); }

    /** {@code ufunc.at(a, indices)} for unary ufuncs. */
    public void at(NDArray a, NDArray indices) { Methods.at(this, a, List.of(indices), null); }

    /** {@code ufunc.at(a, (i0, i1, ...))} for unary ufuncs. */
    public void at(NDArray a, List<NDArray> indices) { Methods.at(this, a, indices, null); }

    /** Binary methods need nin 2, as NumPy ("reduce only supported for binary functions"). */
    void requireBinary(String method) {
        if (nin() != 2) throw new UFuncException("ValueError", method + " only supported for binary functions");
    }

    // ---- kernels ------------------------------------------------------------------------------------------------

    /** A runnable form of program under engine: it takes the program's arguments, in order. */
    private static Consumer<Object[]> load(Engine engine, Program program) {
        return switch (engine) {
            case Engine.Compiled(VectorOptions options) -> new StorageKernels(program, SimdPipeline.with(options));
            case Engine.Interpreted() -> args -> Interpreter.run(program, args);
        };
    }

    /**
     * Runs the kernel of a program key (loaded once per key) on arguments. A Python exception a loop raises (such
     * as integer power's ValueError) leaves the call as NumPy's does: a {@link UFuncException} of that name.
     */
    void invoke(KernelKey key, Object[] arguments) {
        Consumer<Object[]> kernel = kernels.computeIfAbsent(key,
                k -> load(k.sequential() ? engine.sequential() : engine, k.build(def.name())));
        kernelCalls.increment();
        try {
            kernel.accept(arguments);
        } catch (KernelRuntimeError e) {
            throw new UFuncException(e.pythonName(), e.detail(), e);
        }
    }

    /** How many kernels have been loaded (for tests of the cache). */
    int compiledKernels() { return kernels.size(); }

    /** How many times this ufunc object has called a kernel (for tests of how much work one call makes). */
    long kernelCalls() { return kernelCalls.sum(); }

    @Override public String toString() { return "<ufunc '" + def.name() + "'>"; }

    /** Defines a ufunc: a name, loops in resolution order, a reduction identity and a doc string. */
    public static final class Builder {
        private final String name;
        private String doc = "";
        private final List<Loop> loops = new ArrayList<>();
        private Object identity;
        private Target target = Target.CPU;
        private boolean widenIntReductions;
        private boolean reorderable;
        private boolean trueDivision;
        private boolean exactIntScalars;
        private Refusal boolError;
        private Engine engine = Engine.fromSystemProperties();
        private DynamicLoops dynamic;

        private Builder(String name) { this.name = name; }

        public Builder doc(String doc) { this.doc = doc; return this; }

        public Builder loop(Loop loop) {
            if (!loops.isEmpty() && loops.getFirst().nin() != loop.nin()) {
                throw new IllegalArgumentException("loop " + loop + " has another number of inputs than " + loops.getFirst());
            }
            loops.add(loop);
            return this;
        }

        /** A loop of the given types, e.g. {@code loop(LoopType.of(FLOAT64, FLOAT64).to(FLOAT64), x -> ...)}. */
        public Builder loop(LoopType type, Loop.Body body) { return loop(Loop.of(type, body)); }

        /** The same body for several loop types. */
        public Builder loops(Loop.Body body, LoopType... types) {
            for (LoopType t : types) loop(t, body);
            return this;
        }

        /** A loop from NumPy's type string, e.g. {@code "dd->d"} ({@link LoopType#parse}). */
        public Builder loop(String types, Loop.Body body) { return loop(LoopType.parse(types), body); }

        /** The same body for several NumPy type strings. */
        public Builder loops(Loop.Body body, String... types) {
            for (String t : types) loop(t, body);
            return this;
        }

        /** The reduction identity: Boolean, a Number (Long/Double) or null for none. */
        public Builder identity(Object identity) {
            if (identity instanceof Integer i) identity = (long) i;
            this.identity = identity;
            return this;
        }

        public Builder target(Target target) { this.target = target; return this; }

        public Builder engine(Engine engine) { this.engine = engine; return this; }

        /**
         * Reductions of bool/small ints accumulate in int64, of small unsigned ints in uint64 (NumPy does this for add
         * and multiply).
         */
        public Builder widenIntReductions(boolean widen) { this.widenIntReductions = widen; return this; }

        /** Reductions over several axes are allowed without an identity (NumPy's minimum and maximum). */
        public Builder reorderable(boolean reorderable) { this.reorderable = reorderable; return this; }

        /** Bool and int inputs use the float64 loop, as NumPy's true_divide. */
        public Builder trueDivision(boolean trueDivision) { this.trueDivision = trueDivision; return this; }

        /**
         * A Java integer scalar out of the range of the integer loop NumPy 2's promotion picks takes a wider loop,
         * so it compares by value instead of raising OverflowError (NumPy 2's comparisons and logical ufuncs).
         */
        public Builder exactIntScalars(boolean exact) { this.exactIntScalars = exact; return this; }

        /** When every input is bool the call fails with this NumPy exception (e.g. negative's TypeError). */
        public Builder boolError(String exceptionName, String message) {
            this.boolError = new Refusal(exceptionName, message);
            return this;
        }

        /**
         * No declared loops: a call whose inputs no loop compiled so far takes safely compiles one, by compiler, for
         * exactly the call's input dtypes (Numba's DUFunc).
         */
        public Builder dynamic(int nin, Function<List<DType>, Loop> compiler) {
            this.dynamic = new DynamicLoops(nin, compiler);
            return this;
        }

        public UFunc build() {
            if (loops.isEmpty() == (dynamic == null)) {
                throw new IllegalArgumentException("ufunc " + name + " needs either loops or a loop compiler");
            }
            return new UFunc(new Definition(name, doc, List.copyOf(loops), identity, target, widenIntReductions,
                    reorderable || identity != null, trueDivision, exactIntScalars, boolError, dynamic), engine);
        }
    }
}
