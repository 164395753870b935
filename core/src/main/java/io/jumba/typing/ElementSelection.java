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
 * NumPy's functions that pick elements of the flattened array(s) into a new 1-d array: np.delete (an integer or an
 * integer array of positions, no axis, as Numba), np.extract and np.intersect1d (sorted common values, as Numba: no
 * assume_unique or return_indices), compiled from Python ({@link BuiltinPrelude}) after the checks here; and
 * np.select of list or tuple literals, elementwise: the choice of the first true condition, else the default.
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
            case "numpy.select" -> select(c, name);
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

    /**
     * np.select(condlist, choicelist, default=0) with the lists written as list or tuple literals of arrays:
     * {@code where(c0, x0, where(c1, x1, ... default))}, in the dtype of the choices and default promoted (NumPy's).
     */
    private Expr select(Call c, String name) {
        Map<String, PyExpr> a = calls.bind(c, name, List.of("condlist", "choicelist", "default"), 2);
        List<PyExpr> conditions = literal(a.get("condlist"), name);
        List<PyExpr> choices = literal(a.get("choicelist"), name);
        if (conditions.size() != choices.size()) {
            throw new TypingError(c.pos(), name + "(): list of cases must be same length as list of conditions");
        }
        if (conditions.isEmpty()) throw new TypingError(c.pos(), name + "(): select with an empty condition list is not possible");
        List<Expr> conds = conditions.stream().map(p -> f.temp(exprs.lower(p))).toList();
        List<Expr> values = choices.stream().map(p -> f.temp(exprs.lower(p))).toList();
        for (int i = 0; i < conds.size(); i++) {
            if (!(conds.get(i).type() instanceof Type.Array t) || !t.dtype().isBool()) {
                throw new TypingError(conditions.get(i).pos(), name + "(): invalid entry " + i + " in condlist: should be boolean"
                        + " ndarray, got " + conds.get(i).type());
            }
        }
        Expr result = a.containsKey("default") ? f.temp(exprs.lower(a.get("default"))) : TypedIr.i64(0);
        List<Expr> all = new ArrayList<>(values);
        all.add(result);
        DType d = weakScalarType(all, c.pos());
        result = ArrayExpressions.toDType(result, d, c.pos());
        for (int i = conds.size() - 1; i >= 0; i--) {
            result = f.temp(ArrayExpressions.where(conds.get(i), ArrayExpressions.toDType(values.get(i), d, c.pos()), result, c.pos()));
        }
        return result;
    }

    /**
     * NumPy 2's result type of select's choices and default, where numbers are Python scalars (weak): the arrays'
     * dtypes promoted, and a number only lifts the kind (bool, integer, float, complex) they reach, in their
     * precision; numbers alone promote among themselves.
     */
    private static DType weakScalarType(List<Expr> values, SourcePos pos) {
        DType arrays = null;
        DType numbers = null;
        for (Expr v : values) {
            DType e = ArrayExpressions.elementType(v, pos);
            if (v.type() instanceof Type.Array) arrays = arrays == null ? e : DType.promote(arrays, e);
            else numbers = numbers == null ? e : DType.promote(numbers, e);
        }
        if (arrays == null) return numbers;
        if (numbers == null || kind(numbers) <= kind(arrays)) return arrays;
        if (numbers.isComplex()) return arrays == DType.FLOAT32 ? DType.COMPLEX64 : DType.COMPLEX128;
        return numbers.isFloat() ? DType.FLOAT64 : DType.INT64;
    }

    private static int kind(DType d) {
        if (d.isBool()) return 0;
        if (d.isInteger()) return 1;
        return d.isFloat() ? 2 : 3;
    }

    private static List<PyExpr> literal(PyExpr arg, String name) {
        return switch (arg) {
            case PyExpr.ListLit l -> l.elements();
            case PyExpr.Tuple t -> t.elements();
            default -> throw new TypingError(arg.pos(), name + "() takes its condition and choice lists written as list or"
                    + " tuple literals here");
        };
    }
}
