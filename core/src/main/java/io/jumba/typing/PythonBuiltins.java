package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.BinaryOp;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.ReduceOp;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Python's built-ins over iterables ({@code sum}, {@code any}, {@code all}), {@code divmod}, {@code pow}
 * and the integer and float helpers of {@code math} that have no intrinsic ({@code gcd}, {@code lcm},
 * {@code factorial}, {@code comb}, {@code isclose}, {@code frexp}, {@code ldexp}, {@code log2}, {@code log(x, base)}),
 * with CPython's results and errors (raised at the kernel line). The math helpers run code of
 * {@link BuiltinPrelude}.
 */
final class PythonBuiltins {
    private final FunctionTyping f;
    private final ExprLowering exprs;
    private final CallLowering calls;

    PythonBuiltins(FunctionTyping f, ExprLowering exprs, CallLowering calls) {
        this.f = f;
        this.exprs = exprs;
        this.calls = calls;
    }

    /** The call's value, or null when q with these arguments is none of these functions. */
    Expr call(String q, Call c) {
        return switch (q) {
            case "divmod" -> divmod(c);
            case "min", "max" -> c.args().size() == 1 && c.keywords().isEmpty() && (c.args().getFirst() instanceof PyExpr.Call
                    || isList(c.args().getFirst())) ? extreme(q.equals("min"), c) : null;
            case "sum" -> sum(c);
            case "any", "all" -> anyAll(q.equals("any"), c);
            case "pow" -> c.args().size() == 3 ? powmod(c) : power(c);
            case "math.gcd", "math.lcm" -> prelude(q.substring(5), integers(c, q, 2), c.pos());
            case "math.factorial" -> factorial(c);
            case "math.comb" -> comb(c);
            case "math.isclose" -> isclose(c);
            case "math.frexp" -> frexp(c);
            case "math.ldexp" -> ldexp(c);
            case "math.log2" -> log2(c);
            case "math.log" -> c.args().size() == 2 ? logBase(c) : null;
            case "cmath.log" -> c.args().size() == 2 ? complexLogBase(c) : null;
            default -> null;
        };
    }

    private Expr divmod(Call c) {
        List<Expr> args = held(calls.positional(c, "divmod"), c, "divmod", 2);
        Expr l = args.get(0), r = args.get(1);
        List<Expr> parts = List.of(exprs.binary(BinaryOp.FLOORDIV, l, r, c.pos()), exprs.binary(BinaryOp.MOD, l, r, c.pos()));
        return new Expr.TupleNew(parts, new Type.Tuple(parts.stream().map(Expr::type).toList()));
    }

    /** sum(iterable[, start]): start + the items, added left to right (np.sum's loop for an array). */
    private Expr sum(Call c) {
        List<PyExpr> args = c.args();
        if (!c.keywords().isEmpty() || args.isEmpty() || args.size() > 2) {
            throw new TypingError(c.pos(), "sum() takes an iterable and an optional start");
        }
        Expr start = args.size() == 2 ? f.temp(exprs.lower(args.get(1))) : TypedIr.i64(0);
        Expr only = args.getFirst() instanceof PyExpr.Call ? null : exprs.lower(args.getFirst());
        if (only != null && only.type() instanceof Type.Array a && a.ndim() == 1 && !a.dtype().isComplex()) {
            Expr total = new Expr.Reduce(ReduceOp.SUM, only, null, Type.scalar(ArrayCalls.reduceType(ReduceOp.SUM, a.dtype())), c.pos());
            return args.size() == 2 ? exprs.binary(BinaryOp.ADD, start, total, c.pos()) : total;
        }
        if (only != null && only.type() instanceof Type.Tuple t && isMixedScalars(t)) return mixedSum(start, f.temp(only), t, c.pos());
        Iterables.Sequence items = sequence(args.getFirst(), only);
        Expr first = items.item().apply(TypedIr.i64(0));
        Type t = exprs.binary(BinaryOp.ADD, start, first, c.pos()).type();
        Var acc = f.freshVar(t);
        f.emit(new Stmt.Assign(acc, f.convert(start, t, c.pos())));
        loop(items, item -> List.of(new Stmt.Assign(acc, f.convert(exprs.binary(BinaryOp.ADD, new Expr.Local(acc), item, c.pos()), t, c.pos()))), c.pos());
        return new Expr.Local(acc);
    }

