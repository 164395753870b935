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
 * gives NaN, as NumPy).
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
            case "numpy.var", "numpy.std", "numpy.nanvar", "numpy.nanstd" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "ddof"), 1);
                Expr array = calls.array(a.get("a"), name);
                Expr ddof = a.containsKey("ddof") ? exprs.lower(a.get("ddof")) : TypedIr.i64(0);
                if (!(ddof.type() instanceof Type.Scalar s) || s.dtype().isFloat()) {
                    throw new TypingError(c.pos(), name + "() expects an integer ddof, got " + ddof.type());
                }
                Expr v = variance(array, q.contains("nan"), ddof, c.pos());
                yield q.endsWith("std") ? MathFunctionTyping.apply(MathFn.SQRT, List.of(v), TypedIr.dtype(v), c.pos()) : v;
            }
            case "numpy.ptp" -> {
                Expr array = f.temp(calls.array(calls.bind(c, name, List.of("a"), 1).get("a"), name));
                DType d = dtype(array);
                yield ExprLowering.scalarBinary(BinaryOp.SUB, reduce(ReduceOp.MAX, array, d, c.pos()),
                        reduce(ReduceOp.MIN, array, d, c.pos()), d.isBool() ? DType.INT64 : d, c.pos());
            }
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
            default -> null;
        };
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
