package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.BinaryOp;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.ReduceOp;
import io.jumba.runtime.MathFn;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * NumPy statistics over all elements, built from whole-array reductions and fused elementwise expressions (so each
 * pass is one loop, vectorized as np.sum is): var and std ({@code ddof=}, NumPy's two passes: the mean, then the
 * squared deviations), ptp, count_nonzero, and the nan* family (NaN elements left out; an all-NaN nanmin/nanmax
 * gives NaN, as NumPy); and, compiled from Python source, cumsum, cumprod, diff, median, percentile, quantile and
 * average on 1-d arrays.
 */
final class Statistics {
    private final FunctionTyping f;
    private final ExprLowering exprs;
    private final ArrayCalls calls;

    Statistics(FunctionTyping f, ExprLowering exprs) {
        this.f = f;
        this.exprs = exprs;
        this.calls = new ArrayCalls(f, exprs);
    }

    /** The statistic q names, or null when q is none of them. */
    Expr call(String q, Call c) {
        String name = q.replace("numpy.", "np.");
        return switch (q) {
            case "numpy.var", "numpy.std" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "axis", "ddof"), 1);
                yield varianceCall(q.endsWith("std"), calls.array(a.get("a"), name), a, name, c.pos());
            }
            case "numpy.nanvar", "numpy.nanstd" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "ddof"), 1);
                Expr v = variance(calls.array(a.get("a"), name), true, ddof(a, name, c.pos()), c.pos());
                yield q.endsWith("std") ? sqrt(v, c.pos()) : v;
            }
            case "numpy.ptp" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "axis"), 1);
                yield ptpCall(calls.array(a.get("a"), name), a.get("axis"), name, c.pos());
            }
            case "numpy.count_nonzero" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "axis"), 1);
                Expr array = f.temp(calls.array(a.get("a"), name));
                yield along(array, a.get("axis"), DType.INT64, ndim(array) - 1, name,
                        axis -> reduce(ReduceOp.SUM, nonzero(array, c.pos()), axis, DType.INT64, c.pos()),
                        () -> reduce(ReduceOp.SUM, nonzero(array, c.pos()), DType.INT64, c.pos()), c.pos());
            }
            case "numpy.nansum", "numpy.nanprod", "numpy.nanmean", "numpy.nanmin", "numpy.nanmax" -> {
                Expr array = f.temp(calls.array(calls.bind(c, name, List.of("a"), 1).get("a"), name));
                yield nanReduction(q, array, c.pos());
            }
            case "numpy.cumsum", "numpy.cumprod" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "axis"), 1);
                yield cumulative(q, calls.array(a.get("a"), name), a.get("axis"), name, c.pos());
            }
            case "numpy.nancumsum", "numpy.nancumprod" -> {
                // NaNs count as 0 in sums and 1 in products, as NumPy
                Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "axis"), 1);
                Expr array = calls.array(a.get("a"), name);
                Expr filled = ArrayExpressions.copy(withoutNaN(array, q.endsWith("cumsum") ? 0.0 : 1.0, c.pos()), c.pos());
                yield cumulative(q, filled, a.get("axis"), name, c.pos());
            }
            case "numpy.median", "numpy.diff", "numpy.percentile", "numpy.quantile", "numpy.average",
                 "numpy.nanmedian", "numpy.nanpercentile", "numpy.nanquantile" -> sorted(q, name, c);
            default -> null;
        };
    }

    /**
     * The methods {@code a.var(axis, ddof)}, {@code a.std(...)}, {@code a.cumsum()}, {@code a.cumprod()},
     * {@code a.ptp(axis)}; null for others.
     */
    Expr method(Expr receiver, String method, Call c) {
        String name = "array." + method;
        return switch (method) {
            case "var", "std" -> varianceCall(method.equals("std"), receiver, calls.bind(c, name, List.of("axis", "ddof"), 0),
                    name, c.pos());
            case "cumsum", "cumprod" -> cumulative("numpy." + method, receiver,
                    calls.bind(c, name, List.of("axis"), 0).get("axis"), name, c.pos());
            case "ptp" -> ptpCall(receiver, calls.bind(c, name, List.of("axis"), 0).get("axis"), name, c.pos());
            default -> null;
        };
    }

    /** np.ptp(a, axis) and a.ptp(axis): max − min of all elements, or along an axis (constant or run-time). */
    private Expr ptpCall(Expr arrayArg, PyExpr axisArg, String name, SourcePos pos) {
        Expr array = f.temp(arrayArg);
        DType d = dtype(array);
        return along(array, axisArg, d.isBool() ? DType.INT64 : d, ndim(array) - 1, name, axis -> ptp(array, axis, pos),
                () -> ptp(array, null, pos), pos);
    }

    /** var or std with optional constant {@code axis=} and {@code ddof=}. */
    private Expr varianceCall(boolean std, Expr array, Map<String, PyExpr> a, String name, SourcePos pos) {
        Expr ddof = ddof(a, name, pos);
        PyExpr axisArg = a.get("axis");
        Type.Array t = (Type.Array) array.type();
        Expr v;
        if (axisArg == null || axisArg instanceof PyExpr.NoneLit || t.ndim() == 1) {
            if (axisArg != null && !(axisArg instanceof PyExpr.NoneLit)) Axes.normalize(constantAxis(axisArg, name), 1, axisArg.pos());
            v = variance(array, false, ddof, pos);
            return std ? sqrt(v, pos) : v;
        }
        int axis = Axes.normalize(constantAxis(axisArg, name), t.ndim(), axisArg.pos());
        v = varianceAlong(array, axis, ddof, pos);
        return std ? ArrayExpressions.lift(List.of(v), e -> sqrt(e.getFirst(), pos), pos) : v;
    }

    private Expr ddof(Map<String, PyExpr> a, String name, SourcePos pos) {
        Expr ddof = a.containsKey("ddof") ? exprs.lower(a.get("ddof")) : TypedIr.i64(0);
        if (!(ddof.type() instanceof Type.Scalar s) || s.dtype().isFloat()) {
            throw new TypingError(pos, name + "() expects an integer ddof, got " + ddof.type());
        }
        return TypedIr.cast(ddof, DType.INT64);
    }

    private long constantAxis(PyExpr arg, String name) {
        return new ArrayCalls(f, exprs).constantAxis(arg, name);
    }

    private static Expr sqrt(Expr v, SourcePos pos) {
        return MathFunctionTyping.apply(MathFn.SQRT, List.of(v), TypedIr.dtype(v), pos);
    }

    /**
     * var along a constant axis, NumPy's two passes: the mean along the axis, then the squared deviations from it
     * (the mean broadcast back through a new axis of length 1) summed along the axis over {@code n - ddof}.
     */
    private Expr varianceAlong(Expr array, int axis, Expr ddof, SourcePos pos) {
        Expr a = f.temp(array);
        DType m = ArrayCalls.reduceType(ReduceOp.MEAN, dtype(a)), r = m.isComplex() ? m.part() : m;
        Expr n = f.temp(new Expr.Dim(a, axis));
        Expr sum = f.temp(reduce(ReduceOp.SUM, ArrayExpressions.toDType(a, m, pos), axis, m, pos));
        Expr mean = f.temp(ArrayExpressions.lift(List.of(sum, n), e -> divide(e.getFirst(), e.get(1), m, pos), pos));
        Expr deviations = ArrayExpressions.lift(List.of(a, ShapeCalls.expandDims(mean, axis, pos)),
                e -> squaredDeviation(e.getFirst(), e.get(1), m, pos), pos);
        Expr dof = f.temp(ExprLowering.scalarBinary(BinaryOp.SUB, n, ddof, DType.INT64, pos));
        Expr squares = reduce(ReduceOp.SUM, deviations, axis, r, pos);
        return ArrayExpressions.lift(List.of(squares, dof), e -> divide(e.getFirst(), e.get(1), r, pos), pos);
    }

    /**
     * cumsum or cumprod: of the flattened array without an axis (the Python prelude's loop), else along a constant
     * axis: a copy in the accumulation type whose slices {@code 1..n-1} along the axis fold in the slice before them,
     * in order (NumPy's sequential order).
     */
    private Expr cumulative(String q, Expr array, PyExpr axisArg, String name, SourcePos pos) {
        Type.Array t = (Type.Array) array.type();
        if (axisArg == null || axisArg instanceof PyExpr.NoneLit) return cumulative(q, array, name, pos);
        int axis = Axes.normalize(constantAxis(axisArg, name), t.ndim(), axisArg.pos());
        if (t.ndim() == 1) return cumulative(q, array, name, pos);
        DType d = Promotion.sumType(t.dtype());
        Expr out = f.temp(ArrayExpressions.copy(ArrayExpressions.toDType(array, d, pos), pos));
        io.jumba.ir.Var i = f.freshVar(Type.INT64);
        BinaryOp op = q.endsWith("cumsum") ? BinaryOp.ADD : BinaryOp.MUL;
        List<io.jumba.ir.Stmt> body = f.collect(() -> {
            Expr previous = TypedIr.binary(io.jumba.ir.BinOp.SUB, new Expr.Local(i), TypedIr.i64(1), DType.INT64, pos);
            Expr here = slice(out, axis, new Expr.Local(i), pos), before = slice(out, axis, previous, pos);
            f.emit(new io.jumba.ir.Stmt.ArrayStore(here, ArrayExpressions.lift(List.of(before, here),
                    e -> ExprLowering.scalarBinary(op, e.getFirst(), e.get(1), d, pos), pos), pos));
        });
        f.emit(new io.jumba.ir.Stmt.ForRange(i, TypedIr.i64(1), new Expr.Dim(out, axis), TypedIr.i64(1), body, false, pos));
        return out;
    }

    /** The slice of array at index i along axis (full slices before it). */
    private static Expr slice(Expr array, int axis, Expr i, SourcePos pos) {
        List<Expr.IndexSpec> specs = new java.util.ArrayList<>();
        for (int d = 0; d < axis; d++) specs.add(new Expr.IndexSpec.Range(null, null, null));
        specs.add(new Expr.IndexSpec.At(i));
        return ArrayIndexing.view(array, specs, pos);
    }

    /** cumsum or cumprod of the flattened array (the Python prelude's loop). */
    private Expr cumulative(String q, Expr array, String name, SourcePos pos) {
        Expr flat = ((Type.Array) array.type()).ndim() == 1 ? array : ShapeCalls.ravel(array, pos);
        String variant = inexact(((Type.Array) flat.type()).dtype()) ? "_inexact" : "_int";
        return BuiltinPrelude.call(f, (q.endsWith("cumsum") ? "cumsum" : "cumprod") + variant, List.of(flat), pos);
    }

    /** max - min of array (a temporary): of all elements when axis is null, else along it. */
    private Expr ptp(Expr array, Integer axis, SourcePos pos) {
        DType d = dtype(array), r = d.isBool() ? DType.INT64 : d;
        if (axis == null) {
            return ExprLowering.scalarBinary(BinaryOp.SUB, reduce(ReduceOp.MAX, array, d, pos),
                    reduce(ReduceOp.MIN, array, d, pos), r, pos);
        }
        Expr max = f.temp(reduce(ReduceOp.MAX, array, axis, d, pos)), min = f.temp(reduce(ReduceOp.MIN, array, axis, d, pos));
        return ArrayExpressions.lift(List.of(max, min), e -> ExprLowering.scalarBinary(BinaryOp.SUB, e.getFirst(), e.get(1), r, pos), pos);
    }

    /**
     * A statistic with an optional {@code axis=}: whole() without one (or on a 1-d array, the axis checked), else
     * along(k) for a constant axis k, or for one known at run time a branch per axis (as np.sum's), each result an
     * array of dtype d and resultNdim dimensions.
     */
    private Expr along(Expr array, PyExpr axisArg, DType d, int resultNdim, String name, IntFunction<Expr> along,
                       Supplier<Expr> whole, SourcePos pos) {
        if (axisArg == null || axisArg instanceof PyExpr.NoneLit) return whole.get();
        Expr axis = exprs.lower(axisArg);
        if (!(axis.type() instanceof Type.Scalar s) || !s.dtype().isInteger()) {
            throw new TypingError(axisArg.pos(), name + "() expects an integer axis, got " + axis.type());
        }
        int n = ndim(array);
        if (axis instanceof Expr.Const k && k.value() instanceof Long v) {
            int fixed = Axes.normalize(v, n, axisArg.pos());
            return n == 1 ? whole.get() : along.apply(fixed);
        }
        if (n == 1) {
            Axes.wrapAtRuntime(f, TypedIr.cast(axis, DType.INT64), 1, pos);
            return whole.get();
        }
        return Axes.select(f, axis, n, Type.array(d, resultNdim, Layout.C), along, pos);
    }

    /**
     * The statistics compiled from Python ({@link BuiltinPrelude}): loops over a 1-d run (diff), or over a sorted
     * float64 copy of it (median, percentile, quantile: NumPy's linear method), of the flattened array or, with
     * {@code axis=}, of every run along that axis ({@link AlongAxis}); and weighted average.
     */
    private Expr sorted(String function, String name, Call c) {
        // the nan* forms are the plain ones over the elements that are not NaN
        boolean skipNaN = function.startsWith("numpy.nan");
        String q = skipNaN ? "numpy." + function.substring("numpy.nan".length()) : function;
        List<String> params = switch (q) {
            case "numpy.diff" -> List.of("a", "n", "axis");
            case "numpy.percentile", "numpy.quantile" -> List.of("a", "q", "axis");
            case "numpy.average" -> List.of("a", "axis", "weights");
            default -> List.of("a", "axis");
        };
        Map<String, PyExpr> a = calls.bind(c, name, params, q.equals("numpy.percentile") || q.equals("numpy.quantile") ? 2 : 1);
        Expr array = f.temp(calls.array(a.get("a"), name));
        Type.Array t = (Type.Array) array.type();
        if (t.dtype().isBool()) {
            throw new TypingError(c.pos(), name + "() is supported on numeric arrays here, got " + t);
        }
        SourcePos pos = c.pos();
        // along an axis, NumPy's order statistics of float32 arrays are float32 (computed here in float64)
        DType lane = ArrayCalls.reduceType(ReduceOp.MEAN, t.dtype());
        return switch (q) {
            case "numpy.average" -> average(array, a.get("axis"), a.get("weights"), name, pos);
            case "numpy.diff" -> {
                Expr n = f.temp(a.containsKey("n") ? integer(a.get("n"), name) : TypedIr.i64(1));
                raiseIf(TypedIr.compare(CmpOp.LT, n, TypedIr.i64(0), DType.INT64), "ValueError",
                        "order must be non-negative", pos);
                // NumPy's default axis is the last; the result keeps every dimension
                PyExpr axisArg = a.containsKey("axis") ? a.get("axis") : new PyExpr.IntLit(-1, false, pos);
                yield along(array, axisArg, t.dtype(), t.ndim(), name,
                        k -> AlongAxis.backInPlace(BuiltinPrelude.call(f, "diff_rows", List.of(AlongAxis.rows(array, k, pos), n),
                                pos), array, k, pos),
                        () -> BuiltinPrelude.call(f, "diff", List.of(array, n), pos), pos);
            }
            case "numpy.median" -> along(array, a.get("axis"), lane, t.ndim() - 1, name,
                    k -> ArrayExpressions.toDType(AlongAxis.perLane(BuiltinPrelude.call(f, "median_rows",
                            List.of(AlongAxis.rows(array, k, pos), TypedIr.constant(skipNaN, DType.BOOL)), pos), array, k, pos),
                            lane, pos),
                    () -> BuiltinPrelude.call(f, "median", List.of(run(array, skipNaN, pos)), pos), pos);
            default -> {
                boolean percent = q.equals("numpy.percentile");
                Expr share = f.temp(TypedIr.cast(scalar(a.get("q"), name), DType.FLOAT64));
                double top = percent ? 100.0 : 1.0;
                raiseIf(new Expr.Logical(false, TypedIr.compare(CmpOp.LT, share, TypedIr.constant(0.0, DType.FLOAT64), DType.FLOAT64),
                        TypedIr.compare(CmpOp.GT, share, TypedIr.constant(top, DType.FLOAT64), DType.FLOAT64)), "ValueError",
                        (percent ? "Percentiles must be in the range [0, 100]" : "Quantiles must be in the range [0, 1]"), pos);
                Expr fraction = f.temp(percent ? divide(share, TypedIr.constant(100.0, DType.FLOAT64), DType.FLOAT64, pos) : share);
                yield along(array, a.get("axis"), lane, t.ndim() - 1, name,
                        k -> ArrayExpressions.toDType(AlongAxis.perLane(BuiltinPrelude.call(f, "quantile_rows",
                                List.of(AlongAxis.rows(array, k, pos), fraction, TypedIr.constant(skipNaN, DType.BOOL)), pos),
                                array, k, pos), lane, pos),
                        () -> BuiltinPrelude.call(f, "quantile", List.of(f.temp(run(array, skipNaN, pos)), fraction), pos), pos);
            }
        };
    }

    /** The flattened array, its NaN elements left out when skipNaN is set (the nan* forms). */
    private Expr run(Expr array, boolean skipNaN, SourcePos pos) {
        Expr flat = ShapeCalls.ravel(array, pos);
        return skipNaN ? BuiltinPrelude.call(f, "without_nan", List.of(flat), pos) : flat;
    }

    /**
     * np.average as NumPy computes it: the mean without weights; with them, the sum of the products over the sum of
     * the weights (float64), ZeroDivisionError where that sum is 0. Weights have a's shape, or with {@code axis=} are
     * 1-d of the axis's length.
     */
    private Expr average(Expr array, PyExpr axisArg, PyExpr weightsArg, String name, SourcePos pos) {
        Type.Array t = (Type.Array) array.type();
        DType mean = ArrayCalls.reduceType(ReduceOp.MEAN, t.dtype());
        if (weightsArg == null || weightsArg instanceof PyExpr.NoneLit) {
            return along(array, axisArg, mean, t.ndim() - 1, name, k -> reduce(ReduceOp.MEAN, array, k, mean, pos),
                    () -> reduce(ReduceOp.MEAN, array, mean, pos), pos);
        }
        Expr weights = f.temp(calls.array(weightsArg, name));
        int wdim = ndim(weights);
        boolean noAxis = axisArg == null || axisArg instanceof PyExpr.NoneLit, whole = noAxis || t.ndim() == 1;
        if (wdim != t.ndim() && (whole || wdim != 1)) {
            throw new TypingError(weightsArg.pos(), name + "() expects weights of a's shape"
                    + (whole ? "" : " or 1-d weights of the axis's length") + ", got " + weights.type());
        }
        if (wdim == t.ndim()) {
            Expr differ = null;
            for (int d = 0; d < wdim; d++) {
                Expr ne = TypedIr.compare(CmpOp.NE, new Expr.Dim(array, d), new Expr.Dim(weights, d), DType.INT64);
                differ = differ == null ? ne : new Expr.Logical(false, differ, ne);
            }
            // NumPy's errors, in its order of tests
            if (noAxis) raiseIf(differ, "TypeError", "Axis must be specified when shapes of a and weights differ.", pos);
            else if (wdim == 1) raiseIf(differ, "ValueError", "Length of weights not compatible with specified axis.", pos);
            else raiseIf(differ, "TypeError", "1D weights expected when shapes of a and weights differ.", pos);
        }
        return along(array, axisArg, DType.FLOAT64, t.ndim() - 1, name, k -> {
            Expr w = weights;
            if (wdim == 1) {
                raiseIf(TypedIr.compare(CmpOp.NE, new Expr.Dim(array, k), new Expr.Dim(weights, 0), DType.INT64),
                        "ValueError", "Length of weights not compatible with specified axis.", pos);
                // the weights along axis k, broadcast over the other axes
                for (int d = 0; d < t.ndim(); d++) if (d != k) w = ShapeCalls.expandDims(w, d, pos);
            }
            Type.Array lanes = Type.array(DType.FLOAT64, t.ndim() - 1, Layout.C);
            Expr scale = f.temp(new Expr.Reduce(ReduceOp.SUM, ArrayExpressions.lift(List.of(array, w),
                    e -> TypedIr.cast(e.get(1), DType.FLOAT64), pos), k, lanes, pos));
            Expr zero = ArrayExpressions.lift(List.of(scale), e -> TypedIr.compare(CmpOp.EQ, e.getFirst(),
                    TypedIr.constant(0.0, DType.FLOAT64), DType.FLOAT64), pos);
            raiseIf(reduce(ReduceOp.ANY, zero, DType.BOOL, pos), "ZeroDivisionError",
                    "Weights sum to zero, can't be normalized", pos);
            Expr sums = new Expr.Reduce(ReduceOp.SUM, ArrayExpressions.lift(List.of(array, w), e -> ExprLowering.scalarBinary(
                    BinaryOp.MUL, TypedIr.cast(e.getFirst(), DType.FLOAT64), TypedIr.cast(e.get(1), DType.FLOAT64),
                    DType.FLOAT64, pos), pos), k, lanes, pos);
            return ArrayExpressions.lift(List.of(sums, scale), e -> divide(e.getFirst(), e.get(1), DType.FLOAT64, pos), pos);
        }, () -> {
            Expr total = f.temp(TypedIr.cast(reduce(ReduceOp.SUM, weights, Promotion.sumType(dtype(weights)), pos),
                    DType.FLOAT64));
            raiseIf(TypedIr.compare(CmpOp.EQ, total, TypedIr.constant(0.0, DType.FLOAT64), DType.FLOAT64),
                    "ZeroDivisionError", "Weights sum to zero, can't be normalized", pos);
            return BuiltinPrelude.call(f, "average", List.of(array, weights, total), pos);
        }, pos);
    }

    /** Raises the named Python exception at the kernel line when cond holds. */
    private void raiseIf(Expr cond, String exception, String message, SourcePos pos) {
        Checks.raiseIf(f, cond, exception, message, pos);
    }

    private Expr scalar(PyExpr arg, String name) {
        return calls.scalar(arg, name);
    }

    private Expr integer(PyExpr arg, String name) {
        Expr e = scalar(arg, name);
        if (TypedIr.dtype(e).isFloat()) throw new TypingError(arg.pos(), name + "() expects an integer, got " + e.type());
        return TypedIr.cast(e, DType.INT64);
    }

    private Expr nanReduction(String q, Expr array, SourcePos pos) {
        DType d = dtype(array);
        return switch (q) {
            case "numpy.nansum" -> reduce(ReduceOp.SUM, withoutNaN(array, 0.0, pos), Promotion.sumType(d), pos);
            case "numpy.nanprod" -> reduce(ReduceOp.PROD, withoutNaN(array, 1.0, pos), Promotion.sumType(d), pos);
            case "numpy.nanmean" -> {
                DType m = ArrayCalls.reduceType(ReduceOp.MEAN, d);
                Expr sum = reduce(ReduceOp.SUM, ArrayExpressions.toDType(withoutNaN(array, 0.0, pos), m, pos), m, pos);
                yield divide(sum, count(array, pos), m, pos);
            }
            default -> {
                ComplexCalls.refuse(d, "np." + q.substring("numpy.".length()) + "()", pos);
                if (!d.isFloat()) yield reduce(q.equals("numpy.nanmin") ? ReduceOp.MIN : ReduceOp.MAX, array, d, pos);
                boolean min = q.equals("numpy.nanmin");
                Expr best = reduce(min ? ReduceOp.MIN : ReduceOp.MAX,
                        withoutNaN(array, min ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY, pos), d, pos);
                Expr allNaN = reduce(ReduceOp.ALL, isnan(array, pos), DType.BOOL, pos);
                yield new Expr.Select(allNaN, TypedIr.constant(Double.NaN, d), best, Type.scalar(d));
            }
        };
    }

    /** sum((x - mean)**2) / (n - ddof) in the mean's type, NaN elements left out when nan is set. */
    private Expr variance(Expr array, boolean nan, Expr ddof, SourcePos pos) {
        Expr a = f.temp(array);
        DType m = ArrayCalls.reduceType(ReduceOp.MEAN, dtype(a)), r = m.isComplex() ? m.part() : m;
        Expr values = ArrayExpressions.toDType(nan ? withoutNaN(a, 0.0, pos) : a, m, pos);
        Expr n = nan ? f.temp(count(a, pos)) : new Expr.Size(a);
        Expr mean = f.temp(divide(reduce(ReduceOp.SUM, values, m, pos), n, m, pos));
        Expr deviations = ArrayExpressions.lift(List.of(a, mean), e -> {
            Expr square = squaredDeviation(e.getFirst(), e.get(1), m, pos);
            return nan ? new Expr.Select(isnanElement(e.getFirst(), pos), TypedIr.constant(0.0, r), square, Type.scalar(r))
                    : square;
        }, pos);
        Expr dof = ExprLowering.scalarBinary(BinaryOp.SUB, n, ddof, DType.INT64, pos);
        return divide(reduce(ReduceOp.SUM, deviations, r, pos), dof, r, pos);
    }

    /** |x - mean|² in mean's type m, real: of complex values the sum of the parts' squares, as NumPy's var. */
    private static Expr squaredDeviation(Expr x, Expr mean, DType m, SourcePos pos) {
        Expr dev = ExprLowering.scalarBinary(BinaryOp.SUB, TypedIr.cast(x, m), mean, m, pos);
        if (!m.isComplex()) return ExprLowering.scalarBinary(BinaryOp.MUL, dev, dev, m, pos);
        Expr re = ComplexCalls.part(dev, "real", pos), im = ComplexCalls.part(dev, "imag", pos);
        DType r = m.part();
        return ExprLowering.scalarBinary(BinaryOp.ADD, ExprLowering.scalarBinary(BinaryOp.MUL, re, re, r, pos),
                ExprLowering.scalarBinary(BinaryOp.MUL, im, im, r, pos), r, pos);
    }

    /** 1 where an element is nonzero (true), else 0, as int64: summed, np.count_nonzero. */
    private static Expr nonzero(Expr array, SourcePos pos) {
        return ArrayExpressions.lift(List.of(array), e -> TypedIr.cast(TypedIr.truth(e.getFirst(), pos), DType.INT64), pos);
    }

    /** The number of elements that are not NaN, as int64. */
    private Expr count(Expr array, SourcePos pos) {
        if (!inexact(dtype(array))) return new Expr.Size(array);
        Expr kept = ArrayExpressions.lift(List.of(array), e -> TypedIr.cast(TypedIr.not(isnanElement(e.getFirst(), pos)),
                DType.INT64), pos);
        return reduce(ReduceOp.SUM, kept, DType.INT64, pos);
    }

    /** The array with NaN elements replaced by fill (integer arrays as they are). */
    private static Expr withoutNaN(Expr array, double fill, SourcePos pos) {
        DType d = dtype(array);
        if (!inexact(d)) return array;
        return ArrayExpressions.lift(List.of(array), e -> new Expr.Select(isnanElement(e.getFirst(), pos),
                TypedIr.constant(fill, d), e.getFirst(), Type.scalar(d)), pos);
    }

    private static Expr isnan(Expr array, SourcePos pos) {
        return ArrayExpressions.lift(List.of(array), e -> isnanElement(e.getFirst(), pos), pos);
    }

    private static Expr isnanElement(Expr x, SourcePos pos) {
        return TypedIr.compare(CmpOp.NE, x, x, TypedIr.dtype(x));
    }

    /** IEEE division in type d (0 / 0 is NaN, as NumPy's statistics of too few elements). */
    private static Expr divide(Expr num, Expr den, DType d, SourcePos pos) {
        if (d.isComplex()) return TypedIr.cast(ComplexCalls.apply(MathFn.C_TRUE_DIVIDE, List.of(num, den), pos), d);
        return MathFunctionTyping.apply(MathFn.TRUE_DIVIDE, List.of(num, den), d, pos);
    }

    /** op of all elements; of a complex array the prelude's loops ({@link ComplexReductions}: no complex lanes). */
    private Expr reduce(ReduceOp op, Expr array, DType result, SourcePos pos) {
        if (dtype(array).isComplex()) return ComplexReductions.whole(f, op, f.temp(array), pos);
        return new Expr.Reduce(op, array, null, Type.scalar(result), pos);
    }

    /** op along axis into an array of result's dtype; of a complex array the prelude's loops. */
    private Expr reduce(ReduceOp op, Expr array, int axis, DType result, SourcePos pos) {
        if (dtype(array).isComplex()) {
            return ComplexReductions.alongAxis(f, op, f.temp(array), axis, pos);
        }
        return new Expr.Reduce(op, array, axis, Type.array(result, ndim(array) - 1, Layout.C), pos);
    }

    /** Float or complex: the dtypes whose elements can be NaN. */
    private static boolean inexact(DType d) { return d.isFloat() || d.isComplex(); }

    private static DType dtype(Expr array) { return ((Type.Array) array.type()).dtype(); }

    private static int ndim(Expr array) { return ((Type.Array) array.type()).ndim(); }
}
