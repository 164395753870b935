package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.frontend.ast.PyExpr.StrLit;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.ReduceOp;
import io.jumba.runtime.HistogramFn;
import io.jumba.runtime.MathFn;
import io.jumba.runtime.SortFn;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NumPy's sorting, searching and counting on 1-d arrays (np.sort N-d too, along the last axis) in NumPy's order (NaN
 * after every number): sort and argsort run by the runtime ({@link io.jumba.runtime.Sorts}, stable as {@code kind='stable'}); partition and argpartition
 * (quickselect), searchsorted, unique, bincount, digitize, interp and histogram (bins as a count or as edges) compiled
 * from Python ({@link BuiltinPrelude}).
 */
final class Sorting {
    /** The kinds Numba accepts; all sort stably here, so ties keep their order as NumPy's 'stable' kind does. */
    private static final Set<String> KINDS = Set.of("quicksort", "mergesort", "stable");

    private final FunctionTyping f;
    private final ExprLowering exprs;
    private final ArrayCalls calls;

    Sorting(FunctionTyping f, ExprLowering exprs, ArrayCalls calls) {
        this.f = f;
        this.exprs = exprs;
        this.calls = calls;
    }

    /** The function q names, or null when q is none of them. */
    Expr call(String q, Call c) {
        String name = q.replace("numpy.", "np.");
        return switch (q) {
            case "numpy.sort" -> {
                // as Numba: N-d arrays too, each run along the last axis sorted
                Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "axis", "kind"), 1);
                Expr array = calls.array(a.get("a"), name);
                int ndim = ((Type.Array) array.type()).ndim();
                if (ndim == 0) throw new TypingError(c.pos(), name + "() of a 0-d array: NumPy cannot sort it either");
                checkAxisAndKind(a, name, ndim);
                yield sorted(SortFn.SORT, array, c.pos());
            }
            case "numpy.argsort" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "axis", "kind"), 1);
                Expr array = vector(calls.array(a.get("a"), name), name, c.pos());
                checkAxisAndKind(a, name, 1);
                yield sorted(SortFn.ARGSORT, array, c.pos());
            }
            case "numpy.partition", "numpy.argpartition" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "kth"), 2);
                Expr array = f.temp(calls.array(a.get("a"), name));
                int ndim = ((Type.Array) array.type()).ndim();
                if (ndim == 0) throw new TypingError(c.pos(), name + "() of a 0-d array: NumPy cannot partition it either");
                Expr kth = f.temp(kths(a.get("kth"), name, c.pos()));
                Expr n = new Expr.Dim(array, ndim - 1);
                Expr outside = prelude("index_outside", List.of(kth, n), c.pos());
                // NumPy partitions an empty array whatever kth is
                Checks.raiseIf(f, new Expr.Logical(true, TypedIr.compare(CmpOp.GT, n, TypedIr.i64(0), DType.INT64),
                        TypedIr.compare(CmpOp.GE, outside, TypedIr.i64(0), DType.INT64)), "ValueError", "kth out of bounds", c.pos());
                String fn = q.equals("numpy.partition") ? "partition" : "argpartition";
                if (ndim == 1) yield prelude(fn, List.of(array, kth), c.pos());
                // N-d, as Numba's partition: each run along the last axis
                yield AlongAxis.backInPlace(prelude(fn + "_rows", List.of(AlongAxis.rows(array, ndim - 1, c.pos()), kth),
                        c.pos()), array, ndim - 1, c.pos());
            }
            case "numpy.searchsorted" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "v", "side"), 2);
                Expr sorted = vector(calls.array(a.get("a"), name), name, c.pos());
                Expr right = TypedIr.constant(a.containsKey("side") && choice(a.get("side"), name, "side",
                        List.of("left", "right")).equals("right"), DType.BOOL);
                Expr v = exprs.lower(a.get("v"));
                yield switch (v.type()) {
                    case Type.Scalar s -> prelude("search", List.of(sorted, v, right), c.pos());
                    case Type.Array t -> prelude("searchsorted_array", List.of(sorted, vector(v, name, c.pos()), right), c.pos());
                    default -> throw new TypingError(a.get("v").pos(), name + "() expects a number or an array for v, got " + v.type());
                };
            }
            case "numpy.unique" -> {
                Expr ar = vector(calls.array(calls.bind(c, name, List.of("ar"), 1).get("ar"), name), name, c.pos());
                yield prelude(((Type.Array) ar.type()).dtype().isComplex() ? "complex_unique" : "unique", List.of(ar), c.pos());
            }
            case "numpy.bincount" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("x", "weights", "minlength"), 1);
                Expr x = f.temp(vector(calls.array(a.get("x"), name), name, c.pos()));
                if (!((Type.Array) x.type()).dtype().isInteger()) throw new TypingError(c.pos(), name + "() expects an integer array, got " + x.type());
                Expr negative = ArrayExpressions.lift(List.of(x), e -> TypedIr.compare(CmpOp.LT, e.getFirst(), TypedIr.i64(0), DType.INT64), c.pos());
                Checks.raiseIf(f, new Expr.Reduce(ReduceOp.ANY, negative, null, Type.scalar(DType.BOOL), c.pos()), "ValueError",
                        "'list' argument must have no negative elements", c.pos());
                Expr minlength = a.containsKey("minlength") ? calls.integer(a.get("minlength"), name) : TypedIr.i64(0);
                if (!a.containsKey("weights")) yield prelude("bincount", List.of(x, minlength), c.pos());
                Expr w = f.temp(vector(calls.array(a.get("weights"), name), name, c.pos()));
                Checks.raiseIf(f, TypedIr.compare(CmpOp.NE, new Expr.Dim(w, 0), new Expr.Dim(x, 0), DType.INT64), "ValueError",
                        "The weights and list don't have the same length.", c.pos());
                yield prelude("bincount_weights", List.of(x, w, minlength), c.pos());
            }
            case "numpy.digitize" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("x", "bins", "right"), 2);
                Expr x = exprs.lower(a.get("x"));
                Expr bins = f.temp(vector(calls.array(a.get("bins"), name), name, c.pos()));
                Expr right = a.containsKey("right") ? TypedIr.truth(exprs.lower(a.get("right")), c.pos()) : TypedIr.constant(false, DType.BOOL);
                Expr direction = f.temp(prelude("bins_direction", List.of(bins), c.pos()));
                Checks.raiseIf(f, TypedIr.compare(CmpOp.EQ, direction, TypedIr.i64(0), DType.INT64), "ValueError",
                        "bins must be monotonically increasing or decreasing", c.pos());
                yield x.type() instanceof Type.Array
                        ? prelude("digitize_array", List.of(vector(x, name, c.pos()), bins, right, direction), c.pos())
                        : prelude("digitize", List.of(calls.scalar(a.get("x"), name), bins, right, direction), c.pos());
            }
            case "numpy.interp" -> interp(c, name);
            case "numpy.histogram" -> histogram(c, name);
            default -> null;
        };
    }

    /** {@code a.sort()} (in place, returns None) and {@code a.argsort()}; null for other methods. */
    Expr method(Expr receiver, String method, Call c) {
        String name = "array." + method;
        return switch (method) {
            case "sort", "argsort" -> {
                checkAxisAndKind(calls.bind(c, name, List.of("axis", "kind"), 0), name, 1);
                Expr array = vector(receiver, name, c.pos());
                yield method.equals("sort") ? prelude("sort_inplace", List.of(array), c.pos()) : sorted(SortFn.ARGSORT, array, c.pos());
            }
            default -> null;
        };
    }

    /** kth as an int64 array of places: an integer, a tuple of integers or a 1-d integer array. */
    private Expr kths(PyExpr arg, String name, SourcePos pos) {
        Expr kth = exprs.lower(arg);
        return switch (kth.type()) {
            case Type.Scalar s when s.dtype().isInteger() -> prelude("kth_one", List.of(TypedIr.cast(kth, DType.INT64)), pos);
            case Type.Tuple t when t.elements().stream().allMatch(e -> e instanceof Type.Scalar s && s.dtype().isInteger()) ->
                    prelude("kth_tuple", List.of(kth), pos);
            case Type.Array t when t.ndim() == 1 && t.dtype().isInteger() -> kth;
            default -> throw new TypingError(arg.pos(), name + "() expects kth as an integer, a tuple of integers or a 1-d "
                    + "integer array, got " + kth.type());
        };
    }

    private Expr interp(Call c, String name) {
        Map<String, PyExpr> a = calls.bind(c, name, List.of("x", "xp", "fp", "left", "right"), 3);
        Expr x = exprs.lower(a.get("x"));
        Expr xp = f.temp(vector(calls.array(a.get("xp"), name), name, c.pos()));
        Expr fp = f.temp(vector(calls.array(a.get("fp"), name), name, c.pos()));
        Checks.raiseIf(f, TypedIr.compare(CmpOp.EQ, new Expr.Dim(xp, 0), TypedIr.i64(0), DType.INT64), "ValueError",
                "array of sample points is empty", c.pos());
        Checks.raiseIf(f, TypedIr.compare(CmpOp.NE, new Expr.Dim(xp, 0), new Expr.Dim(fp, 0), DType.INT64), "ValueError",
                "fp and xp are not of the same length.", c.pos());
        Expr at = f.temp(x.type() instanceof Type.Array ? vector(x, name, c.pos()) : calls.scalar(a.get("x"), name));
        Map<String, Expr> given = new java.util.HashMap<>();
        for (String side : List.of("left", "right")) if (a.containsKey(side)) given.put(side, f.temp(calls.scalar(a.get(side), name)));
        boolean complex = ((Type.Array) fp.type()).dtype().isComplex();
        // of complex values NumPy interpolates the real and the imaginary parts apart (its arr_interp_complex)
        java.util.function.Function<String, Expr> interpolate = part -> {
            List<Expr> args = new ArrayList<>(List.of(at, xp, complex ? ComplexCalls.part(fp, part, c.pos()) : fp));
            for (String side : List.of("left", "right")) {
                Expr bound = given.get(side);
                args.add(bound == null ? TypedIr.constant(0.0, DType.FLOAT64)
                        : TypedIr.cast(complex ? ComplexCalls.part(bound, part, c.pos()) : bound, DType.FLOAT64));
            }
            for (String side : List.of("left", "right")) args.add(TypedIr.constant(given.containsKey(side), DType.BOOL));
            return prelude(at.type() instanceof Type.Array ? "interp_array" : "interp", args, c.pos());
        };
        if (!complex) return interpolate.apply("real");
        Expr re = f.temp(interpolate.apply("real")), im = f.temp(interpolate.apply("imag"));
        return re.type() instanceof Type.Array
                ? ArrayExpressions.lift(List.of(re, im), e -> ComplexCalls.apply(MathFn.C_NEW, e, c.pos()), c.pos())
                : ComplexCalls.apply(MathFn.C_NEW, List.of(re, im), c.pos());
    }

    private Expr histogram(Call c, String name) {
        Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "bins", "range"), 1);
        Expr array = vector(calls.array(a.get("a"), name), name, c.pos());
        Expr bins = a.containsKey("bins") ? exprs.lower(a.get("bins")) : TypedIr.i64(10);
        if (bins.type() instanceof Type.Array) {
            if (a.containsKey("range")) throw new TypingError(a.get("range").pos(), name + "() takes range only with a bin count");
            Expr edges = f.temp(vector(bins, name, c.pos()));
            Checks.raiseIf(f, TypedIr.compare(CmpOp.NE, prelude("bins_direction", List.of(edges), c.pos()), TypedIr.i64(1), DType.INT64),
                    "ValueError", "`bins` must increase monotonically, when an array", c.pos());
            return prelude("histogram_edges", List.of(array, edges), c.pos());
        }
        if (!(bins.type() instanceof Type.Scalar s) || !s.dtype().isInteger()) {
            throw new TypingError(a.get("bins").pos(), name + "() expects bins as an integer count or an array of edges, got " + bins.type());
        }
        bins = f.temp(TypedIr.cast(bins, DType.INT64));
        Checks.raiseIf(f, TypedIr.compare(CmpOp.LE, bins, TypedIr.i64(0), DType.INT64), "ValueError",
                "`bins` must be positive, when an integer", c.pos());
        boolean given = a.containsKey("range") && !(a.get("range") instanceof PyExpr.NoneLit);
        Expr range = given ? exprs.lower(a.get("range")) : prelude("data_range", List.of(array), c.pos());
        if (!(range.type() instanceof Type.Tuple t) || t.elements().size() != 2
                || !(t.elements().get(0) instanceof Type.Scalar l) || !(t.elements().get(1) instanceof Type.Scalar h)) {
            throw new TypingError(a.get("range").pos(), name + "() expects range as a (min, max) tuple, got " + range.type());
        }
        Expr pair = f.temp(range);
        Expr lo = f.temp(TypedIr.cast(new Expr.TupleGet(pair, 0, l), DType.FLOAT64));
        Expr hi = f.temp(TypedIr.cast(new Expr.TupleGet(pair, 1, h), DType.FLOAT64));
        if (given) {
            Checks.raiseIf(f, TypedIr.compare(CmpOp.GT, lo, hi, DType.FLOAT64), "ValueError",
                    "max must be larger than min in range parameter.", c.pos());
        }
        Expr finite = new Expr.Logical(true, isFinite(lo), isFinite(hi));
        Checks.raiseIf(f, TypedIr.not(finite), "ValueError", (given ? "supplied" : "autodetected") + " range is not finite", c.pos());
        // the samples as float64, as NumPy casts them; a complex array is refused (its imaginary part would be lost)
        DType d = ((Type.Array) array.type()).dtype();
        if (d.isComplex()) throw RefusedOperands.imaginaryPartLost(d, DType.FLOAT64);
        Expr samples = ArrayExpressions.toDType(array, DType.FLOAT64, c.pos());
        return new Expr.Library(HistogramFn.EQUAL_BINS, List.of(samples, bins, lo, hi), new Type.Tuple(List.of(
                Type.array(DType.INT64, 1, Layout.C), Type.array(DType.FLOAT64, 1, Layout.C))), c.pos());
    }

    private static Expr isFinite(Expr x) {
        return new Expr.Intrinsic(MathFn.ISFINITE, List.of(x), Type.scalar(DType.BOOL));
    }

    /** np.sort or np.argsort of array a, which the runtime runs ({@link io.jumba.runtime.Sorts}). */
    private static Expr sorted(SortFn fn, Expr a, SourcePos pos) {
        Type.Array t = (Type.Array) a.type();
        return new Expr.Library(fn, List.of(a), fn == SortFn.SORT ? Type.array(t.dtype(), t.ndim(), Layout.C)
                : Type.array(DType.INT64, 1, Layout.C), pos);
    }

    private Expr prelude(String function, List<Expr> args, SourcePos pos) {
        return BuiltinPrelude.call(f, function, args, pos);
    }

    /** e, which must be a 1-d array of numbers. */
    private static Expr vector(Expr e, String name, SourcePos pos) {
        if (!(e.type() instanceof Type.Array t) || t.ndim() != 1) {
            throw new TypingError(pos, name + "() is supported on 1-d arrays here, got " + e.type());
        }
        return e;
    }

    /** axis, if given, must name the last of ndim axes (-1 or ndim - 1); kind one Numba accepts. */
    private void checkAxisAndKind(Map<String, PyExpr> a, String name, int ndim) {
        if (a.containsKey("axis")) {
            Expr axis = exprs.lower(a.get("axis"));
            if (!(axis instanceof Expr.Const k) || !(k.value() instanceof Long v) || (v != ndim - 1 && v != -1)) {
                throw new TypingError(a.get("axis").pos(), name + "() supports only the last axis here (axis=-1"
                        + (ndim == 1 ? " or 0, 1-d arrays" : " or " + (ndim - 1)) + ")");
            }
        }
        if (a.containsKey("kind")) choice(a.get("kind"), name, "kind", List.copyOf(KINDS));
    }

    private static String choice(PyExpr arg, String name, String param, List<String> allowed) {
        if (!(arg instanceof StrLit s) || !allowed.contains(s.value())) {
            throw new TypingError(arg.pos(), name + "() expects " + param + " to be one of " + allowed.stream().sorted().toList()
                    + " as a string literal");
        }
        return s.value();
    }
}
