package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * np.cross and Numba's {@code numba.np.extensions.cross2d} of vectors along the last axis (arrays, tuples or lists,
 * as np.asarray takes them; stacks broadcast), in the operands' promoted dtype, compiled from Python
 * ({@link BuiltinPrelude}). As Numba 0.56: np.cross takes 3-vectors, or a 3-vector and a 2-vector (whose third
 * element is 0: NumPy's formulas, which leave it out rather than multiply by it), and two 2-vectors are a ValueError
 * that names cross2d; cross2d takes 2-vectors only and gives the z component, a 0-d array for two 1-d vectors.
 */
final class CrossProducts {
    private final FunctionTyping f;
    private final ExprLowering exprs;
    private final ArrayCalls calls;

    CrossProducts(FunctionTyping f, ExprLowering exprs, ArrayCalls calls) {
        this.f = f;
        this.exprs = exprs;
        this.calls = calls;
    }

    /** The product q names, or null when q is neither. */
    Expr call(String q, Call c) {
        boolean planar = q.equals("numba.np.extensions.cross2d");
        if (!planar && !q.equals("numpy.cross")) return null;
        String name = planar ? "cross2d" : "np.cross";
        Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "b"), 2);
        Expr x = vectors(a.get("a"), name), y = vectors(a.get("b"), name);
        DType d = DType.promote(((Type.Array) x.type()).dtype(), ((Type.Array) y.type()).dtype());
        x = f.temp(ArrayExpressions.toDType(x, d, c.pos()));
        y = f.temp(ArrayExpressions.toDType(y, d, c.pos()));
        Expr m = f.temp(last(x)), n = f.temp(last(y));
        SourcePos pos = c.pos();
        // the stacks broadcast (ValueError at the call otherwise, NumPy's words)
        new BroadcastCalls(f, exprs, calls).common(List.of(stack(x), stack(y)), pos);
        if (planar) {
            Checks.raiseIf(f, either(TypedIr.compare(CmpOp.NE, m, TypedIr.i64(2), DType.INT64),
                    TypedIr.compare(CmpOp.NE, n, TypedIr.i64(2), DType.INT64)), "ValueError",
                    "Incompatible dimensions for 2D cross product\n(dimension must be 2 for both inputs)", pos);
            return BuiltinPrelude.call(f, "cross2d", List.of(x, y), pos);
        }
        Checks.raiseIf(f, either(notPlanarOrSpatial(m), notPlanarOrSpatial(n)), "ValueError",
                "Incompatible dimensions for cross product\n(dimension must be 2 or 3)", pos);
        Checks.raiseIf(f, new Expr.Logical(true, TypedIr.compare(CmpOp.EQ, m, TypedIr.i64(2), DType.INT64),
                        TypedIr.compare(CmpOp.EQ, n, TypedIr.i64(2), DType.INT64)), "ValueError",
                "Dimensions for both inputs is 2.\nPlease replace your numpy.cross(a, b) call with a call to `cross2d(a, b)`"
                        + " from `numba.np.extensions`.", pos);
        return BuiltinPrelude.call(f, "cross", List.of(x, y), pos);
    }

    /** An operand as np.asarray makes it: a numeric array of one dimension or more (a TypingError otherwise). */
    private Expr vectors(PyExpr arg, String name) {
        Expr e = new CreationCalls(f, exprs, calls).asArray(false, arg, null, name, arg.pos());
        Type.Array t = (Type.Array) e.type();
        if (t.ndim() == 0) throw new TypingError(arg.pos(), name + "() expects vectors along the last axis, got a 0-d array");
        if (t.dtype().isBool()) throw new TypingError(arg.pos(), name + "() of bool arrays is not supported (NumPy cannot subtract bools)");
        return e;
    }

    /** The lengths of the array's axes but the last: its shape as a stack of vectors. */
    private static List<Expr> stack(Expr array) {
        List<Expr> dims = new ArrayList<>();
        for (int d = 0; d < ((Type.Array) array.type()).ndim() - 1; d++) dims.add(new Expr.Dim(array, d));
        return dims;
    }

    private static Expr last(Expr array) {
        return new Expr.Dim(array, ((Type.Array) array.type()).ndim() - 1);
    }

    private static Expr notPlanarOrSpatial(Expr length) {
        return new Expr.Logical(true, TypedIr.compare(CmpOp.NE, length, TypedIr.i64(2), DType.INT64),
                TypedIr.compare(CmpOp.NE, length, TypedIr.i64(3), DType.INT64));
    }

    private static Expr either(Expr l, Expr r) {
        return new Expr.Logical(false, l, r);
    }
}
