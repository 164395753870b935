package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.NameSubstitution;
import io.jumba.frontend.ast.BinaryOp;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyStmt;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.runtime.CollectionFn;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lists (Numba's reflected list and {@code numba.typed.List}) of scalars, arrays, tuples of scalars or lists, and
 * {@code numba.typed.Dict} of scalar keys and values, as {@link Expr.Collection} nodes the runtime evaluates. A
 * list's item type is Numba's: the unification of its literal's items ({@link Unifier}: numbers promote, arrays of
 * one dtype and ndim take layout A when theirs differ, tuples unify element by element), and for {@code []} (Numba's
 * {@code list(undefined)}) of what is appended to it: an {@code append} to a list variable widens the variable's
 * type, and type inference runs again ({@link Scope}). A comprehension, {@code list(iterable)} and {@code extend} of
 * a non-list are a loop of appends.
 */
final class ListsAndDicts {
    private final FunctionTyping f;
    private final ExprLowering exprs;

    ListsAndDicts(FunctionTyping f, ExprLowering exprs) {
        this.f = f;
        this.exprs = exprs;
    }

    static boolean isList(Expr e) { return e.type() instanceof Type.ListOf; }

    static boolean isDict(Expr e) { return e.type() instanceof Type.DictOf; }

    /**
     * {@code [a, b, c]}: the items unified as Numba unifies them ({@code [1, 2.5]} is a list of float64,
     * {@code [(1, 2.5), (3, 4)]} one of {@code Tuple(int64, float64)}).
     */
    Expr literal(PyExpr.ListLit l) {
        List<Expr> elements = new ArrayList<>();
        Type item = null;
        for (PyExpr e : l.elements()) {
            if (e instanceof PyExpr.StrLit s) {
                throw new TypingError(s.pos(), "a list holds numbers, bools, arrays, tuples or lists in Jumba, not strings");
            }
            Expr x = exprs.lower(e);
            item = unified(item, item(x, e.pos(), "a list element"), e.pos());
            elements.add(x);
        }
        if (item == null) return new Expr.Collection(CollectionFn.LIST_EMPTY, List.of(), new Type.ListOf(null), l.pos());
        Type element = item;
        return new Expr.Collection(CollectionFn.LIST_OF, elements.stream().map(x -> f.convert(x, element, l.pos())).toList(),
                new Type.ListOf(element), l.pos());
    }

    /** {@code [element for target in iter if ...]}: a new list and a loop appending to it. */
    Expr comprehension(PyExpr.ListComp c) {
        PyExpr element = c.element();
        PyExpr target = c.target();
        List<PyExpr> conditions = c.conditions();
        // Python gives the comprehension's variables a scope of their own: here, names of their own. The names come
        // from the comprehension's position, not a counter, so every typing pass gives a variable the same name ('$'
        // is in no Python name).
        String tag = "$c" + c.pos().line() + "_" + c.pos().col();
        for (String name : names(target, new ArrayList<>())) {
            PyExpr fresh = new PyExpr.Name(tag + "_" + name, c.pos());
            NameSubstitution rename = new NameSubstitution(name, fresh);
            element = rename.apply(element);
            target = rename.apply(target);
            conditions = conditions.stream().map(rename::apply).toList();
        }
        PyExpr.Name result = new PyExpr.Name(tag, c.pos());
        PyStmt add = new PyStmt.ExprStmt(new PyExpr.Call(new PyExpr.Attribute(result, "append", c.pos()),
                List.of(element), List.of(), c.pos()), c.pos());
        if (!conditions.isEmpty()) {
            PyExpr test = conditions.size() == 1 ? conditions.getFirst() : new PyExpr.BoolOp(true, conditions, c.pos());
            add = new PyStmt.If(test, List.of(add), List.of(), c.pos());
        }
        f.stmts.lower(new PyStmt.Assign(List.of(result), new PyExpr.ListLit(List.of(), c.pos()), c.pos()));
        f.stmts.lower(new PyStmt.For(target, c.iter(), List.of(add), c.pos()));
        return exprs.lower(result);
    }

