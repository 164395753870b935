package io.jumba.dispatch;

import io.jumba.cache.CachePolicy;
import io.jumba.diag.TypingError;
import io.jumba.frontend.Decorators;
import io.jumba.frontend.KernelOptions;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.Module;
import io.jumba.interp.Interpreter;
import io.jumba.ir.ArrayStorage;
import io.jumba.ir.Program;
import io.jumba.jit.CompiledKernel;
import io.jumba.jit.KernelPlans;
import io.jumba.types.Layout;
import io.jumba.types.Signature;
import io.jumba.types.Type;
import io.jumba.typing.TypeInference;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@code @njit} puts in place of one Python function: calls are dispatched on the types of their arguments to
 * a specialization compiled on first use and cached, as Numba's dispatcher does. Thread-safe: concurrent first calls
 * with one signature compile it once; a signature that fails to compile fails the same way on every later call.
 *
 * <p>Signatures listed in the decorator ({@code @njit("float64(float64[:], int64)")}) compile when the dispatcher is
 * made and, as in Numba, are then the only ones calls use ({@link DeclaredSignatures}).
 *
 * <p>With the JIT disabled (environment variable {@code JUMBA_DISABLE_JIT=1}, like {@code NUMBA_DISABLE_JIT})
 * calls run in the interpreter instead (declared signatures are only typed, not compiled); explicit compilation
 * still works.
 *
 * <p>A function whose decorator says {@code cache=True} (or every function, or none, as the {@link CachePolicy}
 * says) is cached on disk: a compile first looks in the {@link KernelCache}, and stores what it compiles there.
 * A hit skips type inference (the entry holds the kernel's entry point; {@link #typed} infers on demand), the
 * passes, code generation and Janino. Pipelines without an {@link Pipeline#identity} are never cached.
 */
public final class Dispatcher {
    /** The environment variable that turns every call into an interpreted one. */
    public static final String DISABLE_JIT_ENV = "JUMBA_DISABLE_JIT";

    private final Module module;
    private final String function;
    private final Pipeline pipeline;
    private final boolean jitDisabled;
    private final DeclaredSignatures declared;
    /** The options of the function's decorator. */
    private final KernelOptions options;
    /** Where compiled code is cached; empty when this function is not cached. */
    private final Optional<KernelCache> diskCache;
    private final OnceCache<List<Type>, Program> typedPrograms = new OnceCache<>();
    private final OnceCache<List<Type>, Specialization> specializations = new OnceCache<>();
    /** The specializations for calls with arrays in memory segments ({@link ArrayStorage#SEGMENT}), compiled on use. */
    private final OnceCache<List<Type>, Specialization> segmentSpecializations = new OnceCache<>();
    /** The plans of specializations loaded from the disk cache (which holds no IR), compiled in memory once each. */
    private final OnceCache<List<Type>, KernelPlans> replanned = new OnceCache<>();

    /**
     * A dispatcher for function of module; compiles the signatures its decorator declares (only types them when
     * jitDisabled).
     *
     * @param jitDisabled true to run calls in the interpreter
     * @param cache       whether and where compiled code is cached on disk
     * @throws TypingError when module has no such function, or a declared signature is malformed or does not type
     */
    public Dispatcher(Module module, String function, Pipeline pipeline, boolean jitDisabled, CachePolicy cache) {
        FunctionDef def = requireFunction(module, function);
        this.module = module;
        this.function = function;
        this.pipeline = pipeline;
        this.jitDisabled = jitDisabled;
        this.options = Decorators.options(module, def);
        boolean cached = cache.caches(options.cache()) && pipeline.identity().isPresent();
        this.diskCache = cached ? Optional.of(KernelCache.of(cache)) : Optional.empty();
        this.declared = new DeclaredSignatures(function, def.pos(),
                Decorators.jitSignatures(module, def).stream().map(Signature::parse).toList());
        for (Signature s : declared.declared()) {
            if (jitDisabled) checkReturnType(s, typed(s.args()).entry().returnType());
            else compile(s);
        }
    }

    /** A dispatcher whose caching follows the decorator and the environment ({@link CachePolicy#fromEnvironment}). */
    public Dispatcher(Module module, String function, Pipeline pipeline, boolean jitDisabled) {
        this(module, function, pipeline, jitDisabled, CachePolicy.fromEnvironment());
    }

    /** The passes and backend this dispatcher compiles with. */
    public Pipeline pipeline() { return pipeline; }

    /** A dispatcher with the standard pipeline, honouring {@value #DISABLE_JIT_ENV}. */
    public Dispatcher(Module module, String function) {
        this(module, function, Pipeline.standard(), jitDisabledByEnvironment());
    }

    /** True when {@value #DISABLE_JIT_ENV} is set to 1 (or true). */
    public static boolean jitDisabledByEnvironment() {
        String v = System.getenv(DISABLE_JIT_ENV);
        return v != null && (v.equals("1") || v.equalsIgnoreCase("true"));
    }

    /** The Python name of the function. */
    public String function() { return function; }

    /** Whether calls run in the interpreter. */
    public boolean jitDisabled() { return jitDisabled; }

    /** Calls the function: compiled for the arguments' types (compiling on first use), or interpreted if the JIT is off. */
    public Object call(Object... args) {
        Object[] given = withDefaults(args);
        Object[] values = Arguments.normalize(given);
        List<Type> types = Signature.of(values).args();
        Object[] runtime = Arguments.unwrapped(values);
        Object result;
        Type returnType;
        if (jitDisabled) {
            Program program = typed(runAs(types));
            result = Interpreter.run(program, runtime);
            returnType = program.entry().returnType();
        } else {
            Specialization s = ArrayStorage.of(values) == ArrayStorage.SEGMENT ? segmentSpecialization(runAs(types)) : specializationFor(types);
            result = s.kernel().invoke(runtime);
            returnType = s.signature().returnType();
        }
        Arguments.reflect(given, runtime);
        return Arguments.result(result, returnType);
    }

    /** Runs the function in the interpreter, whatever the JIT setting. */
    public Object interpret(Object... args) {
        Object[] given = withDefaults(args);
        Object[] values = Arguments.normalize(given);
        Program program = typed(runAs(Signature.of(values).args()));
        Object[] runtime = Arguments.unwrapped(values);
        Object result = Interpreter.run(program, runtime);
        Arguments.reflect(given, runtime);
        return Arguments.result(result, program.entry().returnType());
    }

    /**
     * The argument types a call with these values runs as: their Numba types after Jumba's conventions (Java integer
     * boxes are int64, Java arrays NDArrays, omitted parameters take their defaults), then {@link #runAs}.
     */
    public List<Type> runAsFor(Object... args) {
        return runAs(Signature.of(Arguments.normalize(withDefaults(args))).args());
    }

    /**
     * The argument types a call with arguments of types actual runs as: actual itself, or with declared
     * signatures, the one Numba would pick.
     *
     * @throws TypingError when the function declares signatures and none fits actual
     */
    public List<Type> runAs(List<Type> actual) {
        return declared.isEmpty() ? actual : declared.select(actual);
    }

    /** args followed by the defaults of the parameters they omit, as Numba fills them at the entry. */
    private Object[] withDefaults(Object[] args) {
        List<Object> defaults = TypeInference.defaults(module, function, args.length);
        if (defaults.isEmpty()) return args;
        Object[] all = Arrays.copyOf(args, args.length + defaults.size());
        for (int i = 0; i < defaults.size(); i++) all[args.length + i] = defaults.get(i);
        return all;
    }

    /**
     * Compiles for signature now (Numba's eager compilation) and returns the result; cached like a lazy compile.
     *
     * @throws TypingError when the signature declares a return type other than the one compiled for its arguments
     *                     (a signature of the decorator converts the result to its return type, as Numba does)
     */
    public Specialization compile(Signature signature) {
        Specialization s = specializations.get(List.copyOf(signature.args()), this::build);
        checkReturnType(signature, s.signature().returnType());
        return s;
    }

    /**
     * The specialization that calls with these argument values run: like {@link #compile}, for the storage the
     * values' arrays live in (code over memory segments when one of them does).
     */
    public Specialization compileFor(Object... args) {
        Object[] values = Arguments.normalize(withDefaults(args));
        List<Type> types = runAs(Signature.of(values).args());
        return ArrayStorage.of(values) == ArrayStorage.SEGMENT ? segmentSpecialization(types)
                : compile(new Signature(types, null));
    }

    private Specialization segmentSpecialization(List<Type> argTypes) {
        return segmentSpecializations.get(List.copyOf(argTypes), types -> build(types, ArrayStorage.SEGMENT));
    }

    private void checkReturnType(Signature signature, Type inferred) {
        Type declaredReturn = signature.returnType();
        // The decorator's own signatures were converted to their return type by type inference.
        if (declaredReturn != null && !declaredReturn.equals(inferred) && !declaredReturn.equals(unnamed(inferred))
                && !declaredReturn.equals(declared.returnType(signature.args()))) {
            throw new TypingError(typed(signature.args()).entry().pos(), "signature declares return type "
                    + declaredReturn + " but " + function + " returns " + inferred);
        }
    }

    /** t with its namedtuples as plain tuples: signature text cannot spell a namedtuple. */
    private static Type unnamed(Type t) {
        return t instanceof Type.Tuple tt ? new Type.Tuple(tt.elements().stream().map(Dispatcher::unnamed).toList()) : t;
    }

    /**
     * A compile for signature of its own, outside both caches, as ahead-of-time compilation needs (its class named by
     * {@link io.jumba.jit.KernelCompiler#compilingAs}): a declared return type converts the result to it, as Numba's
     * signatures do.
     *
     * @throws TypingError when the function does not type for the signature's arguments, or its result cannot
     *                     convert to the declared return type
     */
    public CompiledKernel compileUncached(Signature signature) {
        List<Type> args = List.copyOf(signature.args());
        Type returnType = signature.returnType() != null ? signature.returnType() : declared.returnType(args);
        return pipeline.compile(TypeInference.specialize(module, function, args, returnType));
    }

    /**
     * The loop plans of the code compiled for signature, from the compile cache (compiling it first if needed), for
     * {@code explain}: nothing is compiled again for a signature already called or compiled. A specialization loaded
     * from the disk cache holds no plans; its program is then planned and compiled in memory, once.
     */
    public KernelPlans plans(Signature signature) {
        Specialization s = compile(signature);
        return s.kernel().plans().orElseGet(() -> replanned.get(List.copyOf(signature.args()),
                types -> pipeline.compile(typed(types)).plans().orElseThrow(
                        () -> new IllegalStateException("the pipeline's backend keeps no loop plans"))));
    }

    /** The program type inference gives for these argument types (cached; not compiled). */
    public Program typed(List<Type> argTypes) {
        return typedPrograms.get(List.copyOf(argTypes),
                types -> TypeInference.specialize(module, function, types, declared.returnType(types)));
    }

    /** The signatures compiled so far (with their return types), ordered by their text. */
    public List<Signature> signatures() {
        return specializations.builtKeys().stream()
                .map(k -> specializations.builtValue(k).signature())
                .sorted(Comparator.comparing(Signature::toString))
                .toList();
    }

    /**
     * The specialization that runs arguments of these types: an exact match; else, with declared signatures, the
     * one they select; else a compiled one whose declared layout 'A' arrays accept them (as Numba reuses an
     * eagerly compiled {@code float64[:]}), else a new compile.
     */
    private Specialization specializationFor(List<Type> argTypes) {
        Specialization exact = specializations.builtValue(argTypes);
        if (exact != null) return exact;
        if (!declared.isEmpty()) return specializations.get(declared.select(argTypes), this::build);
        for (List<Type> key : specializations.builtKeys()) {
            if (accepts(key, argTypes)) return specializations.builtValue(key);
        }
        return specializations.get(List.copyOf(argTypes), this::build);
    }

    private Specialization build(List<Type> argTypes) { return build(argTypes, ArrayStorage.HEAP); }

    private Specialization build(List<Type> argTypes, ArrayStorage storage) {
        CompiledKernel kernel = diskCache.isEmpty() ? pipeline.compile(typed(argTypes), storage) : cached(argTypes, storage);
        return new Specialization(new Signature(argTypes, kernel.binary().entry().returnType()), kernel);
    }

    /** What an earlier compile stored in the disk cache, else a compile through the pipeline, stored there. */
    private CompiledKernel cached(List<Type> argTypes, ArrayStorage storage) {
        KernelCache cache = diskCache.orElseThrow();
        String identity = pipeline.identity().orElseThrow() + (storage == ArrayStorage.HEAP ? "" : "+segments");
        CacheKey key = CacheKey.of(module, function, argTypes, options, identity);
        Optional<CompiledKernel> hit = cache.load(key);
        if (hit.isPresent()) return hit.get();
        CompiledKernel kernel = pipeline.compile(typed(argTypes), storage);
        cache.store(key, kernel.binary());
        return kernel;
    }

    private static boolean accepts(List<Type> declared, List<Type> actual) {
        if (declared.size() != actual.size()) return false;
        for (int i = 0; i < declared.size(); i++) {
            if (!accepts(declared.get(i), actual.get(i))) return false;
        }
        return true;
    }

    private static boolean accepts(Type declared, Type actual) {
        if (declared.equals(actual)) return true;
        return declared instanceof Type.Array d && actual instanceof Type.Array a
                && d.layout() == Layout.A && d.dtype() == a.dtype() && d.ndim() == a.ndim();
    }

    private static FunctionDef requireFunction(Module module, String function) {
        FunctionDef def = module.function(function);
        if (def != null) return def;
        String have = module.functions().stream().map(FunctionDef::name).collect(Collectors.joining(", "));
        throw new TypingError(module.start(), "module '" + module.file() + "' has no function '" + function
                + "' (it has: " + (have.isEmpty() ? "none" : have) + ")");
    }
}