    private static boolean isMixedScalars(Type.Tuple t) {
        List<Type> es = t.elements();
        return !es.isEmpty() && es.stream().allMatch(e -> e instanceof Type.Scalar) && es.stream().anyMatch(e -> !e.equals(es.getFirst()));
    }

    /**
     * sum of a tuple of scalars of different types, as Numba unrolls it ({@code acc = start; acc += x} per element):
     * the total has the type that unifies start's with every partial sum's ({@code sum((1.5, n))} is float64).
     */
    private Expr mixedSum(Expr start, Expr tuple, Type.Tuple t, SourcePos pos) {
        if (!(start.type() instanceof Type.Scalar s)) throw new TypingError(pos, "sum() start must be a number, got " + start.type());
        DType total = s.dtype();
        for (int pass = 0; pass < 2; pass++) {  // the second pass reaches the fixpoint (acc's unified type + each element)
            for (Type e : t.elements()) {
                total = DType.promote(total, Promotion.scalarBinary(BinaryOp.ADD, total, ((Type.Scalar) e).dtype()));
            }
        }
        Type acc = Type.scalar(total);
        Var v = f.freshVar(acc);
        f.emit(new Stmt.Assign(v, f.convert(start, acc, pos)));
        for (int i = 0; i < t.elements().size(); i++) {
            Expr item = new Expr.TupleGet(tuple, i, t.elements().get(i));
            f.emit(new Stmt.Assign(v, f.convert(exprs.binary(BinaryOp.ADD, new Expr.Local(v), item, pos), acc, pos)));
        }
        return new Expr.Local(v);
    }

    /** min/max of range(...), enumerate or zip: the first item that no later one beats, as Python compares. */
    private Expr extreme(boolean min, Call c) {
        PyExpr arg = c.args().getFirst();
        Iterables.Sequence items = arg instanceof PyExpr.Call ? new Iterables(f, Set.of()).of(arg) : sequence(arg, exprs.lower(arg));
        Expr n = f.temp(items.length());
        raiseIf(cmp(CmpOp.EQ, n, TypedIr.i64(0)), (min ? "min" : "max") + "() arg is an empty sequence", c.pos());
        Expr first = items.item().apply(TypedIr.i64(0));
        Var best = f.freshVar(first.type());
        f.emit(new Stmt.Assign(best, first));
        Var k = f.freshVar(Type.INT64);
        List<Stmt> body = f.collect(() -> {
            Expr item = f.temp(items.item().apply(new Expr.Local(k)));
            Expr better = exprs.compareOne(min ? io.jumba.frontend.ast.CompareOp.LT : io.jumba.frontend.ast.CompareOp.GT,
                    item, new Expr.Local(best), c.pos());
            f.emit(new Stmt.If(better, List.of(new Stmt.Assign(best, f.convert(item, best.type(), c.pos()))), List.of()));
        });
        f.emit(new Stmt.ForRange(k, TypedIr.i64(1), n, TypedIr.i64(1), body, false, c.pos()));
        return new Expr.Local(best);
    }

    private Expr anyAll(boolean any, Call c) {
        if (!c.keywords().isEmpty() || c.args().size() != 1) throw new TypingError(c.pos(), (any ? "any" : "all") + "() takes one iterable");
        PyExpr arg = c.args().getFirst();
        Expr only = arg instanceof PyExpr.Call ? null : exprs.lower(arg);
        if (only != null && only.type() instanceof Type.Array a) {
            ReduceOp op = any ? ReduceOp.ANY : ReduceOp.ALL;
            return a.dtype().isComplex() ? ComplexReductions.whole(f, op, only, c.pos())
                    : new Expr.Reduce(op, only, null, Type.BOOL, c.pos());
        }
        if (only != null && only.type() instanceof Type.Tuple t && isMixedScalars(t)) {
            // a tuple of scalars of different types (Python's any((n, 0.5))): each element's truth, in order
            Expr tuple = f.temp(only);
            Expr result = null;
            for (int i = 0; i < t.elements().size(); i++) {
                Expr truth = TypedIr.truth(new Expr.TupleGet(tuple, i, t.elements().get(i)), c.pos());
                result = result == null ? truth : new Expr.Logical(!any, result, truth);
            }
            return result;
        }
        Iterables.Sequence items = sequence(arg, only);
        Var acc = f.freshVar(Type.BOOL);
        f.emit(new Stmt.Assign(acc, new Expr.Const(!any, Type.BOOL)));
        loop(items, item -> {
            Expr truth = TypedIr.truth(item, c.pos());
            return List.of(new Stmt.If(any ? truth : TypedIr.not(truth),
                    List.of(new Stmt.Assign(acc, new Expr.Const(any, Type.BOOL)), new Stmt.Break()), List.of()));
        }, c.pos());
        return new Expr.Local(acc);
    }

