package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.ShapeOp;
import io.jumba.ir.ReduceOp;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.List;
import java.util.Map;

/**
 * {@code np.random.dirichlet(alpha, size)} and {@code np.random.multinomial(n, pvals, size)}: array-valued draws,
 * one row of k values per sample, from NumPy's legacy loops over standard_gamma and binomial draws (prelude
 * functions), so the streams are NumPy's. alpha and pvals are 1-d arrays; size is None (one row, a 1-d result), an
 * integer or a tuple of integers (a result of shape {@code size + (k,)}). NumPy's ValueErrors come first, at the
 * kernel line.
 */
final class RandomVectors {
    private final FunctionTyping f;
    private final ArrayCalls arrays;

    RandomVectors(FunctionTyping f, ArrayCalls arrays) {
        this.f = f;
        this.arrays = arrays;
    }

    /** dirichlet or multinomial (name without the module). */
    Expr call(String name, Call c) {
        String n = "np.random." + name;
        SourcePos pos = c.pos();
        if (name.equals("dirichlet")) {
            Map<String, PyExpr> a = arrays.bind(c, n, List.of("alpha", "size"), 1);
            Expr alpha = f.temp(parameters(a.get("alpha"), n));
            Expr nonPositive = ArrayExpressions.lift(List.of(alpha),
                    e -> TypedIr.compare(CmpOp.LE, e.getFirst(), TypedIr.constant(0.0, DType.FLOAT64), DType.FLOAT64), pos);
            Checks.raiseIf(f, any(nonPositive, pos), "ValueError", "alpha <= 0", pos);
            return rows("dirichlet", List.of(alpha), a.get("size"), n, pos);
        }
        Map<String, PyExpr> a = arrays.bind(c, n, List.of("n", "pvals", "size"), 2);
        Expr trials = f.temp(arrays.integer(a.get("n"), n));
        Expr pvals = f.temp(parameters(a.get("pvals"), n));
        Checks.raiseIf(f, TypedIr.compare(CmpOp.LT, trials, TypedIr.i64(0), DType.INT64), "ValueError", "n < 0", pos);
        Expr outside = ArrayExpressions.lift(List.of(pvals), e -> TypedIr.not(new Expr.Logical(true,
                TypedIr.compare(CmpOp.GE, e.getFirst(), TypedIr.constant(0.0, DType.FLOAT64), DType.FLOAT64),
                TypedIr.compare(CmpOp.LE, e.getFirst(), TypedIr.constant(1.0, DType.FLOAT64), DType.FLOAT64))), pos);
        Checks.raiseIf(f, any(outside, pos), "ValueError", "pvals < 0, pvals > 1 or pvals contains NaNs", pos);
        Expr head = BuiltinPrelude.call(f, "kahan_sum_head", List.of(pvals), pos);
        Checks.raiseIf(f, TypedIr.compare(CmpOp.GT, head, TypedIr.constant(1.0 + 1e-12, DType.FLOAT64), DType.FLOAT64),
                "ValueError", "sum(pvals[:-1]) > 1.0", pos);
        return rows("multinomial", List.of(trials, pvals), a.get("size"), n, pos);
    }

    /**
     * The prelude's rows of draws: one row as a 1-d array when size is None, else one row per element of size (an int
     * or a tuple of ints), the result of shape {@code size + (k,)}.
     */
    private Expr rows(String function, List<Expr> args, PyExpr size, String n, SourcePos pos) {
        boolean one = size == null || size instanceof PyExpr.NoneLit;
        List<Expr> shape = one ? List.of() : arrays.shape(size, n).stream().map(f::temp).toList();
        Expr count = TypedIr.i64(1);
        for (Expr d : shape) {
            Checks.raiseIf(f, TypedIr.compare(CmpOp.LT, d, TypedIr.i64(0), DType.INT64), "ValueError",
                    "negative dimensions are not allowed", pos);
            count = TypedIr.binary(BinOp.MUL, count, d, DType.INT64, pos);
        }
        List<Expr> all = new java.util.ArrayList<>(args);
        all.add(f.temp(count));
        // drawn now, as a statement: an expression left in place would draw after calls to its right ((a, b) tuples)
        Expr drawn = f.temp(BuiltinPrelude.call(f, function, all, pos));
        if (one) return ArrayIndexing.view(drawn, List.of(new Expr.IndexSpec.At(TypedIr.i64(0))), pos);
        if (shape.size() == 1) return drawn;
        List<Expr> full = new java.util.ArrayList<>(shape);
        full.add(new Expr.Dim(drawn, 1));
        Type.Array t = (Type.Array) drawn.type();
        return new Expr.ShapeView(ShapeOp.RESHAPE, drawn, full, Type.array(t.dtype(), full.size(), Layout.C), pos);
    }

    /** alpha or pvals: a 1-d array, as float64. */
    private Expr parameters(PyExpr arg, String n) {
        Expr e = arrays.array(arg, n);
        Type.Array t = (Type.Array) e.type();
        if (t.ndim() != 1 || t.dtype().isComplex()) {
            throw new TypingError(arg.pos(), n + "() expects a 1-d array of real numbers, got " + t);
        }
        return ArrayExpressions.toDType(e, DType.FLOAT64, arg.pos());
    }

    private static Expr any(Expr mask, SourcePos pos) {
        return new Expr.Reduce(ReduceOp.ANY, mask, null, Type.scalar(DType.BOOL), pos);
    }
}
