package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.List;
import java.util.Map;

/**
 * NumPy's functions that pick elements of the flattened array(s) into a new 1-d array: np.delete (an integer or an
 * integer array of positions, no axis, as Numba), np.extract and np.intersect1d (sorted common values, as Numba: no
 * assume_unique or return_indices), compiled from Python ({@link BuiltinPrelude}) after the checks here.
 */
final class ElementSelection {
    private final FunctionTyping f;
    private final ExprLowering exprs;
    private final ArrayCalls calls;

    ElementSelection(FunctionTyping f, ExprLowering exprs, ArrayCalls calls) {
        this.f = f;
        this.exprs = exprs;
        this.calls = calls;
    }

    /** The function q names, or null when q is none of them. */
    Expr call(String q, Call c) {
        String name = q.replace("numpy.", "np.");
        return switch (q) {
            case "numpy.delete" -> delete(c, name);
            case "numpy.extract" -> extract(c, name);
            case "numpy.intersect1d" -> intersect(c, name);
            default -> null;
        };
    }

    /** np.delete(arr, obj): arr flattened without the positions obj names (each once); IndexError outside [-n, n). */
    private Expr delete(Call c, String name) {
        Map<String, PyExpr> a = calls.bind(c, name, List.of("arr", "obj"), 2);
        Expr flat = f.temp(ShapeCalls.ravel(calls.array(a.get("arr"), name), c.pos()));
        Expr n = f.temp(new Expr.Dim(flat, 0));
        Expr obj = exprs.lower(a.get("obj"));
        Expr positions = switch (obj.type()) {
            case Type.Scalar s when s.dtype().isInteger() && !s.dtype().isBool() ->
                    prelude("one_position", List.of(TypedIr.cast(obj, DType.INT64)), c.pos());
            case Type.Array t when t.dtype().isInteger() && !t.dtype().isBool() && t.ndim() <= 1 ->
                    ArrayExpressions.toDType(ShapeCalls.ravel(obj, c.pos()), DType.INT64, c.pos());
            default -> throw new TypingError(a.get("obj").pos(), name + "() expects obj as an integer or a 1-d integer array"
                    + " (as Numba), got " + obj.type());
        };
        positions = f.temp(positions);
        Expr bad = f.temp(prelude("index_outside", List.of(positions, n), c.pos()));
        Checks.raiseIf(f, TypedIr.compare(CmpOp.GE, bad, TypedIr.i64(0), DType.INT64), "IndexError",
                "index {} is out of bounds for axis 0 with size {}",
                List.of(new Expr.Load(positions, List.of(bad), c.pos()), n), c.pos());
        return prelude("delete", List.of(flat, positions), c.pos());
    }

    /**
     * np.extract(condition, arr): the elements of arr (flattened) where condition (flattened) is nonzero; condition may
     * be shorter than arr, and a nonzero element past arr's end is NumPy's IndexError.
     */
    private Expr extract(Call c, String name) {
        Map<String, PyExpr> a = calls.bind(c, name, List.of("condition", "arr"), 2);
        Expr condition = f.temp(ShapeCalls.ravel(calls.array(a.get("condition"), name), c.pos()));
        Expr flat = f.temp(ShapeCalls.ravel(calls.array(a.get("arr"), name), c.pos()));
        Expr n = f.temp(new Expr.Dim(flat, 0));
        Expr past = f.temp(prelude("nonzero_from", List.of(condition, n), c.pos()));
        Checks.raiseIf(f, TypedIr.compare(CmpOp.GE, past, TypedIr.i64(0), DType.INT64), "IndexError",
                "index {} is out of bounds for axis 0 with size {}", List.of(past, n), c.pos());
        return prelude("extract", List.of(condition, flat), c.pos());
    }

    /** np.intersect1d(ar1, ar2): the sorted values both hold, each once (NaN never equals itself, so never appears). */
    private Expr intersect(Call c, String name) {
        Map<String, PyExpr> a = calls.bind(c, name, List.of("ar1", "ar2"), 2);
        Expr first = calls.array(a.get("ar1"), name);
        Expr second = calls.array(a.get("ar2"), name);
        DType d = DType.promote(((Type.Array) first.type()).dtype(), ((Type.Array) second.type()).dtype());
        if (d.isComplex()) throw new TypingError(c.pos(), name + "() of complex arrays is not supported (Jumba sorts real values)");
        Expr x = f.temp(ArrayExpressions.toDType(ShapeCalls.ravel(first, c.pos()), d, c.pos()));
        Expr y = f.temp(ArrayExpressions.toDType(ShapeCalls.ravel(second, c.pos()), d, c.pos()));
        return prelude("intersect1d", List.of(x, y), c.pos());
    }

    private Expr prelude(String function, List<Expr> args, SourcePos pos) {
        return BuiltinPrelude.call(f, function, args, pos);
    }
}
