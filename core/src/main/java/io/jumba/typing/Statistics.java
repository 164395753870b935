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
import io.jumba.types.Type;

import java.util.List;
import java.util.Map;

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
            case "numpy.ptp" -> ptp(calls.array(calls.bind(c, name, List.of("a"), 1).get("a"), name), c.pos());
            case "numpy.count_nonzero" -> {
                Expr array = calls.array(calls.bind(c, name, List.of("a"), 1).get("a"), name);
                Expr nonzero = ArrayExpressions.lift(List.of(array), e -> TypedIr.cast(TypedIr.truth(e.getFirst(), c.pos()),
                        DType.INT64), c.pos());
                yield reduce(ReduceOp.SUM, nonzero, DType.INT64, c.pos());
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

    /** The methods {@code a.var(axis, ddof)}, {@code a.std(...)}, {@code a.cumsum()}, {@code a.cumprod()}; null for others. */
    Expr method(Expr receiver, String method, Call c) {
        String name = "array." + method;
        return switch (method) {
            case "var", "std" -> varianceCall(method.equals("std"), receiver, calls.bind(c, name, List.of("axis", "ddof"), 0),
                    name, c.pos());
            case "cumsum", "cumprod" -> cumulative("numpy." + method, receiver,
                    calls.bind(c, name, List.of("axis"), 0).get("axis"), name, c.pos());
            default -> null;
        };
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
        Type.Array t = (Type.Array) a.type();
        DType m = ArrayCalls.reduceType(ReduceOp.MEAN, t.dtype());
        Type.Array lanes = Type.array(m, t.ndim() - 1, io.jumba.types.Layout.C);
        Expr n = f.temp(new Expr.Dim(a, axis));
        Expr sum = new Expr.Reduce(ReduceOp.SUM, ArrayExpressions.toDType(a, m, pos), axis, lanes, pos);
        Expr mean = f.temp(ArrayExpressions.lift(List.of(sum, n), e -> divide(e.getFirst(), e.get(1), m, pos), pos));
        Expr deviations = ArrayExpressions.lift(List.of(a, ShapeCalls.expandDims(mean, axis, pos)), e -> {
            Expr dev = ExprLowering.scalarBinary(BinaryOp.SUB, TypedIr.cast(e.getFirst(), m), e.get(1), m, pos);
            return ExprLowering.scalarBinary(BinaryOp.MUL, dev, dev, m, pos);
        }, pos);
        Expr dof = f.temp(ExprLowering.scalarBinary(BinaryOp.SUB, n, ddof, DType.INT64, pos));
        Expr squares = new Expr.Reduce(ReduceOp.SUM, deviations, axis, lanes, pos);
        return ArrayExpressions.lift(List.of(squares, dof), e -> divide(e.getFirst(), e.get(1), m, pos), pos);
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
        String variant = ((Type.Array) flat.type()).dtype().isFloat() ? "_float" : "_int";
        return BuiltinPrelude.call(f, (q.endsWith("cumsum") ? "cumsum" : "cumprod") + variant, List.of(flat), pos);
    }

    private Expr ptp(Expr array, SourcePos pos) {
        Expr a = f.temp(array);
        DType d = dtype(a);
        return ExprLowering.scalarBinary(BinaryOp.SUB, reduce(ReduceOp.MAX, a, d, pos),
                reduce(ReduceOp.MIN, a, d, pos), d.isBool() ? DType.INT64 : d, pos);
    }

    /**
     * The statistics compiled from Python ({@link BuiltinPrelude}): loops over a 1-d array (cumsum, cumprod, diff),
     * or over a sorted float64 copy (median, percentile, quantile: NumPy's linear method), and weighted average.
     */
    private Expr sorted(String function, String name, Call c) {
        // the nan* forms are the plain ones over the elements that are not NaN
        boolean skipNaN = function.startsWith("numpy.nan");
        String q = skipNaN ? "numpy." + function.substring("numpy.nan".length()) : function;
        List<String> params = switch (q) {
            case "numpy.diff" -> List.of("a", "n");
            case "numpy.percentile", "numpy.quantile" -> List.of("a", "q");
            case "numpy.average" -> List.of("a", "weights");
            default -> List.of("a");
        };
        Map<String, PyExpr> a = calls.bind(c, name, params, q.equals("numpy.percentile") || q.equals("numpy.quantile") ? 2 : 1);
        Expr array = calls.array(a.get("a"), name);
        Type.Array t = (Type.Array) array.type();
        boolean flattens = !q.equals("numpy.diff") && !a.containsKey("weights");
        if (t.ndim() != 1 && flattens) {
            // NumPy computes these over the flattened array when no axis is given.
            array = ShapeCalls.ravel(array, c.pos());
            t = (Type.Array) array.type();
        }
        if (t.ndim() != 1 || t.dtype().isBool()) {
            throw new TypingError(c.pos(), name + "() is supported on 1-d numeric arrays here, got " + t);
        }
        if (skipNaN) array = BuiltinPrelude.call(f, "without_nan", List.of(array), c.pos());
        return switch (q) {
            case "numpy.median" -> BuiltinPrelude.call(f, "median", List.of(array), c.pos());
            case "numpy.diff" -> {
                Expr n = f.temp(a.containsKey("n") ? integer(a.get("n"), name) : TypedIr.i64(1));
                raiseIf(TypedIr.compare(CmpOp.LT, n, TypedIr.i64(0), DType.INT64), "ValueError",
                        "order must be non-negative", c.pos());
                yield BuiltinPrelude.call(f, "diff", List.of(f.temp(array), n), c.pos());
            }
            case "numpy.average" -> {
                if (!a.containsKey("weights")) yield new Expr.Reduce(ReduceOp.MEAN, array, null,
                        Type.scalar(ArrayCalls.reduceType(ReduceOp.MEAN, t.dtype())), c.pos());
                Expr values = f.temp(array), weights = f.temp(calls.array(a.get("weights"), name));
                if (((Type.Array) weights.type()).ndim() != 1) {
                    throw new TypingError(c.pos(), name + "() expects 1-d weights here, got " + weights.type());
                }
                raiseIf(TypedIr.compare(CmpOp.NE, new Expr.Dim(values, 0), new Expr.Dim(weights, 0), DType.INT64),
                        "ValueError", "Length of weights not compatible with specified axis.", c.pos());
                Expr total = f.temp(TypedIr.cast(reduce(ReduceOp.SUM, weights, Promotion.sumType(dtype(weights)), c.pos()),
                        DType.FLOAT64));
                raiseIf(TypedIr.compare(CmpOp.EQ, total, TypedIr.constant(0.0, DType.FLOAT64), DType.FLOAT64),
                        "ZeroDivisionError", "Weights sum to zero, can't be normalized", c.pos());
                yield BuiltinPrelude.call(f, "average", List.of(values, weights, total), c.pos());
            }
            default -> {
                boolean percent = q.equals("numpy.percentile");
                Expr share = f.temp(TypedIr.cast(scalar(a.get("q"), name), DType.FLOAT64));
                double top = percent ? 100.0 : 1.0;
                raiseIf(new Expr.Logical(false, TypedIr.compare(CmpOp.LT, share, TypedIr.constant(0.0, DType.FLOAT64), DType.FLOAT64),
                        TypedIr.compare(CmpOp.GT, share, TypedIr.constant(top, DType.FLOAT64), DType.FLOAT64)), "ValueError",
                        (percent ? "Percentiles must be in the range [0, 100]" : "Quantiles must be in the range [0, 1]"), c.pos());
                if (percent) share = divide(share, TypedIr.constant(100.0, DType.FLOAT64), DType.FLOAT64, c.pos());
                yield BuiltinPrelude.call(f, "quantile", List.of(f.temp(array), share), c.pos());
            }
        };
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
        DType m = ArrayCalls.reduceType(ReduceOp.MEAN, dtype(a));
        Expr values = ArrayExpressions.toDType(nan ? withoutNaN(a, 0.0, pos) : a, m, pos);
        Expr n = nan ? f.temp(count(a, pos)) : new Expr.Size(a);
        Expr mean = f.temp(divide(reduce(ReduceOp.SUM, values, m, pos), n, m, pos));
        Expr deviations = ArrayExpressions.lift(List.of(a, mean), e -> {
            Expr x = TypedIr.cast(e.getFirst(), m);
            Expr dev = ExprLowering.scalarBinary(BinaryOp.SUB, x, e.get(1), m, pos);
            Expr square = ExprLowering.scalarBinary(BinaryOp.MUL, dev, dev, m, pos);
            return nan ? new Expr.Select(isnanElement(x, pos), TypedIr.constant(0.0, m), square, Type.scalar(m)) : square;
        }, pos);
        Expr dof = ExprLowering.scalarBinary(BinaryOp.SUB, n, ddof, DType.INT64, pos);
        return divide(reduce(ReduceOp.SUM, deviations, m, pos), dof, m, pos);
    }

    /** The number of elements that are not NaN, as int64. */
    private static Expr count(Expr array, SourcePos pos) {
        if (!dtype(array).isFloat()) return new Expr.Size(array);
        Expr kept = ArrayExpressions.lift(List.of(array), e -> TypedIr.cast(TypedIr.not(isnanElement(e.getFirst(), pos)),
                DType.INT64), pos);
        return reduce(ReduceOp.SUM, kept, DType.INT64, pos);
    }

    /** The array with NaN elements replaced by fill (integer arrays as they are). */
    private static Expr withoutNaN(Expr array, double fill, SourcePos pos) {
        DType d = dtype(array);
        if (!d.isFloat()) return array;
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
        return MathFunctionTyping.apply(MathFn.TRUE_DIVIDE, List.of(num, den), d, pos);
    }

    private static Expr reduce(ReduceOp op, Expr array, DType result, SourcePos pos) {
        return new Expr.Reduce(op, array, null, Type.scalar(result), pos);
    }

    private static DType dtype(Expr array) { return ((Type.Array) array.type()).dtype(); }
}
