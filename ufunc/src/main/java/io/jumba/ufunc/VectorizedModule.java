package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.diag.UnsupportedError;
import io.jumba.dispatch.Dispatcher;
import io.jumba.dispatch.Pipeline;
import io.jumba.frontend.Decorators;
import io.jumba.frontend.Parser;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.Module;
import io.jumba.frontend.ast.PyExpr.BoolLit;
import io.jumba.frontend.ast.PyExpr.IntLit;
import io.jumba.frontend.ast.PyExpr.NoneLit;
import io.jumba.frontend.ast.PyExpr.StrLit;
import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.types.Signature;
import io.jumba.types.Type;
import io.jumba.vectorize.SimdPipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code @vectorize} functions of a Python file as {@link UFunc}s (compiled loops that call the typed Python
 * function, with every ufunc method) and its {@code @guvectorize} functions as {@link GUFunc}s, both applied with
 * NumPy's rules. The decorators are Numba's, unchanged:
 * <pre>{@code
 * @vectorize(["float64(float64, float64)", "float32(float32, float32)"])
 * def rel_diff(x, y): ...
 * @guvectorize(["void(float64[:], float64[:], float64[:])"], "(n),(n)->()")
 * def dot(a, b, res): ...
 * @vectorize
 * def clip(x, hi): ...          # dynamic: a loop per new combination of input dtypes, as Numba's DUFunc
 * }</pre>
 * The jitDisabled flag (as {@code JUMBA_DISABLE_JIT=1}) runs gufunc kernels and ufunc loops in the interpreter.
 * Thread-safe.
 */
public final class VectorizedModule {
    private final Module module;
    private final Pipeline pipeline;
    private final boolean jitDisabled;
    private final ConcurrentHashMap<String, GUFunc> gufuncs = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, UFunc> ufuncs = new ConcurrentHashMap<>();

    /**
     * The decorated functions of kernel source, compiled with the SIMD pipeline, in the interpreter when
     * {@code JUMBA_DISABLE_JIT=1}; errors name the source fileName.
     *
     * @throws io.jumba.diag.JumbaException when it is not valid kernel source
     */
    public static VectorizedModule of(String source, String fileName) {
        return of(source, fileName, Dispatcher.jitDisabledByEnvironment());
    }

    /**
     * The decorated functions of kernel source, compiled with the SIMD pipeline, or run in the interpreter when
     * jitDisabled (whatever {@code JUMBA_DISABLE_JIT} says); errors name the source fileName.
     *
     * @throws io.jumba.diag.JumbaException when it is not valid kernel source
     */
    public static VectorizedModule of(String source, String fileName, boolean jitDisabled) {
        return new VectorizedModule(Parser.parse(source, fileName), SimdPipeline.standard(), jitDisabled);
    }

    /** The decorated functions of module; each is checked when first asked for and compiles per signature on use. */
    VectorizedModule(Module module, Pipeline pipeline, boolean jitDisabled) {
        this.module = module;
        this.pipeline = pipeline;
        this.jitDisabled = jitDisabled;
    }

    /**
     * The {@code @guvectorize} function named name (the same object on every request).
     *
     * @throws IllegalArgumentException when the file has no such {@code @guvectorize} function
     * @throws UnsupportedError         for a decorator without signatures or layout
     * @throws TypingError              for a signature or layout that does not fit the function
     */
    public GUFunc gufunc(String name) {
        FunctionDef f = module.function(name);
        if (f == null || !Decorators.isGuvectorize(module, f)) {
            throw new IllegalArgumentException("no @guvectorize function '" + name + "' in " + module.file()
                    + " (decorated: " + String.join(", ", names()) + ")");
        }
        return gufuncs.computeIfAbsent(name, n -> buildGufunc(f));
    }

    /**
     * The {@code @vectorize} function named name as a compiled {@link UFunc}: one loop per declared signature, in
     * order, whose body calls the Python function specialized for that signature, so it is applied, reduced,
     * accumulated ... exactly like a built-in ufunc. Without signatures it is dynamic, as Numba's DUFunc: a call
     * that no loop so far takes safely compiles one for its input dtypes (a Python int as int64, a float as
     * float64), once, whatever the number of threads. The same object on every request.
     *
     * @throws IllegalArgumentException when the file has no such {@code @vectorize} function
     * @throws TypingError              for a signature that does not fit the function or a body that does not type
     *                                  (of a dynamic ufunc, when a call compiles it)
     */
    public UFunc ufunc(String name) {
        FunctionDef f = module.function(name);
        if (f == null || !Decorators.isVectorize(module, f)) {
            throw new IllegalArgumentException("no @vectorize function '" + name + "' in " + module.file()
                    + " (decorated: " + String.join(", ", names()) + ")");
        }
        return ufuncs.computeIfAbsent(name, n -> buildUfunc(f));
    }