    /** pow(a, b) is a ** b. */
    private Expr power(Call c) {
        List<Expr> args = held(calls.positional(c, "pow"), c, "pow", 2);
        return exprs.binary(BinaryOp.POW, args.get(0), args.get(1), c.pos());
    }

    /**
     * pow(a, b, m) on integers: Python's result takes m's sign; m == 0 raises ValueError; b < 0 is the power of a's
     * inverse modulo m (Python 3.8), a ValueError when a has none.
     */
    private Expr powmod(Call c) {
        List<Expr> args = integers(c, "pow", 3);
        Expr a = args.get(0), b = args.get(1), m = args.get(2);
        raiseIf(cmp(CmpOp.EQ, m, TypedIr.i64(0)), "pow() 3rd argument cannot be 0", c.pos());
        Expr positive = f.temp(new Expr.Select(cmp(CmpOp.LT, m, TypedIr.i64(0)), neg(m, c.pos()), m, Type.INT64));
        Var power = f.freshVar(Type.INT64);
        List<Expr> operands = List.of(a, b, positive);
        List<Stmt> negative = f.collect(() -> f.emit(new Stmt.Assign(power, prelude("powmod_negative", operands, c.pos()))));
        List<Stmt> plain = f.collect(() -> f.emit(new Stmt.Assign(power, prelude("powmod", operands, c.pos()))));
        f.emit(new Stmt.If(cmp(CmpOp.LT, b, TypedIr.i64(0)), negative, plain));
        Expr r = new Expr.Local(power);
        raiseIf(cmp(CmpOp.LT, r, TypedIr.i64(0)), "base is not invertible for the given modulus", c.pos());
        // For m < 0 Python's result lies in (m, 0]: r - |m| when r is not 0.
        Expr adjusted = exprs.binary(BinaryOp.SUB, r, positive, c.pos());
        return new Expr.Select(new Expr.Logical(true, cmp(CmpOp.LT, m, TypedIr.i64(0)), cmp(CmpOp.NE, r, TypedIr.i64(0))),
                adjusted, r, Type.INT64);
    }

    private Expr factorial(Call c) {
        List<Expr> args = integers(c, "math.factorial", 1);
        raiseIf(cmp(CmpOp.LT, args.getFirst(), TypedIr.i64(0)), "factorial() not defined for negative values", c.pos());
        return prelude("factorial", args, c.pos());
    }

    private Expr comb(Call c) {
        List<Expr> args = integers(c, "math.comb", 2);
        raiseIf(cmp(CmpOp.LT, args.get(0), TypedIr.i64(0)), "n must be a non-negative integer", c.pos());
        raiseIf(cmp(CmpOp.LT, args.get(1), TypedIr.i64(0)), "k must be a non-negative integer", c.pos());
        return prelude("comb", args, c.pos());
    }

