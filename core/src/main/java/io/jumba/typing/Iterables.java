package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What a {@code for} loop other than {@code for i in range(...)} iterates, as Numba supports it: an array (its
 * elements, or the rows of a 2-d array), a tuple of one element type, {@code enumerate(it[, start])},
 * {@code zip(it, ...)} (stopping at the shortest) and {@code range(...)} inside them. Everything the items are read
 * from is evaluated once, before the loop, into temporaries.
 */
final class Iterables {
    /** A sequence of {@code length} items; {@code item} gives the k-th from an int64 index expression. */
    record Sequence(Expr length, UnaryOperator<Expr> item) {}

    private final FunctionTyping f;
    private final Set<String> targets;

    /** @param targets the names the loop assigns, which the items must not read */
    Iterables(FunctionTyping f, Set<String> targets) {
        this.f = f;
        this.targets = targets;
    }

    Sequence of(PyExpr iter) {
        if (iter instanceof PyExpr.Call call) {
            String q = f.exprs.qualify(call.func());
            if ("enumerate".equals(q) && !f.scope.has("enumerate")) return enumerate(call);
            if ("zip".equals(q) && !f.scope.has("zip")) return zip(call);
            if ("range".equals(q) && !f.scope.has("range")) return range(call);
            Sequence view = dictView(call);
            if (view != null) return view;
        }
        Expr value = f.exprs.lower(iter);
        return switch (value.type()) {
            case Type.Array a when a.ndim() > 0 -> {
                Expr array = hold(value);
                yield new Sequence(new Expr.Dim(array, 0), k -> new ArrayIndexing(f.exprs).first(array, k, iter.pos()));
            }
            case Type.Tuple t -> tuple(hold(value), t, iter);
            case Type.ListOf l -> ListsAndDicts.sequence(hold(value), iter.pos());
            case Type.DictOf d -> ListsAndDicts.sequence(f.temp(ListsAndDicts.keys(value, iter.pos())), iter.pos());
            default -> throw new TypingError(iter.pos(), "for loops iterate over range(), prange(), an array, a tuple, a list,"
                    + " a dict, enumerate() or zip(), not " + value.type());
        };
    }

    /**
     * {@code d.items()}, {@code d.keys()}, {@code d.values()} of a typed dict: its keys and values as they are when
     * the loop starts (copied into lists), in insertion order. Null for any other call.
     */
    private Sequence dictView(PyExpr.Call call) {
        if (!(call.func() instanceof PyExpr.Attribute a) || !call.args().isEmpty() || !call.keywords().isEmpty()
                || !List.of("items", "keys", "values").contains(a.attr()) || f.exprs.qualify(a.value()) != null
                || !(a.value() instanceof PyExpr.Name n) || !(f.scope.lookup(n.id()) instanceof io.jumba.ir.Var v)
                || !(v.type() instanceof Type.DictOf)) {
            return null;
        }
        Expr dict = hold(new Expr.Local(v));
        Expr keys = f.temp(ListsAndDicts.keys(dict, call.pos()));
        if (a.attr().equals("keys")) return ListsAndDicts.sequence(keys, call.pos());
        Expr values = f.temp(ListsAndDicts.values(dict, call.pos()));
        if (a.attr().equals("values")) return ListsAndDicts.sequence(values, call.pos());
        Sequence k = ListsAndDicts.sequence(keys, call.pos()), w = ListsAndDicts.sequence(values, call.pos());
        return new Sequence(k.length(), i -> pair(List.of(k.item().apply(i), w.item().apply(i))));
    }

    /** Numba iterates only tuples whose elements share one type (UniTuple). */
    Sequence tuple(Expr tuple, Type.Tuple t, PyExpr at) {
        int n = t.elements().size();
        if (n == 0 || t.elements().stream().anyMatch(e -> !e.equals(t.elements().getFirst()))) {
            throw new TypingError(at.pos(), "cannot iterate over a tuple of mixed types (" + t + "), as in Numba");
        }
        return new Sequence(TypedIr.i64(n), k -> {
            Expr item = new Expr.TupleGet(tuple, n - 1, t.elements().get(n - 1));
            for (int i = n - 2; i >= 0; i--) {
                item = new Expr.Select(TypedIr.compare(CmpOp.EQ, k, TypedIr.i64(i), DType.INT64),
                        new Expr.TupleGet(tuple, i, t.elements().get(i)), item, item.type());
            }
            return item;
        });
    }

