package io.jumba.typing;

import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.Module;
import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Specializes the functions of one module on demand, one per (function, argument types), caching them. */
final class Specializer {
    /** One specialization: known return type so far (null while unknown) and, once done, its IR. */
    static final class Spec {
        final String name;
        final FunctionDef def;
        Type returnType;
        Function function;

        Spec(String name, FunctionDef def) {
            this.name = name;
            this.def = def;
        }
    }

    final Module module;
    final Stencils stencils;
    final ModuleConstants constants;
    private final Map<String, Spec> specs = new LinkedHashMap<>();

    Specializer(Module module) {
        this.stencils = new Stencils(module);
        this.module = BuiltinPrelude.addTo(stencils.module());
        this.constants = new ModuleConstants(module, this::moduleConstant);
    }

    Program program(FunctionDef entry, List<Type> argTypes) {
        Spec spec = request(entry, argTypes);
        Map<String, Function> all = new LinkedHashMap<>();
        for (Spec s : specs.values()) all.put(s.name, s.function);
        return new Program(spec.function, CallGraph.reachable(spec.function, all));
    }

    /**
     * The specialization of def for these argument types, inferring it if new. While it is being inferred
     * (recursion) it is returned unfinished; its returnType may then still be null.
     */
    Spec request(FunctionDef def, List<Type> argTypes) {
        String name = mangle(def.name(), argTypes);
        Spec known = specs.get(name);
        if (known != null) return known;
        Spec spec = new Spec(name, stencils.isStencil(def) ? stencilWrapper(def, argTypes) : def);
        specs.put(name, spec);
        try {
            spec.function = new FunctionTyping(this, spec, argTypes).lower();
        } catch (RuntimeException e) {
            specs.remove(name);
            throw e;
        }
        spec.returnType = spec.function.returnType();
        return spec;
    }

    /** What a call of the stencil def runs: its output dtype is its kernel's return type for these arguments. */
    private FunctionDef stencilWrapper(FunctionDef def, List<Type> argTypes) {
        Stencils.Kernel k = stencils.kernel(def);
        if (!(argTypes.getFirst() instanceof Type.Array)) {
            throw new TypingError(def.pos(), "The first argument to a stencil kernel must be the primary input array.");
        }
        List<Type> kernelArgs = new ArrayList<>(argTypes.subList(0, k.arity()));
        for (int d = 0; d < k.neighborhood().size(); d++) kernelArgs.add(Type.INT64);
        Type result = returnTypeOf(request(k.kernel(), kernelArgs), def.pos());
        if (!(result instanceof Type.Scalar s)) {
            throw new TypingError(def.pos(), "a stencil kernel must return a scalar, got " + result);
        }
        return stencils.wrapper(def, s.dtype().numpyName());
    }

    /** A call to a specialization whose return type is not yet known: only legal while recursion resolves. */
    static Type returnTypeOf(Spec spec, SourcePos pos) {
        if (spec.returnType == null) throw new RecursionPending(spec.name, spec.def.name(), pos);
        return spec.returnType;
    }

    static TypingError recursionError(RecursionPending p) {
        return new TypingError(p.pos, "cannot infer the return type of recursive function '" + p.pythonName
                + "': it needs a return statement that does not depend on the recursive call");
    }

    /** A readable unique name such as {@code fib__int64} or {@code axpy__float64_float64_1dC_float64_1dC}. */
    static String mangle(String name, List<Type> types) {
        return name + "__" + types.stream().map(Specializer::mangle).collect(Collectors.joining("_"));
    }

    private static String mangle(Type t) {
        return switch (t) {
            case Type.Scalar s -> s.dtype().numpyName();
            case Type.Array a -> a.dtype().numpyName() + "_" + a.ndim() + "d" + a.layout();
            case Type.Tuple tu -> "tup" + tu.elements().size() + "_"
                    + tu.elements().stream().map(Specializer::mangle).collect(Collectors.joining("_")) + "_end";
            case Type.None n -> "none";
            case Type.Optional o -> "opt_" + mangle(o.value());
            case Type.ListOf l -> "list_" + (l.element() == null ? "undefined" : mangle(l.element()));
            case Type.DictOf d -> "dict_" + mangle(d.key()) + "_" + mangle(d.value());
            case Type.DTypeValue d -> "dtype_" + d.dtype().numpyName();
        };
    }

    /** Builds the IR for a module-level expression (a constant or a default value), which must be constant. */
    Expr moduleConstant(io.jumba.frontend.ast.PyExpr e) {
        return FunctionTyping.moduleLevel(this).exprs.lower(e);
    }
}
