package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.Decorators;
import io.jumba.frontend.ast.FunctionDef;
import io.jumba.frontend.ast.PyExpr.Attribute;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.frontend.ast.PyExpr.Keyword;
import io.jumba.frontend.ast.PyExpr.Name;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.ThreadFunction;
import io.jumba.runtime.MathFn;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * Lowers calls: functions of the module (specialized per argument types), Python builtins
 * ({@code len abs min max round int float bool}), {@code math.*}/{@code np.*} functions, NumPy scalar type casts
 * such as {@code np.float32(x)}, and the array functions and methods of {@link ArrayCalls}.
 */
final class CallLowering {
    private final FunctionTyping f;
    private final ExprLowering exprs;

    CallLowering(FunctionTyping f, ExprLowering exprs) {
        this.f = f;
        this.exprs = exprs;
    }

    Expr call(Call c) {
        try {
            return dispatch(c);
        } catch (RefusedOperands refused) {
            if (f.isPrelude()) throw refused;
            String q = exprs.qualify(c.func());
            String name = q != null ? q.replaceFirst("^numpy\\.", "np.") : c.func() instanceof Attribute a ? "array." + a.attr() : "this call";
            throw refused.at(c.pos(), name + "()");
        }
    }

    private Expr dispatch(Call c) {
        if (c.func() instanceof Name n && !f.scope.has(n.id()) && f.specializer.module.function(n.id()) != null) {
            return userCall(f.specializer.module.function(n.id()), c);
        }
        if (c.func() instanceof Name n && !f.scope.has(n.id()) && f.specializer.constants.has(n.id())) {
            NamedTuples.NamedClass cls = NamedTuples.of(f.specializer.module, n.id());
            if (cls != null) return NamedTuples.construct(cls, c, exprs);
        }
        String q = exprs.qualify(c.func());
        if (NamedTuples.isFactory(q)) {
            throw new UnsupportedError(c.pos(), "namedtuple classes must be defined at module level (NAME = namedtuple(...)), as in Numba");
        }
        if (q == null) {
            if (c.func() instanceof Attribute a) {
                Expr receiver = exprs.lower(a.value());
                if (receiver.type() instanceof Type.Tuple t && t.isNamed()) throw NamedTuples.method(t, a.attr(), c.pos());
                if (ListsAndDicts.isList(receiver) || ListsAndDicts.isDict(receiver)) {
                    return new ListsAndDicts(f, exprs).method(receiver, a.attr(), c);
                }
                if (a.attr().equals("conjugate") || a.attr().equals("conj")) {
                    arity(c, a.attr(), positional(c, a.attr()), 0, 0);
                    return ComplexCalls.conjugate(receiver, c.pos());
                }
                return new ArrayCalls(f, exprs).method(receiver, a.attr(), c);
            }
            throw new TypingError(c.pos(), "this value is not callable");
        }
        if (q.equals("print")) throw new UnsupportedError(c.pos(), "print() is supported only as a statement");
        ThreadFunction threads = ThreadFunction.named(q);
        if (threads != null) {
            List<Expr> args = positional(c, threads.pythonName());
            arity(c, threads.pythonName(), args, threads.arity(), threads.arity());
            if (threads.arity() == 0) return new Expr.Threads(threads, args, Type.INT64, c.pos());
            if (!(args.getFirst().type() instanceof Type.Scalar s) || !s.dtype().isInteger()) {
                throw new TypingError(c.pos(), threads.pythonName() + "() expects an integer, got " + args.getFirst().type());
            }
            return new Expr.Threads(threads, List.of(TypedIr.cast(args.getFirst(), DType.INT64)), Type.NONE, c.pos());
        }
        Expr result = new RandomCalls(f, exprs).call(q, c);
        if (result != null) return result;
        result = new NonzeroCalls(f, exprs).call(q, c);
        if (result != null) return result;
        result = new RoundingAndCloseness(f, exprs).call(q, c);
        if (result != null) return result;
        result = new ListsAndDicts(f, exprs).call(q, c);
        if (result != null) return result;
        result = builtin(q, c);
        if (result != null) return result;
        result = new ArrayCalls(f, exprs).function(q, c);
        if (result != null) return result;
        throw new UnsupportedError(c.func().pos(), "'" + q + "' is not a function Jumba supports");
    }