    /**
     * A call argument as the list it is when written in brackets: the parser makes {@code [a, b]} there a tuple (what
     * {@code np.array([[1, 2], [3, 4]])} takes), but {@code l.append([a, b])} appends a list, as in Python.
     */
    static PyExpr bracketsAsList(PyExpr arg) {
        if (!(arg instanceof PyExpr.Tuple t)) return arg;
        SourcePos p = t.pos();
        boolean bracket = p.col() >= 1 && p.col() <= p.lineText().length() && p.lineText().charAt(p.col() - 1) == '[';
        return bracket ? new PyExpr.ListLit(t.elements().stream().map(ListsAndDicts::bracketsAsList).toList(), p) : arg;
    }

    private static List<String> names(PyExpr target, List<String> out) {
        switch (target) {
            case PyExpr.Name n -> out.add(n.id());
            case PyExpr.Tuple t -> t.elements().forEach(e -> names(e, out));
            default -> throw new UnsupportedError(target.pos(), "a comprehension's target must be names");
        }
        return out;
    }

    /**
     * {@code list(...)}, {@code numba.typed.List(...)}, {@code List.empty_list(type)},
     * {@code Dict.empty(key_type, value_type)} and {@code sorted(list, reverse=...)}; null when q is none of them.
     */
    Expr call(String q, PyExpr.Call c) {
        return switch (q) {
            case "sorted" -> {
                if (c.args().size() != 1) throw new TypingError(c.pos(), "sorted() takes exactly one positional argument");
                Expr x = exprs.lower(c.args().getFirst());
                if (!(x.type() instanceof Type.ListOf t)) {
                    throw new UnsupportedError(c.pos(), "sorted() is supported for lists in Jumba, not " + x.type());
                }
                // a copy, sorted in place as list.sort() sorts
                Expr copy = f.temp(slice(x, null, null, null, c.pos()));
                f.emit(new Stmt.Eval(sort(copy, t, new PyExpr.Call(c.func(), List.of(), c.keywords(), c.pos()))));
                yield copy;
            }
            case "list", "numba.typed.List", "numba.typed.typedlist.List" -> {
                if (!c.keywords().isEmpty() || c.args().size() > 1) {
                    throw new TypingError(c.pos(), "list() takes at most one iterable");
                }
                if (c.args().isEmpty()) yield exprs.lower(new PyExpr.ListLit(List.of(), c.pos()));
                PyExpr.Name x = new PyExpr.Name("x", c.pos());
                yield comprehension(new PyExpr.ListComp(x, x, c.args().getFirst(), List.of(), c.pos()));
            }
            case "numba.typed.List.empty_list", "numba.typed.typedlist.List.empty_list" -> {
                Map<String, PyExpr> a = new ArrayCalls(f, exprs).bind(c, "List.empty_list", List.of("item_type", "allocated"), 1);
                yield new Expr.Collection(CollectionFn.LIST_EMPTY, List.of(),
                        new Type.ListOf(Type.scalar(typeObject(a.get("item_type"), "List.empty_list"))), c.pos());
            }
            case "numba.typed.Dict.empty", "numba.typed.typeddict.Dict.empty" -> {
                Map<String, PyExpr> a = new ArrayCalls(f, exprs).bind(c, "Dict.empty", List.of("key_type", "value_type"), 2);
                yield new Expr.Collection(CollectionFn.DICT_EMPTY, List.of(), new Type.DictOf(
                        Type.scalar(typeObject(a.get("key_type"), "Dict.empty")),
                        Type.scalar(typeObject(a.get("value_type"), "Dict.empty"))), c.pos());
            }
            case "numba.typed.Dict", "numba.typed.typeddict.Dict" -> throw new UnsupportedError(c.pos(),
                    "Dict() is supported as Dict.empty(key_type=..., value_type=...) with scalar types");
            default -> null;
        };
    }