    /** math.isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0). */
    private Expr isclose(Call c) {
        if (c.args().size() != 2) throw new TypingError(c.pos(), "math.isclose() takes 2 positional arguments");
        List<Expr> args = new ArrayList<>();
        for (PyExpr a : c.args()) args.add(exprs.lower(a));
        Expr rel = TypedIr.constant(1e-9, DType.FLOAT64), abs = TypedIr.constant(0.0, DType.FLOAT64);
        for (PyExpr.Keyword k : c.keywords()) {
            switch (k.name()) {
                case "rel_tol" -> rel = exprs.lower(k.value());
                case "abs_tol" -> abs = exprs.lower(k.value());
                default -> throw new TypingError(k.pos(), "math.isclose() got an unexpected keyword argument '" + k.name() + "'");
            }
        }
        args.add(rel);
        args.add(abs);
        List<Expr> xs = new ArrayList<>();
        for (Expr e : args) xs.add(f.temp(toFloat(e, "math.isclose", c.pos())));
        raiseIf(new Expr.Logical(false, cmp(CmpOp.LT, xs.get(2), TypedIr.constant(0.0, DType.FLOAT64)),
                cmp(CmpOp.LT, xs.get(3), TypedIr.constant(0.0, DType.FLOAT64))), "tolerances must be non-negative", c.pos());
        return prelude("isclose", xs, c.pos());
    }

    /** math.frexp(x): (mantissa, exponent) with the exponent an int32 (a C int), as Numba types it. */
    private Expr frexp(Call c) {
        Expr pair = f.temp(prelude("frexp", floats(c, "math.frexp", 1), c.pos()));
        Type.Tuple t = new Type.Tuple(List.of(Type.FLOAT64, Type.scalar(DType.INT32)));
        return new Expr.TupleNew(List.of(new Expr.TupleGet(pair, 0, Type.FLOAT64),
                TypedIr.cast(new Expr.TupleGet(pair, 1, Type.INT64), DType.INT32)), t);
    }

    private Expr ldexp(Call c) {
        List<Expr> args = held(calls.positional(c, "math.ldexp"), c, "math.ldexp", 2);
        if (!(args.get(1).type() instanceof Type.Scalar s) || !s.dtype().isInteger()) {
            throw new TypingError(c.pos(), "math.ldexp() expects an integer exponent, got " + args.get(1).type());
        }
        return prelude("ldexp", List.of(toFloat(args.get(0), "math.ldexp", c.pos()), TypedIr.cast(args.get(1), DType.INT64)), c.pos());
    }

    private Expr log2(Call c) {
        Expr x = floats(c, "math.log2", 1).getFirst();
        raiseIf(cmp(CmpOp.LE, x, TypedIr.constant(0.0, DType.FLOAT64)), "math domain error", c.pos());
        return prelude("log2", List.of(x), c.pos());
    }

    /** math.log(x, base) is log(x) / log(base), as CPython computes it. */
    private Expr logBase(Call c) {
        List<Expr> xs = floats(c, "math.log", 2);
        Expr zero = TypedIr.constant(0.0, DType.FLOAT64);
        raiseIf(new Expr.Logical(false, cmp(CmpOp.LE, xs.get(0), zero), cmp(CmpOp.LE, xs.get(1), zero)), "math domain error", c.pos());
        f.emit(new Stmt.If(cmp(CmpOp.EQ, xs.get(1), TypedIr.constant(1.0, DType.FLOAT64)),
                List.of(new Stmt.Raise("ZeroDivisionError", "float division by zero", List.of(), c.pos())), List.of()));
        Expr num = MathFunctionTyping.apply(io.jumba.runtime.MathFn.LOG, List.of(xs.get(0)), DType.FLOAT64, c.pos());
        Expr den = MathFunctionTyping.apply(io.jumba.runtime.MathFn.LOG, List.of(xs.get(1)), DType.FLOAT64, c.pos());
        return exprs.binary(BinaryOp.TRUEDIV, num, den, c.pos());
    }

    /**
     * cmath.log(z, base) is log(z) / log(base) in the complex type of both (complex128 unless both are complex64), as
     * Numba computes it: a complex division, so base 1 is ZeroDivisionError where CPython raises ValueError.
     */
    private Expr complexLogBase(Call c) {
        List<Expr> args = held(calls.positional(c, "cmath.log"), c, "cmath.log", 2);
        DType common = DType.BOOL;
        for (Expr e : args) {
            if (!(e.type() instanceof Type.Scalar s)) throw new TypingError(c.pos(), "cmath.log() expects numbers, got " + e.type());
            common = DType.promote(common, s.dtype());
        }
        DType d = common.isComplex() ? common : DType.COMPLEX128;
        Expr num = ComplexCalls.apply(io.jumba.runtime.MathFn.C_LOG, List.of(TypedIr.cast(args.get(0), d)), c.pos());
        Expr den = ComplexCalls.apply(io.jumba.runtime.MathFn.C_LOG, List.of(TypedIr.cast(args.get(1), d)), c.pos());
        return exprs.binary(BinaryOp.TRUEDIV, num, den, c.pos());
    }

