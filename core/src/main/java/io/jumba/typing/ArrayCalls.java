package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.frontend.ast.PyExpr.Keyword;
import io.jumba.frontend.ast.PyExpr.Name;
import io.jumba.frontend.ast.PyExpr.StrLit;
import io.jumba.ir.Expr;
import io.jumba.ir.ReduceOp;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * NumPy array functions and methods: creation ({@code empty zeros ones full arange linspace} and the
 * {@code *_like} forms), copies and casts, {@code where}, {@code dot} and the reductions.
 */
final class ArrayCalls {
    private final FunctionTyping f;
    private final ExprLowering exprs;

    ArrayCalls(FunctionTyping f, ExprLowering exprs) {
        this.f = f;
        this.exprs = exprs;
    }

    /** Arguments bound by name: positional ones take the names in order, then keywords. */
    Map<String, io.jumba.frontend.ast.PyExpr> bind(Call c, String name, List<String> names, int required) {
        if (c.args().size() > names.size()) {
            throw new TypingError(c.pos(), name + "() takes at most " + names.size() + " arguments, got " + c.args().size());
        }
        Map<String, io.jumba.frontend.ast.PyExpr> bound = new LinkedHashMap<>();
        for (int i = 0; i < c.args().size(); i++) bound.put(names.get(i), c.args().get(i));
        for (Keyword k : c.keywords()) {
            if (!names.contains(k.name())) {
                throw new TypingError(k.pos(), name + "() got an unsupported keyword argument '" + k.name() + "'");
            }
            if (bound.put(k.name(), k.value()) != null) {
                throw new TypingError(k.pos(), name + "() got multiple values for argument '" + k.name() + "'");
            }
        }
        for (String n : names.subList(0, required)) {
            if (!bound.containsKey(n)) throw new TypingError(c.pos(), name + "() missing required argument '" + n + "'");
        }
        return bound;
    }