    /** A Numba or NumPy scalar type object: {@code types.int64}, {@code numba.float64}, {@code np.int32}. */
    private DType typeObject(PyExpr arg, String name) {
        String q = exprs.qualify(arg);
        String last = q == null ? null : CallLowering.shortName(q);
        boolean known = q != null && (q.startsWith("numba.") || q.startsWith("numpy.")) && (CallLowering.isScalarTypeName(last) || last.equals("boolean"));
        if (!known) {
            throw new UnsupportedError(arg.pos(), name + "() supports scalar types here (types.int64, types.float64, ...),"
                    + " not " + (q != null ? q : arg instanceof PyExpr.Subscript ? "an array type" : "this value"));
        }
        return DType.byName(last);
    }

    /** A method call on a list or dict. */
    Expr method(Expr receiver, String attr, PyExpr.Call c) {
        return receiver.type() instanceof Type.ListOf l ? listMethod(receiver, l, attr, c) : dictMethod(receiver, (Type.DictOf) receiver.type(), attr, c);
    }

    private Expr listMethod(Expr list, Type.ListOf t, String attr, PyExpr.Call c) {
        if (attr.equals("sort")) return sort(list, t, c);
        if (attr.equals("append") || attr.equals("insert")) {
            c = new PyExpr.Call(c.func(), c.args().stream().map(ListsAndDicts::bracketsAsList).toList(), c.keywords(), c.pos());
        }
        List<Expr> args = positional(c, attr);
        return switch (attr) {
            case "append" -> {
                arity(c, attr, args, 1, 1);
                Expr v = args.getFirst();
                Type d = widen(list, t, item(v, c.pos(), "an appended value"), c.pos());
                yield new Expr.Collection(CollectionFn.LIST_APPEND, List.of(list, f.convert(v, d, c.pos())), Type.NONE, c.pos());
            }
            case "insert" -> {
                arity(c, attr, args, 2, 2);
                Type d = widen(list, t, item(args.get(1), c.pos(), "an inserted value"), c.pos());
                yield new Expr.Collection(CollectionFn.LIST_INSERT, List.of(list, index(args.get(0), c.pos()),
                        f.convert(args.get(1), d, c.pos())), Type.NONE, c.pos());
            }
            case "pop" -> {
                arity(c, attr, args, 0, 1);
                Expr i = args.isEmpty() ? TypedIr.i64(-1) : index(args.getFirst(), c.pos());
                yield new Expr.Collection(CollectionFn.LIST_POP, List.of(list, i), element(t, c.pos()), c.pos());
            }
            case "extend" -> {
                arity(c, attr, args, 1, 1);
                Expr other = args.getFirst();
                if (other.type() instanceof Type.ListOf o) {
                    if (o.element() != null) {
                        Type d = widen(list, t, o.element(), c.pos());
                        if (!t.ofScalars() && !(d instanceof Type.Array) && !d.equals(o.element())) {
                            throw new TypingError(c.pos(), "cannot extend a list(" + d + ") by a " + o + " in Jumba");
                        }
                    }
                    yield new Expr.Collection(CollectionFn.LIST_EXTEND, List.of(list, other), Type.NONE, c.pos());
                }
                if (other.type() instanceof Type.Tuple tt) {
                    // l.extend([a, b]): a literal argument is a tuple; append its elements in order.
                    Expr tuple = f.temp(other);
                    Type d = t.element();
                    for (int k = 0; k < tt.elements().size(); k++) {
                        d = unified(d, item(new Expr.TupleGet(tuple, k, tt.elements().get(k)), c.pos(), "an added value"), c.pos());
                    }
                    if (d != null) d = widen(list, t, d, c.pos());
                    for (int k = 0; k < tt.elements().size(); k++) {
                        f.emit(new Stmt.Eval(new Expr.Collection(CollectionFn.LIST_APPEND, List.of(list,
                                f.convert(new Expr.TupleGet(tuple, k, tt.elements().get(k)), d, c.pos())), Type.NONE, c.pos())));
                    }
                    yield new Expr.NoneValue();
                }
                throw new TypingError(c.pos(), "list.extend() takes a list or a tuple in Jumba, got " + other.type());
            }
            case "copy" -> {
                arity(c, attr, args, 0, 0);
                yield slice(list, null, null, null, c.pos());
            }
            case "index" -> {
                arity(c, attr, args, 1, 3);
                searched(t, args.getFirst(), "list.index()", "the value list.index() looks for", c.pos());
                Expr start = args.size() > 1 ? index(args.get(1), c.pos()) : TypedIr.i64(0);
                Expr stop = args.size() > 2 ? index(args.get(2), c.pos()) : TypedIr.i64(Long.MAX_VALUE);
                yield new Expr.Collection(CollectionFn.LIST_INDEX, List.of(list, args.getFirst(), start, stop), Type.INT64, c.pos());
            }
            case "count", "remove" -> {
                arity(c, attr, args, 1, 1);
                searched(t, args.getFirst(), "list." + attr + "()", "the value of list." + attr + "()", c.pos());
                yield attr.equals("count") ? new Expr.Collection(CollectionFn.LIST_COUNT, List.of(list, args.getFirst()), Type.INT64, c.pos())
                        : new Expr.Collection(CollectionFn.LIST_REMOVE, List.of(list, args.getFirst()), Type.NONE, c.pos());
            }
            case "reverse", "clear" -> {
                arity(c, attr, args, 0, 0);
                yield new Expr.Collection(attr.equals("reverse") ? CollectionFn.LIST_REVERSE : CollectionFn.LIST_CLEAR, List.of(list),
                        Type.NONE, c.pos());
            }
            default -> throw new UnsupportedError(c.pos(), "list." + attr + "() is not supported (Jumba's lists have append,"
                    + " extend, insert, pop, copy, index, count, remove, sort, reverse and clear)");
        };
    }