    private Sequence enumerate(PyExpr.Call call) {
        // Numba 0.56 takes start only positionally.
        if (!call.keywords().isEmpty()) throw new TypingError(call.keywords().getFirst().pos(), "enumerate() takes no keyword arguments");
        List<PyExpr> args = call.args();
        if (args.isEmpty() || args.size() > 2) {
            throw new TypingError(call.pos(), "enumerate() takes 1 or 2 arguments, got " + args.size());
        }
        Sequence inner = of(args.getFirst());
        Expr start = args.size() == 2 ? hold(integer(args.get(1), "enumerate")) : TypedIr.i64(0);
        boolean fromZero = start instanceof Expr.Const c && c.value().equals(0L);
        return new Sequence(inner.length(), k -> pair(List.of(
                fromZero ? k : TypedIr.binary(BinOp.ADD, start, k, DType.INT64, call.pos()), inner.item().apply(k))));
    }

    private Sequence zip(PyExpr.Call call) {
        if (!call.keywords().isEmpty()) throw new TypingError(call.pos(), "zip() takes no keyword arguments");
        if (call.args().isEmpty()) throw new TypingError(call.pos(), "zip() needs at least one iterable in Jumba");
        List<Sequence> parts = call.args().stream().map(this::of).toList();
        Expr length = parts.getFirst().length();
        for (Sequence s : parts.subList(1, parts.size())) {
            Expr l = f.temp(length), r = f.temp(s.length());
            length = new Expr.Select(TypedIr.compare(CmpOp.LT, l, r, DType.INT64), l, r, Type.INT64);
        }
        return new Sequence(f.temp(length), k -> pair(parts.stream().map(s -> s.item().apply(k)).toList()));
    }

    /** range(...) as a sequence: len is Python's, max(0, ceil((stop - start) / step)); a zero step is a ValueError. */
    private Sequence range(PyExpr.Call call) {
        if (!call.keywords().isEmpty()) throw new TypingError(call.pos(), "range() takes no keyword arguments");
        int n = call.args().size();
        if (n < 1 || n > 3) throw new TypingError(call.pos(), "range() expects 1 to 3 integer arguments, got " + n);
        List<Expr> args = new ArrayList<>();
        for (PyExpr a : call.args()) args.add(hold(integer(a, "range")));
        Expr start = n == 1 ? TypedIr.i64(0) : args.get(0), stop = n == 1 ? args.get(0) : args.get(1);
        Expr step = n == 3 ? args.get(2) : TypedIr.i64(1);
        if (n == 3) {
            f.emit(new Stmt.If(TypedIr.compare(CmpOp.EQ, step, TypedIr.i64(0), DType.INT64), List.of(
                    new Stmt.Raise("ValueError", "range() arg 3 must not be zero", List.of(), call.pos())), List.of()));
        }
        Expr up = div(sub(add(sub(stop, start, call), step, call), TypedIr.i64(1), call), step, call);
        Expr down = div(sub(sub(start, stop, call), add(step, TypedIr.i64(1), call), call),
                sub(TypedIr.i64(0), step, call), call);
        Expr count = f.temp(new Expr.Select(TypedIr.compare(CmpOp.GT, step, TypedIr.i64(0), DType.INT64), up, down, Type.INT64));
        Expr length = f.temp(new Expr.Select(TypedIr.compare(CmpOp.LT, count, TypedIr.i64(0), DType.INT64),
                TypedIr.i64(0), count, Type.INT64));
        return new Sequence(length, k -> add(start, TypedIr.binary(BinOp.MUL, k, step, DType.INT64, call.pos()), call));
    }

    private static Expr add(Expr l, Expr r, PyExpr at) { return TypedIr.binary(BinOp.ADD, l, r, DType.INT64, at.pos()); }

    private static Expr sub(Expr l, Expr r, PyExpr at) { return TypedIr.binary(BinOp.SUB, l, r, DType.INT64, at.pos()); }

    private static Expr div(Expr l, Expr r, PyExpr at) { return TypedIr.binary(BinOp.FLOORDIV, l, r, DType.INT64, at.pos()); }

    private Expr integer(PyExpr e, String function) {
        Expr value = f.exprs.lower(e);
        if (!(value.type() instanceof Type.Scalar s) || !s.dtype().isInteger()) {
            throw new TypingError(e.pos(), function + "() expects integer arguments, got " + value.type());
        }
        return TypedIr.cast(value, DType.INT64);
    }

    private static Expr pair(List<Expr> items) {
        return new Expr.TupleNew(items, new Type.Tuple(items.stream().map(Expr::type).toList()));
    }

    /** e in a temporary, a fresh one when e is a variable the loop assigns. */
    private Expr hold(Expr e) {
        return e instanceof Expr.Local l && targets.contains(l.var().name()) ? f.freshTemp(e) : f.temp(e);
    }
}
