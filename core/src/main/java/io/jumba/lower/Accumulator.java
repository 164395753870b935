package io.jumba.lower;

import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.ReduceOp;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.List;

/**
 * The running state of one reduction: declared before the loop, updated once per element in order, read after.
 * NumPy's rules: NaN propagates through MIN/MAX; ARGMIN/ARGMAX keep the first extreme and stop moving at the
 * first NaN; MEAN sums in float64 and divides by the count as Numba does, so a mean of nothing raises
 * ZeroDivisionError (NaN under the 'numpy' error model). MIN/MAX/ARGMIN/ARGMAX of nothing are rejected before the loop
 * ({@link ReduceOp#emptyMessage}), so their start values (the dtype's extremes) are never results themselves.
 * Bool elements are compared as int64 (False &lt; True). ANY and ALL fold each element's truth as int64 0 or 1 with
 * {@code |} and {@code &amp;}: bool has no vector lanes, int64 has, and NumPy evaluates every element anyway.
 */
final class Accumulator {
    private final ReduceOp op;
    private final Type.Scalar resultType;
    private final Var acc;
    private final Var best;
    private final SourcePos pos;

    private Accumulator(ReduceOp op, Type.Scalar resultType, Var acc, Var best, SourcePos pos) {
        this.op = op;
        this.resultType = resultType;
        this.acc = acc;
        this.best = best;
        this.pos = pos;
    }

    /** Declares the accumulator (and, for ARGMIN/ARGMAX, the best position) in out. */
    static Accumulator start(ReduceOp op, Type.Scalar elementType, Type.Scalar resultType, SourcePos pos, Emitter out) {
        Type.Scalar accType = switch (op) {
            case SUM, PROD -> resultType;
            case MEAN -> Type.FLOAT64;
            case ANY, ALL -> Type.INT64;
            case MIN, MAX, ARGMIN, ARGMAX -> elementType.dtype().isBool() ? Type.INT64 : elementType;
        };
        Var acc = out.fresh("acc", accType);
        out.add(new Stmt.Assign(acc, switch (op) {
            case SUM, MEAN -> Ir.number(accType, 0.0, 0);
            case PROD -> Ir.number(accType, 1.0, 1);
            case ANY -> Ir.i64(0);
            case ALL -> Ir.i64(1);
            case MIN, ARGMIN -> extreme(accType, true);
            case MAX, ARGMAX -> extreme(accType, false);
        }));
        Var best = null;
        if (op == ReduceOp.ARGMIN || op == ReduceOp.ARGMAX) {
            best = out.fresh("arg", Type.INT64);
            out.add(new Stmt.Assign(best, Ir.i64(0)));
        }
        return new Accumulator(op, resultType, acc, best, pos);
    }

    /** The largest (or smallest) value of type: an infinity for floats. */
    private static Expr extreme(Type.Scalar type, boolean largest) {
        if (type.dtype().isFloat()) return Ir.number(type, largest ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY, 0);
        return Ir.number(type, 0, largest ? Limits.max(type.dtype()) : Limits.min(type.dtype()));
    }

    /**
     * Folds in element (a variable or constant: it may be read several times) found at position (an int64 index,
     * read only by ARGMIN/ARGMAX).
     */
    void update(Expr element, Expr position, Emitter body) {
        Expr.Local a = new Expr.Local(acc);
        Expr v = switch (op) {
            case ANY, ALL -> Ir.cast(Ir.cast(element, Type.BOOL), Type.INT64);
            case SUM, MEAN, PROD, MIN, MAX, ARGMIN, ARGMAX -> Ir.cast(element, (Type.Scalar) acc.type());
        };
        switch (op) {
            case SUM, MEAN, PROD, ANY, ALL -> body.add(new Stmt.Assign(acc, fold(op, a, v, pos)));
            case MIN, MAX -> body.add(new Stmt.If(improves(v, a), List.of(new Stmt.Assign(acc, v)), List.of()));
            case ARGMIN, ARGMAX -> {
                Expr cond = isFloat() ? Ir.and(Ir.not(Ir.isNan(a)), improves(v, a)) : improves(v, a);
                body.add(new Stmt.If(cond, List.of(new Stmt.Assign(acc, v), new Stmt.Assign(best, position)), List.of()));
            }
        }
    }

    /** Whether op is a plain fold {@code acc = acc (+, *, |, &) element} (then see {@link #fold}). */
    static boolean isFold(ReduceOp op) {
        return switch (op) {
            case SUM, PROD, MEAN, ANY, ALL -> true;
            case MIN, MAX, ARGMIN, ARGMAX -> false;
        };
    }

    /**
     * The fold step of a plain fold op: the accumulated value with element v (both of acc's type: int64 0 or 1, or
     * bool, for ANY and ALL) folded in. ANY and ALL fold with the bitwise {@code |} and {@code &} rather than
     * short-circuit logic: NumPy evaluates every element of the array anyway, and a plain bitwise fold is a reduction
     * the vectorizer recognizes.
     */
    static Expr fold(ReduceOp op, Expr acc, Expr v, SourcePos pos) {
        return switch (op) {
            case SUM, MEAN -> Ir.binary(BinOp.ADD, acc, v, pos);
            case PROD -> Ir.binary(BinOp.MUL, acc, v, pos);
            case ANY -> Ir.binary(BinOp.BITOR, acc, v, pos);
            case ALL -> Ir.binary(BinOp.BITAND, acc, v, pos);
            case MIN, MAX, ARGMIN, ARGMAX -> throw new IllegalArgumentException(op + " is not a plain fold");
        };
    }

    /** v beats the current a: strictly smaller (MIN) or larger (MAX), or NaN. */
    private Expr improves(Expr v, Expr a) {
        CmpOp cmp = op == ReduceOp.MIN || op == ReduceOp.ARGMIN ? CmpOp.LT : CmpOp.GT;
        Expr better = Ir.cmp(cmp, v, a);
        return isFloat() ? Ir.or(better, Ir.isNan(v)) : better;
    }

    private boolean isFloat() { return ((Type.Scalar) acc.type()).dtype().isFloat(); }

    /** The reduction's value after count elements were folded in. */
    Expr result(Expr count) {
        Expr a = new Expr.Local(acc);
        return switch (op) {
            case SUM, PROD -> a;
            case ANY, ALL -> Ir.ne(a, Ir.i64(0));
            case MIN, MAX -> Ir.cast(a, resultType);
            case ARGMIN, ARGMAX -> new Expr.Local(best);
            case MEAN -> Ir.cast(Ir.binary(BinOp.DIV, a, Ir.cast(count, Type.FLOAT64), pos), resultType);
        };
    }
}