    /** {@code l.sort()} and {@code l.sort(reverse=flag)}, in place; Python's sort takes no positional arguments. */
    private Expr sort(Expr list, Type.ListOf t, PyExpr.Call c) {
        if (!c.args().isEmpty()) throw new TypingError(c.pos(), "sort() takes no positional arguments");
        Expr reverse = new Expr.Const(false, Type.BOOL);
        for (PyExpr.Keyword k : c.keywords()) {
            switch (k.name()) {
                case "reverse" -> reverse = TypedIr.truth(exprs.lower(k.value()), k.pos());
                case "key" -> throw new UnsupportedError(k.pos(), "list.sort(key=...) is not supported: Jumba sorts by the values");
                default -> throw new TypingError(k.pos(), "sort() got an unexpected keyword argument '" + k.name() + "'");
            }
        }
        if (!t.ofScalars()) tuples(t, "list.sort()", c.pos());
        return new Expr.Collection(CollectionFn.LIST_SORT, List.of(list, reverse), Type.NONE, c.pos());
    }

    private Expr dictMethod(Expr dict, Type.DictOf t, String attr, PyExpr.Call c) {
        List<Expr> args = positional(c, attr);
        return switch (attr) {
            case "get" -> {
                arity(c, attr, args, 2, 2);
                yield new Expr.Collection(CollectionFn.DICT_GET_OR, List.of(dict, key(t, args.get(0), c.pos()),
                        value(t, args.get(1), c.pos())), t.value(), c.pos());
            }
            case "pop" -> {
                arity(c, attr, args, 1, 2);
                yield args.size() == 1
                        ? new Expr.Collection(CollectionFn.DICT_POP, List.of(dict, key(t, args.get(0), c.pos())), t.value(), c.pos())
                        : new Expr.Collection(CollectionFn.DICT_POP_OR, List.of(dict, key(t, args.get(0), c.pos()),
                                value(t, args.get(1), c.pos())), t.value(), c.pos());
            }
            case "keys" -> {
                arity(c, attr, args, 0, 0);
                yield new Expr.Collection(CollectionFn.DICT_KEYS, List.of(dict), new Type.ListOf(t.key()), c.pos());
            }
            case "values" -> {
                arity(c, attr, args, 0, 0);
                yield new Expr.Collection(CollectionFn.DICT_VALUES, List.of(dict), new Type.ListOf(t.value()), c.pos());
            }
            case "items" -> throw new UnsupportedError(c.pos(), "dict.items() is supported as the iterable of a for loop");
            default -> throw new UnsupportedError(c.pos(), "dict." + attr + "() is not supported (Jumba's typed dicts have"
                    + " get, pop, keys, values and items)");
        };
    }

