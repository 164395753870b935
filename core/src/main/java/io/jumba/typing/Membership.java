package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.ReduceOp;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code x in container} as Numba supports it: a tuple (x equals one of its elements), {@code range(...)} (by
 * arithmetic, without iterating) and an array (any element equals x).
 */
final class Membership {
    private final FunctionTyping f;
    private final ExprLowering exprs;

    Membership(FunctionTyping f, ExprLowering exprs) {
        this.f = f;
        this.exprs = exprs;
    }

    /** Whether x is in container (a bool expression); {@code not in} negates it. */
    Expr test(Expr x, PyExpr container, SourcePos pos) {
        if (container instanceof PyExpr.Call call && "range".equals(exprs.qualify(call.func())) && !f.scope.has("range")) {
            return inRange(x, call, pos);
        }
        Expr c = exprs.lower(container);
        return switch (c.type()) {
            case Type.Tuple t -> {
                if (t.elements().isEmpty()) yield new Expr.Const(false, Type.BOOL);
                Expr item = f.temp(x);
                Expr tuple = f.temp(c);
                Expr any = null;
                for (int i = 0; i < t.elements().size(); i++) {
                    Expr eq = exprs.compareOne(io.jumba.frontend.ast.CompareOp.EQ, item,
                            new Expr.TupleGet(tuple, i, t.elements().get(i)), pos);
                    if (!eq.type().equals(Type.BOOL)) throw new TypingError(pos, "'in' a tuple needs scalars, got " + t);
                    any = any == null ? eq : new Expr.Logical(false, any, eq);
                }
                yield any;
            }
            case Type.Array a -> {
                if (!(x.type() instanceof Type.Scalar)) throw new TypingError(pos, "'in' an array needs a scalar, got " + x.type());
                yield new Expr.Reduce(ReduceOp.ANY, ArrayExpressions.compare(CmpOp.EQ, c, x, pos), null, Type.BOOL, pos);
            }
            case Type.ListOf l -> new ListsAndDicts(f, exprs).contains(x, c, pos);
            case Type.DictOf d -> new ListsAndDicts(f, exprs).contains(x, c, pos);
            default -> throw new TypingError(container.pos(), "'in' needs a tuple, a range, an array, a list or a dict, got " + c.type());
        };
    }

    /** start ≤ x < stop (or stop < x ≤ start for a negative step) and x − start a multiple of the step. */
    private Expr inRange(Expr x, PyExpr.Call call, SourcePos pos) {
        int n = call.args().size();
        if (!call.keywords().isEmpty() || n < 1 || n > 3) throw new TypingError(call.pos(), "range() expects 1 to 3 integer arguments");
        if (!(x.type() instanceof Type.Scalar s) || !s.dtype().isInteger()) {
            throw new TypingError(pos, "'in' a range needs an integer, got " + x.type());
        }
        Expr v = f.temp(TypedIr.cast(x, DType.INT64));
        List<Expr> args = new ArrayList<>();
        for (PyExpr a : call.args()) {
            Expr e = exprs.lower(a);
            if (!(e.type() instanceof Type.Scalar t) || !t.dtype().isInteger()) {
                throw new TypingError(a.pos(), "range() expects integer arguments, got " + e.type());
            }
            args.add(f.temp(TypedIr.cast(e, DType.INT64)));
        }
        Expr start = n == 1 ? TypedIr.i64(0) : args.get(0), stop = n == 1 ? args.get(0) : args.get(1);
        if (n < 3) return and(cmp(CmpOp.LE, start, v), cmp(CmpOp.LT, v, stop));
        Expr step = args.get(2);
        f.emit(new io.jumba.ir.Stmt.If(cmp(CmpOp.EQ, step, TypedIr.i64(0)), List.of(
                new io.jumba.ir.Stmt.Raise("ValueError", "range() arg 3 must not be zero", List.of(), call.pos())), List.of()));
        Expr up = and(and(cmp(CmpOp.LE, start, v), cmp(CmpOp.LT, v, stop)), multiple(sub(v, start, pos), step, pos));
        Expr down = and(and(cmp(CmpOp.LT, stop, v), cmp(CmpOp.LE, v, start)),
                multiple(sub(start, v, pos), sub(TypedIr.i64(0), step, pos), pos));
        return new Expr.Select(cmp(CmpOp.GT, step, TypedIr.i64(0)), up, down, Type.BOOL);
    }

    /** d % step == 0, evaluated only where the range bounds hold, so d ≥ 0 and step > 0. */
    private static Expr multiple(Expr d, Expr step, SourcePos pos) {
        return cmp(CmpOp.EQ, TypedIr.binary(BinOp.MOD, d, step, DType.INT64, pos), TypedIr.i64(0));
    }

    private static Expr sub(Expr l, Expr r, SourcePos pos) { return TypedIr.binary(BinOp.SUB, l, r, DType.INT64, pos); }

    private static Expr cmp(CmpOp op, Expr l, Expr r) { return TypedIr.compare(op, l, r, DType.INT64); }

    private static Expr and(Expr l, Expr r) { return new Expr.Logical(true, l, r); }
}