    private UFunc buildUfunc(FunctionDef f) {
        UFunc.Builder builder = UFunc.builder(f.name());
        List<String> declared = Decorators.signatures(module, f);
        if (declared.isEmpty()) builder.dynamic(f.params().size(), inputs -> dynamicLoop(f, inputs));
        for (String text : declared) {
            Signature signature = parse(f, text);
            checkArity(f, text, signature, f.params().size());
            Program typed = UfuncSpecialization.typed(module, f.name(), signature);
            builder.loop(loop(f, typed, loopType(f, text, signature, typed)));
        }
        if (jitDisabled) builder.engine(new Engine.Interpreted());
        Decorators.vectorizeKeyword(module, f, "target").ifPresent(t -> builder.target(target(t, "@vectorize")));
        Decorators.vectorizeKeyword(module, f, "identity").ifPresent(i -> identity(builder, i));
        return builder.build();
    }

    /** A loop of type whose body calls the Python function typed for the loop's inputs. */
    private static Loop loop(FunctionDef f, Program typed, LoopType type) {
        List<Function> functions = new ArrayList<>();
        functions.add(typed.entry());
        functions.addAll(typed.functions());
        String callee = typed.entry().name();
        Type returned = typed.entry().returnType();
        return Loop.of(type, x -> {
            List<Expr> args = new ArrayList<>();
            for (int k = 0; k < type.inputs().size(); k++) args.add(x.get(k).expr());
            return UExpr.wrap(new Expr.Call(callee, args, returned, f.pos()));
        }, functions);
    }

    /**
     * The loop of a {@code @vectorize} without signatures for a call's input dtypes: the function typed for them,
     * its inferred return type the loop's output, as Numba's DUFunc compiles it.
     */
    private Loop dynamicLoop(FunctionDef f, List<DType> inputs) {
        List<Type> args = inputs.stream().<Type>map(Type.Scalar::new).toList();
        Program typed = UfuncSpecialization.typed(module, f.name(), new Signature(args, null));
        if (!(typed.entry().returnType() instanceof Type.Scalar out)) {
            throw new TypingError(f.pos(), "@vectorize function " + f.name() + " must return a scalar, it returns "
                    + typed.entry().returnType() + " for " + args);
        }
        return loop(f, typed, new LoopType(inputs, out.dtype()));
    }

    /** Numba's {@code target=}: 'cpu', or 'parallel', which splits the outer loop across cores. */
    private static Target target(io.jumba.frontend.ast.PyExpr value, String decorator) {
        if (value instanceof StrLit(String s, var pos)
                && (s.equals("cpu") || s.equals("parallel"))) {
            return s.equals("cpu") ? Target.CPU : Target.PARALLEL;
        }
        throw new UnsupportedError(value.pos(), decorator + " target must be 'cpu' or 'parallel'");
    }

    /**
     * Numba's {@code identity=}: 0 or 1 (True and False as the ints they equal in Python), None for no identity,
     * or 'reorderable' for no identity but reductions over several axes at once.
     */
    private static void identity(UFunc.Builder builder, io.jumba.frontend.ast.PyExpr value) {
        switch (value) {
            case IntLit(long v, boolean unsigned, var pos) when !unsigned && (v == 0 || v == 1) -> builder.identity(v);
            case BoolLit(boolean v, var pos) -> builder.identity(v ? 1L : 0L);
            case NoneLit n -> builder.identity(null);
            case StrLit(String s, var pos) when s.equals("reorderable") -> builder.reorderable(true);
            default -> throw new UnsupportedError(value.pos(), "@vectorize identity must be 0, 1, None or 'reorderable'");
        }
    }

    /** The ufunc loop type of a {@code @vectorize} signature, whose types must be scalars. */
    /** The loop's dtypes: the signature's, its output the type inferred for the inputs when it gives none. */
    private static LoopType loopType(FunctionDef f, String text, Signature signature, Program typed) {
        List<DType> in = new ArrayList<>();
        for (Type t : signature.args()) in.add(scalarDtype(f, text, t));
        Type out = signature.returnType() != null ? signature.returnType() : typed.entry().returnType();
        return new LoopType(in, scalarDtype(f, text, out));
    }