    /**
     * The item type after adding items of type d, as Numba refines a list's type: an {@code append} to {@code []}
     * fixes it, one of a wider number (or an array of another layout) widens it (then the variable's type changes
     * and typing reruns).
     */
    private Type widen(Expr list, Type.ListOf t, Type d, SourcePos pos) {
        Type unified = unified(t.element(), d, pos);
        if (unified.equals(t.element())) return unified;
        if (!(list instanceof Expr.Local local)) {
            throw new TypingError(pos, "cannot add " + d + " values to a " + t + " that is not a variable");
        }
        f.scope.assign(local.var().name(), new Type.ListOf(unified), pos);
        return unified;
    }

    /** The unification of a list's item type so far (null: none yet) with an item's type d, as Numba unifies them. */
    private static Type unified(Type so, Type d, SourcePos pos) {
        if (so == null) return d;
        Type u = Unifier.unify(so, d);
        if (u == null || u instanceof Type.Optional) {
            throw new TypingError(pos, "cannot unify " + so + " and " + d + " in one list: Jumba's lists hold items of one type");
        }
        return u;
    }

    /** {@code l[i]}, {@code l[a:b:c]} or {@code d[k]}. */
    Expr subscript(Expr base, PyExpr index, SourcePos pos) {
        if (base.type() instanceof Type.DictOf t) {
            return new Expr.Collection(CollectionFn.DICT_GET, List.of(base, key(t, exprs.lower(index), pos)), t.value(), pos);
        }
        Type.ListOf t = (Type.ListOf) base.type();
        if (index instanceof PyExpr.Slice s) {
            return slice(base, s.lower() == null ? null : exprs.lower(s.lower()), s.upper() == null ? null : exprs.lower(s.upper()),
                    s.step() == null ? null : exprs.lower(s.step()), pos);
        }
        return new Expr.Collection(CollectionFn.LIST_GET, List.of(base, index(exprs.lower(index), pos)), element(t, pos), pos);
    }

    private Expr slice(Expr list, Expr lo, Expr hi, Expr step, SourcePos pos) {
        return new Expr.Collection(CollectionFn.LIST_SLICE, List.of(list,
                lo == null ? TypedIr.i64(0) : index(lo, pos), new Expr.Const(lo != null, Type.BOOL),
                hi == null ? TypedIr.i64(0) : index(hi, pos), new Expr.Const(hi != null, Type.BOOL),
                step == null ? TypedIr.i64(1) : index(step, pos)), list.type(), pos);
    }

    /** {@code l[i] = v} or {@code d[k] = v}. */
    void store(Expr base, PyExpr index, Expr value, SourcePos pos) {
        if (base.type() instanceof Type.DictOf t) {
            f.emit(new Stmt.Eval(new Expr.Collection(CollectionFn.DICT_PUT, List.of(base, key(t, exprs.lower(index), pos),
                    value(t, value, pos)), Type.NONE, pos)));
            return;
        }
        Type.ListOf t = (Type.ListOf) base.type();
        if (index instanceof PyExpr.Slice) throw new UnsupportedError(pos, "assignment to a slice of a list is not supported");
        Expr i = index(exprs.lower(index), pos);
        Type d = element(t, pos);
        item(value, pos, "a list element");
        if (!(d instanceof Type.Scalar)) d = widen(base, t, value.type(), pos); // an array of another layout widens it
        f.emit(new Stmt.Eval(new Expr.Collection(CollectionFn.LIST_SET, List.of(base, i, f.convert(value, d, pos)), Type.NONE, pos)));
    }

