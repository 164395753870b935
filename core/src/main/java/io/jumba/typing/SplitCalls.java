package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Expr.IndexSpec;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * np.split and np.array_split ({@code axis=} constant): views of consecutive pieces along the axis, as a tuple (Numba
 * gives a list), so the number of pieces must be known when the kernel compiles: a constant number of sections, or
 * the split points written as a tuple or list literal (their values may be run-time integers; each piece is NumPy's
 * slice {@code [start:end]}, negative points counted from the end).
 */
final class SplitCalls {
    private final FunctionTyping f;
    private final ExprLowering exprs;
    private final ArrayCalls calls;

    SplitCalls(FunctionTyping f, ExprLowering exprs, ArrayCalls calls) {
        this.f = f;
        this.exprs = exprs;
        this.calls = calls;
    }

    /** The function q names, or null when q is neither. */
    Expr call(String q, Call c) {
        if (!q.equals("numpy.split") && !q.equals("numpy.array_split")) return null;
        String name = q.replace("numpy.", "np.");
        Map<String, PyExpr> a = calls.bind(c, name, List.of("ary", "indices_or_sections", "axis"), 2);
        Expr array = f.temp(calls.array(a.get("ary"), name));
        int ndim = ((Type.Array) array.type()).ndim();
        if (ndim == 0) throw new TypingError(a.get("ary").pos(), name + "() of a 0-d array: there is no axis to split");
        int axis = a.containsKey("axis") ? Axes.normalize(calls.constantAxis(a.get("axis"), name), ndim, a.get("axis").pos()) : 0;
        Expr n = f.temp(new Expr.Dim(array, axis));
        PyExpr how = a.get("indices_or_sections");
        List<Expr> bounds = new ArrayList<>();
        if (how instanceof PyExpr.Tuple || how instanceof PyExpr.ListLit) {
            List<PyExpr> points = how instanceof PyExpr.Tuple t ? t.elements() : ((PyExpr.ListLit) how).elements();
            bounds.add(TypedIr.i64(0));
            for (PyExpr p : points) bounds.add(f.temp(calls.integer(p, name)));
            bounds.add(n);
        } else {
            Expr sections = exprs.lower(how);
            if (!(sections instanceof Expr.Const k && k.value() instanceof Long count && TypedIr.dtype(k).isInteger())) {
                throw new TypingError(how.pos(), name + "() needs a constant number of sections or a tuple or list literal of"
                        + " split points here (its result is a tuple), got " + sections.type());
            }
            if (count <= 0) throw new TypingError(how.pos(), name + "(): number sections must be larger than 0.");
            if (q.equals("numpy.split")) {
                Checks.raiseIf(f, TypedIr.compare(CmpOp.NE, TypedIr.binary(BinOp.MOD, n, TypedIr.i64(count), DType.INT64, c.pos()),
                        TypedIr.i64(0), DType.INT64), "ValueError", "array split does not result in an equal division", c.pos());
            }
            bounds.addAll(sections(n, count, c.pos()));
        }
        List<Expr> pieces = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            List<IndexSpec> specs = new ArrayList<>();
            for (int d = 0; d < axis; d++) specs.add(new IndexSpec.Range(null, null, null));
            specs.add(new IndexSpec.Range(bounds.get(i), bounds.get(i + 1), null));
            pieces.add(ArrayIndexing.view(array, specs, c.pos()));
        }
        return ExprLowering.tuple(pieces);
    }

    /** NumPy's array_split points: the first n % count pieces one longer than n // count. */
    private List<Expr> sections(Expr n, long count, SourcePos pos) {
        Expr each = f.temp(TypedIr.binary(BinOp.FLOORDIV, n, TypedIr.i64(count), DType.INT64, pos));
        Expr extras = f.temp(TypedIr.binary(BinOp.MOD, n, TypedIr.i64(count), DType.INT64, pos));
        List<Expr> points = new ArrayList<>();
        for (long i = 0; i <= count; i++) {
            Expr longer = new Expr.Select(TypedIr.compare(CmpOp.LT, TypedIr.i64(i), extras, DType.INT64), TypedIr.i64(i), extras, Type.INT64);
            points.add(f.temp(TypedIr.binary(BinOp.ADD, TypedIr.binary(BinOp.MUL, TypedIr.i64(i), each, DType.INT64, pos),
                    longer, DType.INT64, pos)));
        }
        return points;
    }
}