    private static DType scalarDtype(FunctionDef f, String text, Type t) {
        if (!(t instanceof Type.Scalar s)) {
            throw new TypingError(f.pos(), "@vectorize signature \"" + text + "\" must use scalar types only");
        }
        return s.dtype();
    }

    /** Whether name is a {@code @vectorize} function of this file. */
    public boolean isUfunc(String name) {
        FunctionDef f = module.function(name);
        return f != null && Decorators.isVectorize(module, f);
    }

    /** Whether name is a decorated function of this file. */
    public boolean has(String name) {
        FunctionDef f = module.function(name);
        return f != null && (Decorators.isVectorize(module, f) || Decorators.isGuvectorize(module, f));
    }

    /** The names of the decorated functions, in source order. */
    public List<String> names() {
        return module.functions().stream().map(FunctionDef::name).filter(this::has).toList();
    }

    private GUFunc buildGufunc(FunctionDef f) {
        List<String> declared = declaredSignatures(f);
        CoreLayout layout = guLayout(f);
        int operands = layout.inputs().size() + layout.outputs().size();
        List<Signature> signatures = new ArrayList<>();
        for (String text : declared) {
            Signature signature = parse(f, text);
            checkArity(f, text, signature, operands);
            List<Type> args = signature.args();
            if (!args.stream().allMatch(t -> t instanceof Type.Scalar || t instanceof Type.Array)
                    || !args.subList(layout.inputs().size(), operands).stream().allMatch(t -> t instanceof Type.Array)) {
                throw new TypingError(f.pos(), "@guvectorize signature \"" + text
                        + "\" must use scalar and array types, with arrays for the outputs");
            }
            signatures.add(signature);
        }
        List<Program> typed = signatures.stream().map(sig -> UfuncSpecialization.typed(module, f.name(), sig)).toList();
        Target target = Decorators.guvectorizeKeyword(module, f, "target").map(t -> target(t, "@guvectorize")).orElse(Target.CPU);
        return new GUFunc(f.name(), layout, signatures, typed, pipeline, jitDisabled, target);
    }

    private List<String> declaredSignatures(FunctionDef f) {
        List<String> declared = Decorators.signatures(module, f);
        if (declared.isEmpty()) {
            throw new UnsupportedError(f.pos(), "give @guvectorize its signatures, e.g."
                    + " [\"void(float64[:], float64[:])\"] (lazy gufuncs are not supported)");
        }
        return declared;
    }

    private static void checkArity(FunctionDef f, String text, Signature signature, int operands) {
        if (signature.args().size() != operands) {
            throw new TypingError(f.pos(), "signature \"" + text + "\" of " + f.name() + " has "
                    + signature.args().size() + " arguments, the function takes " + operands);
        }
    }

    private CoreLayout guLayout(FunctionDef f) {
        String text = Decorators.guvectorizeLayout(module, f).orElseThrow(() -> new UnsupportedError(f.pos(),
                "@guvectorize needs its layout, e.g. @guvectorize([...], \"(n),(n)->()\")"));
        CoreLayout layout;
        try {
            layout = CoreLayout.parse(text);
        } catch (IllegalArgumentException e) {
            throw new TypingError(f.pos(), e.getMessage());
        }
        Set<String> undefined = new TreeSet<>();
        layout.outputs().forEach(undefined::addAll);
        layout.inputs().forEach(undefined::removeAll);
        if (!undefined.isEmpty()) {
            throw new TypingError(f.pos(), "undefined output symbols: " + String.join(",", undefined));
        }
        if (layout.inputs().size() + layout.outputs().size() != f.params().size()) {
            throw new TypingError(f.pos(), "layout \"" + text + "\" has " + (layout.inputs().size()
                    + layout.outputs().size()) + " operands, " + f.name() + " takes " + f.params().size());
        }
        return layout;
    }

    private static Signature parse(FunctionDef f, String text) {
        try {
            return Signature.parse(text);
        } catch (RuntimeException e) {
            throw new TypingError(f.pos(), "bad signature \"" + text + "\" for " + f.name() + ": " + e.getMessage());
        }
    }
}