    /**
     * {@code l[i] op= v} and {@code d[k] op= v}: the container and index evaluated once. An array item is updated in
     * place, as Python's {@code l[i] = l[i].__iadd__(v)} does (the list keeps the same array).
     */
    void update(Expr base, PyExpr index, BinaryOp op, PyExpr valueExpr, SourcePos pos) {
        Expr held = f.temp(base);
        if (held.type() instanceof Type.ListOf l && l.element() instanceof Type.Array array && !(index instanceof PyExpr.Slice)) {
            Expr item = f.temp(new Expr.Collection(CollectionFn.LIST_GET, List.of(held, index(exprs.lower(index), pos)), array, pos));
            Expr result = exprs.binary(op, item, exprs.lower(valueExpr), pos);
            f.emit(new Stmt.ArrayStore(item, ArrayExpressions.toDType(result, array.dtype(), pos), pos));
            return;
        }
        if (held.type() instanceof Type.ListOf l && l.element() != null && !l.ofScalars()) {
            throw new TypingError(pos, "augmented assignment to an item of a " + l + " is not supported (nor in Numba)");
        }
        if (index instanceof PyExpr.Slice) throw new UnsupportedError(pos, "augmented assignment to a slice of a list is not supported");
        Expr i = f.temp(held.type() instanceof Type.DictOf t ? key(t, exprs.lower(index), pos) : index(exprs.lower(index), pos));
        Expr old = held.type() instanceof Type.DictOf t
                ? new Expr.Collection(CollectionFn.DICT_GET, List.of(held, i), t.value(), pos)
                : new Expr.Collection(CollectionFn.LIST_GET, List.of(held, i), element((Type.ListOf) held.type(), pos), pos);
        Expr result = exprs.binary(op, f.temp(old), exprs.lower(valueExpr), pos);
        if (held.type() instanceof Type.DictOf t) {
            f.emit(new Stmt.Eval(new Expr.Collection(CollectionFn.DICT_PUT, List.of(held, i, value(t, result, pos)), Type.NONE, pos)));
        } else {
            scalar(result, pos, "a list element");
            DType d = scalarItem((Type.ListOf) held.type());
            f.emit(new Stmt.Eval(new Expr.Collection(CollectionFn.LIST_SET, List.of(held, i, TypedIr.cast(result, d)), Type.NONE, pos)));
        }
    }

    /** {@code len(l)} or {@code len(d)}. */
    static Expr len(Expr x, SourcePos pos) {
        return new Expr.Collection(x.type() instanceof Type.DictOf ? CollectionFn.DICT_LEN : CollectionFn.LIST_LEN, List.of(x),
                Type.INT64, pos);
    }

    /** {@code x in l} (compared as Python compares numbers) or {@code k in d}. */
    Expr contains(Expr x, Expr container, SourcePos pos) {
        if (container.type() instanceof Type.DictOf t) {
            scalar(x, pos, "the value tested with 'in'");
            return new Expr.Collection(CollectionFn.DICT_CONTAINS, List.of(container, key(t, x, pos)), Type.BOOL, pos);
        }
        searched((Type.ListOf) container.type(), x, "'in' of a list", "the value tested with 'in'", pos);
        return new Expr.Collection(CollectionFn.LIST_CONTAINS, List.of(container, x), Type.BOOL, pos);
    }