    /** A numpy function by qualified name, or null when q is not one of these. */
    Expr function(String q, Call c) {
        String name = "np." + CallLowering.shortName(q);
        return switch (q) {
            case "numpy.empty", "numpy.zeros", "numpy.ones" -> {
                var a = bind(c, name, List.of("shape", "dtype"), 1);
                DType d = a.containsKey("dtype") ? dtype(a.get("dtype"), name) : DType.FLOAT64;
                Expr.Fill fill = switch (q) {
                    case "numpy.empty" -> Expr.Fill.EMPTY;
                    case "numpy.zeros" -> Expr.Fill.ZEROS;
                    default -> Expr.Fill.ONES;
                };
                yield alloc(shape(a.get("shape"), name), fill, null, d, c.pos());
            }
            case "numpy.full" -> {
                var a = bind(c, name, List.of("shape", "fill_value", "dtype"), 2);
                List<Expr> shape = shape(a.get("shape"), name);
                Expr value = scalar(a.get("fill_value"), name);
                DType d = a.containsKey("dtype") ? dtype(a.get("dtype"), name) : TypedIr.dtype(value);
                yield alloc(shape, Expr.Fill.FULL, TypedIr.cast(value, d), d, c.pos());
            }
            case "numpy.empty_like", "numpy.zeros_like", "numpy.ones_like", "numpy.full_like" -> {
                boolean full = q.equals("numpy.full_like");
                var a = bind(c, name, full ? List.of("a", "fill_value", "dtype") : List.of("a", "dtype"), full ? 2 : 1);
                Expr like = f.temp(array(a.get("a"), name));
                Type.Array lt = (Type.Array) like.type();
                Expr value = full ? scalar(a.get("fill_value"), name) : null;
                DType d = a.containsKey("dtype") ? dtype(a.get("dtype"), name) : lt.dtype();
                List<Expr> shape = new ArrayList<>();
                for (int i = 0; i < lt.ndim(); i++) shape.add(new Expr.Dim(like, i));
                Expr.Fill fill = switch (q) {
                    case "numpy.empty_like" -> Expr.Fill.EMPTY;
                    case "numpy.zeros_like" -> Expr.Fill.ZEROS;
                    case "numpy.ones_like" -> Expr.Fill.ONES;
                    default -> Expr.Fill.FULL;
                };
                yield alloc(shape, fill, value == null ? null : TypedIr.cast(value, d), d, c.pos());
            }
            case "numpy.arange" -> arange(c, name);
            case "numpy.dtype" -> new Expr.DTypeOf(dtype(bind(c, name, List.of("dtype"), 1).get("dtype"), name));
            case "numpy.linspace" -> {
                var a = bind(c, name, List.of("start", "stop", "num", "endpoint"), 2);
                Expr start = TypedIr.cast(scalar(a.get("start"), name), DType.FLOAT64);
                Expr stop = TypedIr.cast(scalar(a.get("stop"), name), DType.FLOAT64);
                Expr num = a.containsKey("num") ? integer(a.get("num"), name) : TypedIr.i64(50);
                Type.Array type = Type.array(DType.FLOAT64, 1, Layout.C);
                if (!a.containsKey("endpoint") || constantBool(a.get("endpoint"), name)) {
                    yield new Expr.Linspace(start, stop, num, type, c.pos());
                }
                // endpoint=False: the first num of num + 1 points (the same step, (stop - start) / num, as NumPy).
                Expr n = f.temp(num);
                Checks.raiseIf(f, TypedIr.compare(io.jumba.ir.CmpOp.LT, n, TypedIr.i64(0), DType.INT64), "ValueError",
                        "Number of samples, {}, must be non-negative.", List.of(n), c.pos());
                Expr more = new Expr.Linspace(start, stop, TypedIr.binary(io.jumba.ir.BinOp.ADD, n, TypedIr.i64(1),
                        DType.INT64, c.pos()), type, c.pos());
                yield ArrayIndexing.view(more, List.of(new Expr.IndexSpec.Range(TypedIr.i64(0), n, null)), c.pos());
            }
            case "numpy.logspace" -> {
                // Numba's form: start, stop, num; 10 ** np.linspace(start, stop, num)
                var a = bind(c, name, List.of("start", "stop", "num"), 2);
                Expr start = TypedIr.cast(scalar(a.get("start"), name), DType.FLOAT64);
                Expr stop = TypedIr.cast(scalar(a.get("stop"), name), DType.FLOAT64);
                Expr n = f.temp(a.containsKey("num") ? integer(a.get("num"), name) : TypedIr.i64(50));
                Checks.raiseIf(f, TypedIr.compare(io.jumba.ir.CmpOp.LT, n, TypedIr.i64(0), DType.INT64), "ValueError",
                        "Number of samples, {}, must be non-negative.", List.of(n), c.pos());
                yield BuiltinPrelude.call(f, "logspace", List.of(start, stop, n), c.pos());
            }
            case "numpy.copy" -> {
                var a = bind(c, name, List.of("a"), 1);
                yield ArrayExpressions.copy(array(a.get("a"), name), c.pos());
            }
            case "numpy.where" -> {
                var a = bind(c, name, List.of("condition", "x", "y"), 3);
                Expr cond = exprs.lower(a.get("condition"));
                Expr x = exprs.lower(a.get("x"));
                yield ArrayExpressions.where(cond, x, exprs.lower(a.get("y")), c.pos());
            }
            case "numpy.dot" -> {
                var a = bind(c, name, List.of("a", "b"), 2);
                Expr l = exprs.lower(a.get("a"));
                yield ArrayExpressions.dot(f, l, exprs.lower(a.get("b")), c.pos());
            }
            default -> {
                Expr statistic = new Statistics(f, exprs).call(q, c);
                if (statistic != null) yield statistic;
                Expr shaped = new ShapeCalls(f, exprs, this).function(q, c);
                if (shaped != null) yield shaped;
                Expr created = new CreationCalls(f, exprs, this).function(q, c);
                if (created != null) yield created;
                Expr sorting = new Sorting(f, exprs, this).call(q, c);
                if (sorting != null) yield sorting;
                Expr correlation = new Correlations(f, exprs, this).call(q, c);
                if (correlation != null) yield correlation;
                Expr built = new ArrayBuilding(f, exprs, this).call(q, c);
                if (built != null) yield built;
                Expr taken = new TakeCalls(f, this).call(q, c);
                if (taken != null) yield taken;
                Expr selected = new ElementSelection(f, exprs, this).call(q, c);
                if (selected != null) yield selected;
                Expr kinds = new ValueKinds(f, exprs, this).call(q, c);
                if (kinds != null) yield kinds;
                Expr broadcast = new BroadcastCalls(f, exprs, this).call(q, c);
                if (broadcast != null) yield broadcast;
                Expr pieces = new SplitCalls(f, exprs, this).call(q, c);
                if (pieces != null) yield pieces;
                Expr integral = new Trapezoid(f, exprs, this).call(q, c);
                if (integral != null) yield integral;
                Expr crossed = new CrossProducts(f, exprs, this).call(q, c);
                if (crossed != null) yield crossed;
                Expr windowed = new WindowFunctions(f, this).call(q, c);
                if (windowed != null) yield windowed;
                Expr linalg = new LinearAlgebra(f, exprs, this).call(q, c);
                if (linalg != null) yield linalg;
                ReduceOp op = reduction(CallLowering.shortName(q));
                if (op == null || !q.startsWith("numpy.")) yield null;
                var a = bind(c, name, List.of("a", "axis"), 1);
                yield reduce(op, array(a.get("a"), name), a.get("axis"), name, c.pos());
            }
        };
    }

