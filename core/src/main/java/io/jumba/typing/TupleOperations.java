package io.jumba.typing;

import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.BinaryOp;
import io.jumba.frontend.ast.CompareOp;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.ir.Expr;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * Operations on tuples, whose lengths are known when typing, so each gives a tuple built from the operands'
 * elements: {@code t + u}, {@code t * 2} (a constant count), {@code t[1:3]} (constant bounds), the comparisons
 * (lexicographic, as Python) and {@code bool(t)}.
 */
final class TupleOperations {
    private final FunctionTyping f;
    private final ExprLowering exprs;

    TupleOperations(FunctionTyping f, ExprLowering exprs) {
        this.f = f;
        this.exprs = exprs;
    }

    static boolean isTuple(Expr e) { return e.type() instanceof Type.Tuple; }

    /** {@code t + u} or a tuple times a constant integer. */
    Expr binary(BinaryOp op, Expr l, Expr r, SourcePos pos) {
        if (op == BinaryOp.ADD && isTuple(l) && isTuple(r)) {
            List<Expr> all = new ArrayList<>(parts(l));
            all.addAll(parts(r));
            return tuple(all);
        }
        if (op == BinaryOp.MUL && (isTuple(l) != isTuple(r))) {
            Expr t = isTuple(l) ? l : r, count = isTuple(l) ? r : l;
            if (!(count instanceof Expr.Const c) || !(c.value() instanceof Long n)) {
                throw new TypingError(pos, "a tuple can only be repeated a constant number of times");
            }
            List<Expr> items = parts(t), all = new ArrayList<>();
            for (long i = 0; i < n; i++) all.addAll(items);
            return tuple(all);
        }
        throw new TypingError(pos, "unsupported operand types for " + op.symbol + ": " + l.type() + " and " + r.type());
    }

    /** {@code t[lower:upper:step]} with constant (or absent) bounds, as Python's slice.indices. */
    Expr slice(Expr t, PyExpr.Slice s) {
        List<Expr> items = parts(t);
        int n = items.size();
        long step = s.step() == null ? 1 : bound(s.step());
        if (step == 0) throw new TypingError(s.pos(), "slice step cannot be zero");
        long lo = step > 0 ? 0 : -1, hi = step > 0 ? n : n - 1;
        long start = s.lower() == null ? (step > 0 ? lo : hi) : clamp(bound(s.lower()), n, lo, hi);
        long stop = s.upper() == null ? (step > 0 ? hi : lo) : clamp(bound(s.upper()), n, lo, hi);
        List<Expr> out = new ArrayList<>();
        for (long i = start; step > 0 ? i < stop : i > stop; i += step) out.add(items.get((int) i));
        return tuple(out);
    }

    private static long clamp(long i, int n, long lo, long hi) {
        long v = i < 0 ? i + n : i;
        return Math.max(lo, Math.min(hi, v));
    }

    private long bound(PyExpr e) {
        Expr v = exprs.lower(e);
        if (v instanceof Expr.Const c && c.value() instanceof Long k && !TypedIr.dtype(c).isBool()) return k;
        throw new TypingError(e.pos(), "a tuple slice needs constant integer bounds");
    }

    /** Python's tuple comparison: the first differing elements decide, else the lengths. */
    Expr compare(CompareOp op, Expr l, Expr r, SourcePos pos) {
        List<Expr> a = parts(l), b = parts(r);
        int m = Math.min(a.size(), b.size());
        if (op == CompareOp.EQ || op == CompareOp.NE) {
            Expr all = new Expr.Const(a.size() == b.size(), Type.BOOL);
            for (int i = 0; i < m && a.size() == b.size(); i++) {
                all = and(all, exprs.compareOne(CompareOp.EQ, a.get(i), b.get(i), pos));
            }
            return op == CompareOp.EQ ? all : TypedIr.not(all);
        }
        Expr result = ConstantFolder.compare(cmp(op), TypedIr.i64(a.size()), TypedIr.i64(b.size()));
        for (int i = m - 1; i >= 0; i--) {
            Expr differ = exprs.compareOne(CompareOp.NE, a.get(i), b.get(i), pos);
            result = new Expr.Select(differ, exprs.compareOne(op, a.get(i), b.get(i), pos), result, Type.BOOL);
        }
        return result;
    }

    /** {@code bool(t)}: whether t has elements; t is still evaluated. */
    Expr truth(Expr t) {
        f.temp(t);
        return new Expr.Const(!((Type.Tuple) t.type()).elements().isEmpty(), Type.BOOL);
    }

    private static io.jumba.ir.CmpOp cmp(CompareOp op) {
        return switch (op) {
            case LT -> io.jumba.ir.CmpOp.LT;
            case LE -> io.jumba.ir.CmpOp.LE;
            case GT -> io.jumba.ir.CmpOp.GT;
            case GE -> io.jumba.ir.CmpOp.GE;
            default -> throw new IllegalArgumentException(op.symbol);
        };
    }

    private static Expr and(Expr l, Expr r) {
        return l instanceof Expr.Const c && Boolean.TRUE.equals(c.value()) ? r : new Expr.Logical(true, l, r);
    }

    /** The elements of a tuple, each read once: a literal's own pure elements, else from a temporary. */
    private List<Expr> parts(Expr t) {
        Type.Tuple type = (Type.Tuple) t.type();
        if (t instanceof Expr.TupleNew tn && tn.elements().stream().allMatch(e -> e instanceof Expr.Const || e instanceof Expr.Local)) {
            return tn.elements();
        }
        Expr held = f.temp(t);
        List<Expr> items = new ArrayList<>();
        for (int i = 0; i < type.elements().size(); i++) items.add(new Expr.TupleGet(held, i, type.elements().get(i)));
        return items;
    }

    private static Expr tuple(List<Expr> items) {
        return new Expr.TupleNew(List.copyOf(items), new Type.Tuple(items.stream().map(Expr::type).toList()));
    }
}