    /**
     * {@code np.array(l)}: a new 1-d array of the list's dtype; of a list of tuples of numbers and bools a 2-d one,
     * a row per tuple, of the tuples' elements' promoted dtype (as NumPy and Numba make it).
     */
    static Expr toArray(Expr list, SourcePos pos) {
        Type.ListOf t = (Type.ListOf) list.type();
        if (!(element(t, pos) instanceof Type.Scalar)) {
            Type.Tuple row = tuples(t, "np.array() of a list", pos);
            DType d = row.elements().stream().map(e -> ((Type.Scalar) e).dtype()).reduce(DType::promote).orElseThrow();
            return new Expr.Collection(CollectionFn.LIST_TO_ARRAY, List.of(list, TypedIr.i64(row.elements().size())),
                    Type.array(d, 2, io.jumba.types.Layout.C), pos);
        }
        DType e = scalars(t, "np.array() of a list", pos);
        return new Expr.Collection(CollectionFn.LIST_TO_ARRAY, List.of(list), Type.array(e, 1, io.jumba.types.Layout.C), pos);
    }

    /** {@code a + b} of two lists, {@code l * n} or {@code n * l}; null for other operands. */
    Expr binary(BinaryOp op, Expr l, Expr r, SourcePos pos) {
        if (op == BinaryOp.ADD && isList(l) && isList(r)) {
            Type.ListOf lt = (Type.ListOf) l.type(), rt = (Type.ListOf) r.type();
            if (!lt.equals(rt)) throw new TypingError(pos, "cannot concatenate " + lt + " and " + rt);
            return new Expr.Collection(CollectionFn.LIST_CONCAT, List.of(l, r), lt, pos);
        }
        if (op == BinaryOp.MUL && (isList(l) ^ isList(r))) {
            Expr list = isList(l) ? l : r, n = isList(l) ? r : l;
            if (!(n.type() instanceof Type.Scalar s) || !s.dtype().isInteger()) {
                throw new TypingError(pos, "can't multiply a list by " + n.type());
            }
            return new Expr.Collection(CollectionFn.LIST_REPEAT, List.of(list, TypedIr.cast(n, DType.INT64)), list.type(), pos);
        }
        if (isList(l) || isList(r) || isDict(l) || isDict(r)) {
            throw new TypingError(pos, "unsupported operand types for " + op.symbol + ": " + l.type() + " and " + r.type());
        }
        return null;
    }

    /** What {@code for x in l} iterates: the list's elements by index (the length read once, before the loop). */
    static Iterables.Sequence sequence(Expr list, SourcePos pos) {
        Type e = element((Type.ListOf) list.type(), pos);
        return new Iterables.Sequence(len(list, pos), k -> new Expr.Collection(CollectionFn.LIST_GET, List.of(list, k), e, pos));
    }

    /** The keys of a dict as a new list (what {@code for k in d} iterates, in insertion order). */
    static Expr keys(Expr dict, SourcePos pos) {
        return new Expr.Collection(CollectionFn.DICT_KEYS, List.of(dict), new Type.ListOf(((Type.DictOf) dict.type()).key()), pos);
    }

    static Expr values(Expr dict, SourcePos pos) {
        return new Expr.Collection(CollectionFn.DICT_VALUES, List.of(dict), new Type.ListOf(((Type.DictOf) dict.type()).value()), pos);
    }

    // --- helpers

    private List<Expr> positional(PyExpr.Call c, String name) {
        if (!c.keywords().isEmpty()) throw new TypingError(c.keywords().getFirst().pos(), name + "() takes no keyword arguments");
        List<Expr> args = new ArrayList<>();
        for (PyExpr a : c.args()) args.add(exprs.lower(a));
        return args;
    }