    /** A method call on a value: {@code a.copy()}, {@code a.astype(t)}, {@code a.sum(axis=0)}, ... */
    Expr method(Expr receiver, String method, Call c) {
        if (!(receiver.type() instanceof Type.Array array)) {
            throw new TypingError(c.pos(), "'" + receiver.type() + "' has no method '" + method + "'");
        }
        String name = "array." + method;
        switch (method) {
            case "copy" -> {
                bind(c, name, List.of(), 0);
                return ArrayExpressions.copy(receiver, c.pos());
            }
            case "astype" -> {
                var a = bind(c, name, List.of("dtype"), 1);
                DType d = dtype(a.get("dtype"), name);
                return ArrayExpressions.lift(List.of(receiver), e -> TypedIr.cast(e.getFirst(), d), c.pos());
            }
            case "dot" -> {
                var a = bind(c, name, List.of("b"), 1);
                return ArrayExpressions.dot(f, receiver, exprs.lower(a.get("b")), c.pos());
            }
            case "view" -> {
                return DTypeViews.view(receiver, c, this);
            }
            default -> {
                Expr shaped = new ShapeCalls(f, exprs, this).method(receiver, method, c);
                if (shaped != null) return shaped;
                Expr statistic = new Statistics(f, exprs).method(receiver, method, c);
                if (statistic != null) return statistic;
                Expr sorting = new Sorting(f, exprs, this).method(receiver, method, c);
                if (sorting != null) return sorting;
                Expr taken = new TakeCalls(f, this).method(receiver, method, c);
                if (taken != null) return taken;
                Expr nonzero = new NonzeroCalls(f, exprs).method(receiver, method, c);
                if (nonzero != null) return nonzero;
                Expr item = new ItemCalls(f, this).method(receiver, method, c);
                if (item != null) return item;
                Expr clipped = new RoundingAndCloseness(f, exprs).method(receiver, method, c);
                if (clipped != null) return clipped;
                ReduceOp op = reduction(method);
                if (op == null) throw new UnsupportedError(c.pos(), "array method '" + method + "' is not supported");
                var a = bind(c, name, List.of("axis"), 0);
                return reduce(op, receiver, a.get("axis"), name, c.pos());
            }
        }
    }

    private static ReduceOp reduction(String name) {
        return switch (name) {
            case "sum" -> ReduceOp.SUM;
            case "prod" -> ReduceOp.PROD;
            case "min", "amin" -> ReduceOp.MIN;
            case "max", "amax" -> ReduceOp.MAX;
            case "mean" -> ReduceOp.MEAN;
            case "argmin" -> ReduceOp.ARGMIN;
            case "argmax" -> ReduceOp.ARGMAX;
            case "any" -> ReduceOp.ANY;
            case "all" -> ReduceOp.ALL;
            default -> null;
        };
    }

    /** Result dtype of a reduction, as NumPy/Numba: sums of ints in int64, means in float64 (float32 stays). */
    static DType reduceType(ReduceOp op, DType d) {
        return switch (op) {
            case SUM, PROD -> Promotion.sumType(d);
            case MIN, MAX -> d;
            case MEAN -> d == DType.FLOAT32 || d.isComplex() ? d : DType.FLOAT64;
            case ARGMIN, ARGMAX -> DType.INT64;
            case ANY, ALL -> DType.BOOL;
        };
    }

