package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * NumPy's functions that build an array from another or fill one in place: vander ({@code N=}, {@code increasing=}),
 * ediff1d ({@code to_end=}, {@code to_begin=}), fill_diagonal ({@code wrap=}; N-d arrays of equal dimensions) and
 * roots (Numba's: real results), compiled from Python
 * ({@link BuiltinPrelude}) after the argument checks here.
 */
final class ArrayBuilding {
    private final FunctionTyping f;
    private final ExprLowering exprs;
    private final ArrayCalls calls;

    ArrayBuilding(FunctionTyping f, ExprLowering exprs, ArrayCalls calls) {
        this.f = f;
        this.exprs = exprs;
        this.calls = calls;
    }

    /** The function q names, or null when q is none of them. */
    Expr call(String q, Call c) {
        String name = q.replace("numpy.", "np.");
        return switch (q) {
            case "numpy.vander" -> vander(c, name);
            case "numpy.ediff1d" -> ediff1d(c, name);
            case "numpy.fill_diagonal" -> fillDiagonal(c, name);
            case "numpy.roots" -> roots(c, name);
            default -> null;
        };
    }

    /**
     * np.roots as Numba computes it: the eigenvalues of the companion matrix in the coefficients' float type (integers
     * as float64), so complex roots are eig's ValueError, as Numba's "domain change".
     */
    private Expr roots(Call c, String name) {
        Expr p = calls.array(calls.bind(c, name, List.of("p"), 1).get("p"), name);
        Type.Array t = (Type.Array) p.type();
        if (t.ndim() != 1) throw new TypingError(c.pos(), name + "(): Input must be a 1d array.");
        if (t.dtype().isComplex() || t.dtype().isBool()) {
            throw new TypingError(c.pos(), name + "() supports integer and float arrays here, got " + t.dtype());
        }
        DType d = t.dtype().isFloat() ? t.dtype() : DType.FLOAT64;
        return BuiltinPrelude.call(f, "roots", List.of(ArrayExpressions.toDType(p, d, c.pos())), c.pos());
    }

    private Expr vander(Call c, String name) {
        Map<String, PyExpr> a = calls.bind(c, name, List.of("x", "N", "increasing"), 1);
        Expr x = calls.array(a.get("x"), name);
        Type.Array t = (Type.Array) x.type();
        if (t.ndim() != 1) throw new TypingError(a.get("x").pos(), name + "(): x must be a one-dimensional array or sequence.");
        if (t.dtype().isComplex()) throw new TypingError(a.get("x").pos(), name + "() supports real arrays here, got " + t.dtype());
        // NumPy's promote_types(x.dtype, int): bool and small integers widen to int64, float32 to float64
        DType d = DType.promote(t.dtype(), DType.INT64);
        x = f.temp(ArrayExpressions.toDType(x, d, c.pos()));
        Expr n = a.containsKey("N") && !(a.get("N") instanceof PyExpr.NoneLit) ? f.temp(calls.integer(a.get("N"), name)) : new Expr.Dim(x, 0);
        Checks.raiseIf(f, TypedIr.compare(CmpOp.LT, n, TypedIr.i64(0), DType.INT64), "ValueError", "Negative dimensions are not allowed", c.pos());
        Expr increasing = a.containsKey("increasing") ? TypedIr.truth(exprs.lower(a.get("increasing")), c.pos())
                : TypedIr.constant(false, DType.BOOL);
        return BuiltinPrelude.call(f, "vander", List.of(x, n, increasing), c.pos());
    }

    private Expr ediff1d(Call c, String name) {
        Map<String, PyExpr> a = calls.bind(c, name, List.of("ary", "to_end", "to_begin"), 1);
        Expr ary = calls.array(a.get("ary"), name);
        DType d = ((Type.Array) ary.type()).dtype();
        if (d.isBool()) throw new TypingError(a.get("ary").pos(), name + "(): Boolean dtype is unsupported (as per NumPy)");
        Expr flat = f.temp(prelude("raveled", List.of(ary), c.pos()));
        Expr end = ends(a.get("to_end"), flat, d, "to_end", name, c.pos());
        Expr begin = ends(a.get("to_begin"), flat, d, "to_begin", name, c.pos());
        return prelude("ediff1d", List.of(flat, begin, end), c.pos());
    }

    /** to_end or to_begin as a 1-d array of d: none, one number, or an array's elements flattened. */
    private Expr ends(PyExpr arg, Expr flat, DType d, String param, String name, SourcePos pos) {
        if (arg == null || arg instanceof PyExpr.NoneLit) return prelude("no_elements", List.of(flat), pos);
        Expr e = exprs.lower(arg);
        DType from = ArrayExpressions.elementType(e, arg.pos());
        if (!sameKind(from, d)) {
            throw new TypingError(arg.pos(), name + "(): dtype of " + param + " must be compatible with input ary under the "
                    + "same_kind rule (" + from + " into " + d + ")");
        }
        if (e.type() instanceof Type.Scalar) return prelude("one_element", List.of(TypedIr.cast(e, d), flat), arg.pos());
        return prelude("raveled", List.of(ArrayExpressions.toDType(e, d, arg.pos())), arg.pos());
    }

    /** NumPy's {@code can_cast(from, to, 'same_kind')}: to a kind at least as high (bool, unsigned, signed, float, complex). */
    private static boolean sameKind(DType from, DType to) {
        return kind(from) <= kind(to);
    }

    private static int kind(DType d) {
        if (d.isBool()) return 0;
        if (d.isUnsigned()) return 1;
        if (d.isInteger()) return 2;
        return d.isFloat() ? 3 : 4;
    }

    private Expr fillDiagonal(Call c, String name) {
        Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "val", "wrap"), 2);
        Expr array = f.temp(calls.array(a.get("a"), name));
        Type.Array t = (Type.Array) array.type();
        if (t.ndim() < 2) throw new TypingError(a.get("a").pos(), name + "(): The first argument must be at least 2-D (found " + t.ndim() + "-D)");
        Expr val = exprs.lower(a.get("val"));
        Expr values = switch (val.type()) {
            case Type.Scalar s -> prelude("one_element", List.of(TypedIr.cast(val, t.dtype()), array), c.pos());
            case Type.Array v -> prelude("raveled", List.of(ArrayExpressions.toDType(val, t.dtype(), c.pos())), c.pos());
            default -> throw new TypingError(a.get("val").pos(), name + "() expects val as a number or an array, got " + val.type());
        };
        values = f.temp(values);
        Expr wrap = a.containsKey("wrap") ? TypedIr.truth(exprs.lower(a.get("wrap")), c.pos()) : TypedIr.constant(false, DType.BOOL);
        if (t.ndim() > 2) return fillCubeDiagonal(array, values, c.pos());
        return prelude("fill_diagonal", List.of(array, values, wrap), c.pos());
    }

    /**
     * fill_diagonal of an N-d array (N > 2) whose dimensions are all equal (ValueError otherwise, NumPy's words):
     * NumPy's flat step {@code 1 + n + n² + ...} lands on {@code a[i, ..., i]}, and wrap does not apply; the values
     * cycle, an empty values assigns nothing.
     */
    private Expr fillCubeDiagonal(Expr array, Expr values, SourcePos pos) {
        int ndim = ((Type.Array) array.type()).ndim();
        Expr n = f.temp(new Expr.Dim(array, 0));
        Expr unequal = TypedIr.compare(CmpOp.NE, new Expr.Dim(array, 1), n, DType.INT64);
        for (int d = 2; d < ndim; d++) {
            unequal = new Expr.Logical(false, unequal, TypedIr.compare(CmpOp.NE, new Expr.Dim(array, d), n, DType.INT64));
        }
        Checks.raiseIf(f, unequal, "ValueError", "All dimensions of input must be of equal length", pos);
        Expr count = f.temp(new Expr.Dim(values, 0));
        Expr places = new Expr.Select(TypedIr.compare(CmpOp.GT, count, TypedIr.i64(0), DType.INT64), n, TypedIr.i64(0), Type.INT64);
        Var i = f.freshVar(Type.INT64);
        Expr at = new Expr.Local(i);
        Expr value = new Expr.Load(values, List.of(TypedIr.binary(BinOp.MOD, at, count, DType.INT64, pos)), pos);
        f.emit(new Stmt.ForRange(i, TypedIr.i64(0), places, TypedIr.i64(1),
                List.of(new Stmt.Store(array, Collections.nCopies(ndim, at), value, pos)), false, pos));
        return new Expr.NoneValue();
    }

    private Expr prelude(String function, List<Expr> args, SourcePos pos) {
        return BuiltinPrelude.call(f, function, args, pos);
    }
}