    /** Lowers the positional arguments; keywords are rejected. */
    List<Expr> positional(Call c, String name) {
        if (!c.keywords().isEmpty()) {
            throw new TypingError(c.keywords().getFirst().pos(), name + "() takes no keyword arguments");
        }
        List<Expr> args = new ArrayList<>();
        for (io.jumba.frontend.ast.PyExpr a : c.args()) args.add(exprs.lower(a));
        return args;
    }

    private static void arity(Call c, String name, List<Expr> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            String expected = min == max ? String.valueOf(min) : max == Integer.MAX_VALUE ? min + " or more" : min + " to " + max;
            throw new TypingError(c.pos(), name + "() takes " + expected + " argument(s), got " + args.size());
        }
    }

    private static DType scalarArg(Expr e, String name, SourcePos pos) {
        if (e.type() instanceof Type.Scalar s) return s.dtype();
        throw new TypingError(pos, name + "() expects a number, got " + e.type());
    }

    /** Builtins and math/numpy scalar functions; null when q is none of them. */
    private Expr builtin(String q, Call c) {
        Expr python = new PythonBuiltins(f, exprs, this).call(q, c);
        if (python != null) return python;
        String name = shortName(q);
        switch (q) {
            case "range", "numba.prange", "prange" ->
                    throw new TypingError(c.pos(), name + "() is only supported as the iterable of a for loop");
            case "len" -> {
                List<Expr> args = positional(c, name);
                arity(c, name, args, 1, 1);
                return switch (args.getFirst().type()) {
                    case Type.Array a when a.ndim() > 0 -> new Expr.Dim(args.getFirst(), 0);
                    case Type.Tuple t -> TypedIr.i64(t.elements().size());
                    case Type.ListOf l -> ListsAndDicts.len(args.getFirst(), c.pos());
                    case Type.DictOf d -> ListsAndDicts.len(args.getFirst(), c.pos());
                    default -> throw new TypingError(c.pos(), "len() expects an array, tuple, list or dict, got " + args.getFirst().type());
                };
            }
            case "int", "float", "bool" -> {
                List<Expr> args = positional(c, name);
                arity(c, name, args, 1, 1);
                Expr x = args.getFirst();
                if (name.equals("bool") && TupleOperations.isTuple(x)) return new TupleOperations(f, exprs).truth(x);
                scalarArg(x, name, c.pos());
                return switch (name) {
                    case "int" -> TypedIr.cast(x, DType.INT64);
                    case "float" -> TypedIr.cast(x, DType.FLOAT64);
                    default -> TypedIr.truth(x, c.pos());
                };
            }
            case "round" -> {
                List<Expr> args = positional(c, name);
                arity(c, name, args, 1, 2);
                Expr x = args.getFirst();
                DType d = scalarArg(x, name, c.pos());
                if (args.size() == 2) {
                    // Numba's round(x, ndigits): a float of x's type (float64 for ints), ndigits an integer.
                    if (scalarArg(args.get(1), name, c.pos()).isFloat()) {
                        throw new TypingError(c.pos(), "round() expects an integer ndigits, got " + args.get(1).type());
                    }
                    DType r = d == DType.FLOAT32 ? DType.FLOAT32 : DType.FLOAT64;
                    return new Expr.Intrinsic(MathFn.ROUNDN, List.of(TypedIr.cast(x, r), TypedIr.cast(args.get(1), r)), Type.scalar(r));
                }
                if (!d.isFloat()) return TypedIr.cast(x, DType.INT64);
                return TypedIr.cast(new Expr.Intrinsic(MathFn.ROUND, List.of(x), Type.scalar(d)), DType.INT64);
            }
            case "abs" -> {
                List<Expr> args = positional(c, name);
                arity(c, name, args, 1, 1);
                return math("numpy.abs", MathFn.ABS, args, c);
            }
            case "complex" -> {
                return ComplexCalls.construct(positional(c, name), c.pos());
            }
            case "numpy.real", "numpy.imag" -> {
                List<Expr> args = positional(c, name);
                arity(c, name, args, 1, 1);
                return ComplexCalls.part(args.getFirst(), name, c.pos());
            }
            case "numpy.conj", "numpy.conjugate" -> {
                return new UfuncCalls(f, exprs).withOut(q, c, 1, args -> ComplexCalls.conjugate(args.getFirst(), c.pos()));
            }
            case "cmath.polar" -> {
                List<Expr> args = positional(c, name);
                arity(c, name, args, 1, 1);
                Expr z = f.temp(args.getFirst());
                return ExprLowering.tuple(List.of(ComplexCalls.math(q, MathFn.C_ABS, List.of(z), c.pos()),
                        ComplexCalls.math(q, MathFn.C_PHASE, List.of(z), c.pos())));
            }
            case "min", "max" -> {
                List<Expr> args = positional(c, name);
                arity(c, name, args, 1, Integer.MAX_VALUE);
                return minMax(name.equals("min") ? MathFn.MIN : MathFn.MAX, args, c);
            }
            case "math.floor", "math.ceil", "math.trunc" -> {
                List<Expr> args = positional(c, name);
                arity(c, name, args, 1, 1);
                Expr x = args.getFirst();
                DType d = scalarArg(x, q, c.pos());
                if (!d.isFloat()) return TypedIr.cast(x, DType.INT64);
                MathFn fn = switch (name) {
                    case "floor" -> MathFn.FLOOR;
                    case "ceil" -> MathFn.CEIL;
                    default -> MathFn.TRUNC;
                };
                return TypedIr.cast(new Expr.Intrinsic(fn, List.of(x), Type.scalar(d)), DType.INT64);
            }
            default -> { }
        }
        if (UfuncCalls.isOperatorUfunc(q)) return new UfuncCalls(f, exprs).operator(q, c);
        MathFn fn = MathFunctionTyping.lookup(q);
        if (fn != null && takesOut(q)) return new UfuncCalls(f, exprs).withOut(q, c, fn.arity, args -> math(q, fn, args, c));
        if (fn != null) {
            List<Expr> args = positional(c, q);
            arity(c, q, args, fn.arity, fn.arity);
            return math(q, fn, args, c);
        }
        if (q.startsWith("numpy.") && isScalarTypeName(name)) {
            List<Expr> args = positional(c, q);
            arity(c, q, args, 1, 1);
            DType target = DType.byName(name);
            Expr x = args.getFirst();
            if (x.type() instanceof Type.Array) return ArrayExpressions.toDType(x, target, c.pos());
            scalarArg(x, q, c.pos());
            return target.isBool() ? TypedIr.truth(x, c.pos()) : TypedIr.cast(x, target);
        }
        return null;
    }

    /** Whether a registered function called by this name is a NumPy ufunc, taking an output array. */
    private static boolean takesOut(String q) {
        return q.startsWith("numpy.") && !q.equals("numpy.round") && !q.equals("numpy.around");
    }

    static String shortName(String q) { return q.substring(q.lastIndexOf('.') + 1); }

    static boolean isScalarTypeName(String name) {
        return switch (name) {
            case "complex128", "complex64", "float64", "float32", "int64", "int32", "int16", "int8", "uint8", "uint16", "uint32", "uint64", "uintp",
                 "bool_", "intp", "int_", "intc", "uintc",
                 "float_", "double", "single" -> true;
            default -> false;
        };
    }

    /** A math function on scalars, or elementwise on arrays. */
    private Expr math(String q, MathFn fn, List<Expr> args, Call c) {
        if (ComplexCalls.applies(fn, args)) return ComplexCalls.math(q, fn, args, c.pos());
        if ((fn == MathFn.GCD || fn == MathFn.LCM)
                && args.stream().anyMatch(a -> ArrayExpressions.elementType(a, c.pos()).isFloat())) {
            throw new TypingError(c.pos(), "np." + shortName(q) + "() takes integers, got " + args.stream()
                    .map(a -> a.type().toString()).toList());
        }
        if (args.stream().anyMatch(a -> a.type() instanceof Type.Array)) {
            return ArrayExpressions.math(q, fn, args, c.pos());
        }
        List<DType> dtypes = new ArrayList<>();
        for (Expr a : args) dtypes.add(scalarArg(a, q, c.pos()));
        return MathFunctionTyping.apply(fn, args, MathFunctionTyping.computeType(q, fn, dtypes, false), c.pos());
    }

    /** Builtin min/max: of two or more scalars, or of the elements of one array or tuple. */
    private Expr minMax(MathFn fn, List<Expr> args, Call c) {
        if (args.size() == 1) {
            Expr only = args.getFirst();
            if (only.type() instanceof Type.Array a) {
                ComplexCalls.refuse(a.dtype(), fn.name().toLowerCase() + "()", c.pos());
                return new Expr.Reduce(fn == MathFn.MIN ? io.jumba.ir.ReduceOp.MIN : io.jumba.ir.ReduceOp.MAX,
                        only, null, Type.scalar(a.dtype()), c.pos());
            }
            if (only.type() instanceof Type.Tuple t && !t.elements().isEmpty()) {
                Expr tuple = f.temp(only);
                List<Expr> items = new ArrayList<>();
                for (int i = 0; i < t.elements().size(); i++) items.add(new Expr.TupleGet(tuple, i, t.elements().get(i)));
                return minMax(fn, items.size() == 1 ? List.of(items.getFirst(), items.getFirst()) : items, c);
            }
            throw new TypingError(c.pos(), fn.name().toLowerCase() + "() of one argument expects an array or tuple, got " + only.type());
        }
        DType d = null;
        for (Expr a : args) {
            DType ad = scalarArg(a, fn.name().toLowerCase(), c.pos());
            d = d == null ? ad : DType.promote(d, ad);
        }
        if (d.isBool()) d = DType.INT64;
        Expr result = TypedIr.cast(args.getFirst(), d);
        for (Expr a : args.subList(1, args.size())) {
            // uint64's bits are ordered unsigned, which the integer Intrinsic's signed min/max does not give.
            result = d.isFloat() || d == DType.UINT64 ? firstUnlessBeaten(fn, result, TypedIr.cast(a, d), d)
                    : new Expr.Intrinsic(fn, List.of(result, TypedIr.cast(a, d)), Type.scalar(d));
        }
        return result;
    }

    /**
     * Numba's builtin float min/max step: {@code v if v < acc else acc} (or {@code >}), so a NaN accumulator stays
     * and a NaN challenger loses, unlike NumPy's NaN-propagating minimum/maximum.
     */
    private Expr firstUnlessBeaten(MathFn fn, Expr acc, Expr v, DType d) {
        Expr held = f.temp(acc), challenger = f.temp(v);
        CmpOp beats = fn == MathFn.MIN ? CmpOp.LT : CmpOp.GT;
        return new Expr.Select(TypedIr.compare(beats, challenger, held, d), challenger, held, Type.scalar(d));
    }

    /** A call of a module function: binds positional, keyword and default arguments, then specializes it. */
    private Expr userCall(FunctionDef callee, Call c) {
        boolean stencilOut = f.specializer.stencils.isStencil(callee) && c.keywords().stream().anyMatch(k -> k.name().equals("out"));
        FunctionDef def = stencilOut ? f.specializer.stencils.withOut(callee) : callee;
        List<FunctionDef.Param> params = def.params();
        if (c.args().size() > params.size()) {
            throw new TypingError(c.pos(), def.name() + "() takes " + params.size() + " positional argument(s) but "
                    + c.args().size() + " were given");
        }
        Expr[] bound = new Expr[params.size()];
        for (int i = 0; i < c.args().size(); i++) bound[i] = exprs.lower(c.args().get(i));
        for (Keyword k : c.keywords()) {
            int i = indexOf(params, k.name());
            if (i < 0) throw new TypingError(k.pos(), def.name() + "() got an unexpected keyword argument '" + k.name() + "'");
            if (bound[i] != null) throw new TypingError(k.pos(), def.name() + "() got multiple values for argument '" + k.name() + "'");
            bound[i] = exprs.lower(k.value());
        }
        for (int i = 0; i < bound.length; i++) {
            if (bound[i] != null) continue;
            FunctionDef.Param p = params.get(i);
            if (p.defaultValue() == null) {
                throw new TypingError(c.pos(), def.name() + "() missing required argument '" + p.name() + "'");
            }
            bound[i] = f.specializer.moduleConstant(p.defaultValue());
        }
        List<Expr> args = List.of(bound);
        if (Decorators.isVectorize(f.specializer.module, def) && args.stream().anyMatch(a -> a.type() instanceof Type.Array)) {
            // A ufunc called on arrays applies its scalar function to each element (broadcast), as in Numba.
            return ArrayExpressions.lift(args, elements -> specializedCall(def, elements, c.pos()), c.pos());
        }
        return specializedCall(def, args, c.pos());
    }

    /** The call of def specialized for the types of args. */
    private Expr specializedCall(FunctionDef def, List<Expr> args, SourcePos pos) {
        Specializer.Spec spec = f.specializer.request(def, args.stream().map(Expr::type).toList());
        return new Expr.Call(spec.name, args, Specializer.returnTypeOf(spec, pos), pos);
    }

    private static int indexOf(List<FunctionDef.Param> params, String name) {
        for (int i = 0; i < params.size(); i++) if (params.get(i).name().equals(name)) return i;
        return -1;
    }
}