    private Expr reduce(ReduceOp op, Expr array, io.jumba.frontend.ast.PyExpr axisArg, String name, SourcePos pos) {
        Type.Array a = (Type.Array) array.type();
        boolean whole = axisArg == null || axisArg instanceof io.jumba.frontend.ast.PyExpr.NoneLit;
        boolean complex = a.dtype().isComplex();
        if (complex && whole) return ComplexReductions.whole(f, op, array, pos);
        DType d = reduceType(op, a.dtype());
        if (whole) {
            return new Expr.Reduce(op, array, null, Type.scalar(d), pos);
        }
        Expr axis = exprs.lower(axisArg);
        if (!(axis.type() instanceof Type.Scalar s) || !s.dtype().isInteger()) {
            throw new TypingError(axisArg.pos(), name + "() expects an integer axis, got " + axis.type());
        }
        boolean constant = axis instanceof Expr.Const c && c.value() instanceof Long;
        if (!constant) return runtimeAxis(op, array, axis, d, pos);
        int ax = Axes.normalize((Long) ((Expr.Const) axis).value(), a.ndim(), axisArg.pos());
        if (complex) return ComplexReductions.alongAxis(f, op, array, ax, pos);
        if (a.ndim() == 1) return new Expr.Reduce(op, array, null, Type.scalar(d), pos);
        return new Expr.Reduce(op, array, ax, Type.array(d, a.ndim() - 1, Layout.C), pos);
    }

    /**
     * A reduction along an axis known only at run time (Numba allows it for {@code sum}), of real or complex values:
     * the axis is checked
     * (ValueError out of range, as NumPy's AxisError), then one branch per axis computes only its own reduction.
     */
    private Expr runtimeAxis(ReduceOp op, Expr array, Expr axisValue, DType d, SourcePos pos) {
        Type.Array a = (Type.Array) array.type();
        Expr source = f.temp(array);
        boolean complex = a.dtype().isComplex();
        if (a.ndim() == 1) {
            Axes.wrapAtRuntime(f, TypedIr.cast(axisValue, DType.INT64), 1, pos);
            return complex ? ComplexReductions.whole(f, op, source, pos) : new Expr.Reduce(op, source, null, Type.scalar(d), pos);
        }
        Type.Array resultType = Type.array(d, a.ndim() - 1, Layout.C);
        return Axes.select(f, axisValue, a.ndim(), resultType, k -> complex
                ? ComplexReductions.alongAxis(f, op, source, k, pos)
                : new Expr.Reduce(op, source, k, resultType, pos), pos);
    }

    private Expr arange(Call c, String name) {
        var a = bind(c, name, List.of("start", "stop", "step", "dtype"), 1);
        List<Expr> args = new ArrayList<>();
        for (String n : List.of("start", "stop", "step")) if (a.containsKey(n)) args.add(scalar(a.get(n), name));
        boolean anyFloat = args.stream().anyMatch(e -> TypedIr.dtype(e).isFloat());
        DType d = a.containsKey("dtype") ? dtype(a.get("dtype"), name) : anyFloat ? DType.FLOAT64 : DType.INT64;
        Expr start = args.size() == 1 ? TypedIr.constant(0L, d) : TypedIr.cast(args.get(0), d);
        Expr stop = TypedIr.cast(args.size() == 1 ? args.get(0) : args.get(1), d);
        Expr step = args.size() == 3 ? TypedIr.cast(args.get(2), d) : TypedIr.constant(1L, d);
        return new Expr.Arange(start, stop, step, Type.array(d, 1, Layout.C), c.pos());
    }

    private static Expr alloc(List<Expr> shape, Expr.Fill fill, Expr value, DType d, SourcePos pos) {
        return new Expr.Alloc(shape, fill, value, Type.array(d, shape.size(), Layout.C), pos);
    }