    // --- helpers

    /** Whether arg is a list display, a comprehension, or a variable holding a list (min/max iterate it). */
    private boolean isList(PyExpr arg) {
        return arg instanceof PyExpr.ListComp || arg instanceof PyExpr.ListLit
                || arg instanceof PyExpr.Name n && f.scope.lookup(n.id()) instanceof io.jumba.ir.Var v && v.type() instanceof Type.ListOf;
    }

    private Iterables.Sequence sequence(PyExpr arg, Expr lowered) {
        if (lowered == null) return new Iterables(f, Set.of()).of(arg);
        return switch (lowered.type()) {
            case Type.Array a when a.ndim() > 0 -> {
                Expr array = f.temp(lowered);
                yield new Iterables.Sequence(new Expr.Dim(array, 0), k -> new ArrayIndexing(exprs).first(array, k, arg.pos()));
            }
            case Type.Tuple t -> new Iterables(f, Set.of()).tuple(f.temp(lowered), t, arg);
            case Type.ListOf l -> ListsAndDicts.sequence(f.temp(lowered), arg.pos());
            default -> throw new TypingError(arg.pos(), "expected an iterable (array, tuple, range, ...), got " + lowered.type());
        };
    }

    /** for k in range(len(items)): body(items[k]). */
    private void loop(Iterables.Sequence items, java.util.function.Function<Expr, List<Stmt>> body, SourcePos pos) {
        Var k = f.freshVar(Type.INT64);
        List<Stmt> stmts = new ArrayList<>(f.collect(() -> body.apply(items.item().apply(new Expr.Local(k))).forEach(f::emit)));
        f.emit(new Stmt.ForRange(k, TypedIr.i64(0), f.temp(items.length()), TypedIr.i64(1), stmts, false, pos));
    }

    private Expr prelude(String name, List<Expr> args, SourcePos pos) { return BuiltinPrelude.call(f, name, args, pos); }

    private void raiseIf(Expr cond, String message, SourcePos pos) {
        Checks.raiseIf(f, cond, "ValueError", message, pos);
    }

    private List<Expr> held(List<Expr> args, Call c, String name, int n) {
        if (args.size() != n) throw new TypingError(c.pos(), name + "() takes " + n + " argument(s), got " + args.size());
        return args.stream().map(f::temp).toList();
    }

    private List<Expr> integers(Call c, String name, int n) {
        List<Expr> args = held(calls.positional(c, name), c, name, n);
        List<Expr> out = new ArrayList<>();
        for (Expr e : args) {
            if (!(e.type() instanceof Type.Scalar s) || !s.dtype().isInteger()) {
                throw new TypingError(c.pos(), name + "() expects integers, got " + e.type());
            }
            out.add(f.temp(TypedIr.cast(e, DType.INT64)));
        }
        return out;
    }

    private List<Expr> floats(Call c, String name, int n) {
        return held(calls.positional(c, name), c, name, n).stream().map(e -> f.temp(toFloat(e, name, c.pos()))).toList();
    }

    private static Expr toFloat(Expr e, String name, SourcePos pos) {
        if (!(e.type() instanceof Type.Scalar)) throw new TypingError(pos, name + "() expects numbers, got " + e.type());
        return TypedIr.cast(e, DType.FLOAT64);
    }

    private static Expr cmp(CmpOp op, Expr l, Expr r) { return TypedIr.compare(op, l, r, TypedIr.dtype(l)); }

    private static Expr neg(Expr e, SourcePos pos) {
        return TypedIr.binary(io.jumba.ir.BinOp.SUB, TypedIr.i64(0), e, DType.INT64, pos);
    }
}