    private static void arity(PyExpr.Call c, String name, List<Expr> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            throw new TypingError(c.pos(), name + "() takes " + (min == max ? String.valueOf(min) : min + " to " + max)
                    + " argument(s), got " + args.size());
        }
    }

    /** The list's element type; a TypingError while it is still undefined. */
    private static Type element(Type.ListOf t, SourcePos pos) {
        if (t.element() == null) {
            throw new TypingError(pos, "cannot infer the type of this list's elements: append to it first, or use"
                    + " numba.typed.List.empty_list(type)");
        }
        return t.element();
    }

    /** The dtype of a list of scalars; an UnsupportedError naming the operation for a list of other items. */
    private static DType scalars(Type.ListOf t, String what, SourcePos pos) {
        Type e = element(t, pos);
        if (e instanceof Type.Scalar s) return s.dtype();
        throw new UnsupportedError(pos, what + " is supported for lists of numbers or bools in Jumba, not a " + t);
    }

    /** The item type of t, a list of tuples of real numbers and bools; an UnsupportedError naming the operation otherwise. */
    private static Type.Tuple tuples(Type.ListOf t, String what, SourcePos pos) {
        if (element(t, pos) instanceof Type.Tuple tt
                && tt.elements().stream().allMatch(e -> e instanceof Type.Scalar s && !s.dtype().isComplex())) {
            return tt;
        }
        throw new UnsupportedError(pos, what + " is supported for lists of numbers, bools or tuples of them in Jumba, not a " + t);
    }

    /**
     * Checks what list.index(), count(), remove() and 'in' look for: a number or bool in a list of them, a tuple of
     * numbers and bools in a list of such tuples (compared as Python compares tuples).
     */
    private static void searched(Type.ListOf t, Expr v, String what, String value, SourcePos pos) {
        if (element(t, pos) instanceof Type.Scalar) {
            scalar(v, pos, value);
            return;
        }
        tuples(t, what, pos);
        if (!(v.type() instanceof Type.Tuple vt) || !vt.elements().stream().allMatch(e -> e instanceof Type.Scalar s && !s.dtype().isComplex())) {
            throw new TypingError(pos, value + " must be a tuple of numbers or bools, got " + v.type());
        }
    }

    /** The dtype of the items of t, a list of scalars. */
    private static DType scalarItem(Type.ListOf t) { return ((Type.Scalar) t.element()).dtype(); }

    /** The type of x as a list item ({@link Type.ListOf#holds}); anything else is refused. */
    private static Type item(Expr x, SourcePos pos, String what) {
        Type t = x.type();
        if (Type.ListOf.holds(t)) return t;
        if (t instanceof Type.Tuple || t instanceof Type.DictOf || t instanceof Type.ListOf
                || t instanceof Type.Scalar) {
            throw new UnsupportedError(pos, "lists of " + t + " are not supported: Jumba's lists hold real numbers, bools,"
                    + " arrays, tuples of numbers and arrays, and lists");
        }
        throw new TypingError(pos, what + " must be a number, a bool, an array, a tuple or a list, got " + t);
    }

    private static DType scalar(Expr x, SourcePos pos, String what) {
        if (x.type() instanceof Type.Scalar s) return s.dtype();
        throw new TypingError(pos, what + " must be a number or a bool, got " + x.type());
    }

    private static Expr index(Expr i, SourcePos pos) {
        if (!(i.type() instanceof Type.Scalar s) || !s.dtype().isInteger() && !s.dtype().isBool()) {
            throw new TypingError(pos, "list indices must be integers, got " + i.type());
        }
        return TypedIr.cast(i, DType.INT64);
    }

    private static Expr key(Type.DictOf t, Expr k, SourcePos pos) {
        dictScalar(k, pos, "a dict key");
        return TypedIr.cast(k, t.key().dtype());
    }

    private static Expr value(Type.DictOf t, Expr v, SourcePos pos) {
        dictScalar(v, pos, "a dict value");
        return TypedIr.cast(v, t.value().dtype());
    }

    /** A dict's key or value: a scalar; arrays, lists and dicts (which Numba's typed dicts hold) are unsupported. */
    private static void dictScalar(Expr x, SourcePos pos, String what) {
        if (x.type() instanceof Type.Array || x.type() instanceof Type.ListOf || x.type() instanceof Type.DictOf) {
            throw new UnsupportedError(pos, "dicts of " + x.type() + " are not supported: Jumba's typed dicts hold scalars");
        }
        scalar(x, pos, what);
    }
}