    /** A shape argument: an int or a tuple of ints, as int64 expressions. */
    List<Expr> shape(io.jumba.frontend.ast.PyExpr arg, String name) {
        Expr e = exprs.lower(arg);
        String expected = name + "() expects a shape (int or tuple of ints), got ";
        return switch (e.type()) {
            case Type.Scalar s when s.dtype().isInteger() -> List.of(TypedIr.cast(e, DType.INT64));
            case Type.Tuple t -> {
                Expr tuple = e instanceof Expr.TupleNew ? e : f.temp(e);
                List<Expr> dims = new ArrayList<>();
                for (int i = 0; i < t.elements().size(); i++) {
                    if (!(t.elements().get(i) instanceof Type.Scalar s) || !s.dtype().isInteger()) {
                        throw new TypingError(arg.pos(), expected + e.type());
                    }
                    Expr item = tuple instanceof Expr.TupleNew tn ? tn.elements().get(i) : new Expr.TupleGet(tuple, i, s);
                    dims.add(TypedIr.cast(item, DType.INT64));
                }
                yield dims;
            }
            default -> throw new TypingError(arg.pos(), expected + e.type());
        };
    }

    /** A constant True or False argument. */
    private boolean constantBool(io.jumba.frontend.ast.PyExpr arg, String name) {
        Expr e = exprs.lower(arg);
        if (e instanceof Expr.Const k && k.value() instanceof Boolean b) return b;
        throw new TypingError(arg.pos(), name + "() expects a constant True or False here, got " + e.type());
    }

    /**
     * A dtype argument: {@code np.float32}, {@code 'float32'}, the builtins {@code float int bool}, an array's
     * {@code a.dtype}, {@code np.dtype(t)} of any of these, or a dtype value ({@code d = a.dtype}, a dtype argument).
     */
    DType dtype(io.jumba.frontend.ast.PyExpr arg, String name) {
        DType d = switch (arg) {
            case StrLit s -> DType.byName(s.value());
            case Call c when "numpy.dtype".equals(exprs.qualify(c.func())) -> {
                // np.dtype('float32'), np.dtype(np.float32): the dtype its one argument names
                if (c.args().size() != 1 || !c.keywords().isEmpty()) {
                    throw new TypingError(c.pos(), "np.dtype() takes one argument, a type, here");
                }
                yield dtype(c.args().getFirst(), name);
            }
            case io.jumba.frontend.ast.PyExpr.Attribute at when at.attr().equals("dtype") && exprs.qualify(at) == null
                    && exprs.lower(at.value()).type() instanceof Type.Array array -> array.dtype();
            case Name n when !f.scope.has(n.id()) && !f.specializer.module.imports().containsKey(n.id()) ->
                    switch (n.id()) {
                        case "float" -> DType.FLOAT64;
                        case "int" -> DType.INT64;
                        case "bool" -> DType.BOOL;
                        default -> null;
                    };
            default -> {
                String q = exprs.qualify(arg);
                if (q == null) yield exprs.lower(arg).type() instanceof Type.DTypeValue v ? v.dtype() : null;
                yield q.startsWith("numpy.") && CallLowering.isScalarTypeName(CallLowering.shortName(q))
                        ? DType.byName(CallLowering.shortName(q)) : null;
            }
        };
        if (d == null) throw new TypingError(arg.pos(), name + "() got an unsupported dtype");
        return d;
    }

    /** arg as a compile-time integer (an axis): a TypingError at arg otherwise. */
    long constantAxis(io.jumba.frontend.ast.PyExpr arg, String name) {
        Expr e = exprs.lower(arg);
        if (e instanceof Expr.Const k && k.value() instanceof Long v && TypedIr.dtype(k).isInteger()) return v;
        throw new TypingError(arg.pos(), name + "() expects a constant integer axis here, got " + e.type());
    }

    Expr array(io.jumba.frontend.ast.PyExpr arg, String name) {
        Expr e = exprs.lower(arg);
        if (!(e.type() instanceof Type.Array)) throw new TypingError(arg.pos(), name + "() expects an array, got " + e.type());
        return e;
    }

    Expr scalar(io.jumba.frontend.ast.PyExpr arg, String name) {
        Expr e = exprs.lower(arg);
        if (!(e.type() instanceof Type.Scalar)) throw new TypingError(arg.pos(), name + "() expects a number, got " + e.type());
        return e;
    }

    Expr integer(io.jumba.frontend.ast.PyExpr arg, String name) {
        Expr e = scalar(arg, name);
        if (!TypedIr.dtype(e).isInteger()) throw new TypingError(arg.pos(), name + "() expects an integer, got " + e.type());
        return TypedIr.cast(e, DType.INT64);
    }
}
