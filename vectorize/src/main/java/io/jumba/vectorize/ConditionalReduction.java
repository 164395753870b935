package io.jumba.vectorize;

import io.jumba.array.DType;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.IrPrinter;
import io.jumba.ir.Stmt;
import io.jumba.ir.UnOp;
import io.jumba.ir.Var;
import io.jumba.types.Type;

import java.util.List;

/**
 * A conditional min/max update, optionally with the position of the extreme:
 * <pre>
 *   if COND(v, m):      # v OP m (or m OP' v), OP one of &lt; &lt;= &gt; &gt;=
 *       m = v           #   optionally: COND or isnan(v)             (np.min/np.max: a NaN wins)
 *       k = e           #   optionally: not isnan(m) and (COND ...)  (np.argmin/argmax: the first NaN wins)
 * </pre>
 * the user's {@code if a[i] > m: m = a[i]; k = i} and what {@code Accumulator} lowers np.min/max/argmin/argmax to.
 * Each of these conditions makes the final state a <em>selection</em>: the element that is best by a fixed order of
 * values (NaN best or never taken, as the condition says) with ties broken by position (the first with a strict OP
 * and with a NaN that freezes m, the last otherwise), the start value counting as earlier than every element. So
 * every lane may run the update on its own iterations, and two lanes' states merge exactly by feeding them through
 * the condition in position order ({@link ConditionalReductionCode}). Other conditions (e.g. {@code v > m + 1}) are
 * not selections and are not recognised.
 *
 * @param site      the if statement
 * @param value     m, assigned only here
 * @param challenger v (v mentions neither m nor k)
 * @param op        the comparison as {@code v op m}
 * @param nanWins   whether a NaN v is taken ({@code or isnan(v)})
 * @param nanFreezes whether nothing is taken once m is NaN ({@code not isnan(m) and ...})
 * @param index     k, assigned only here, or null
 * @param indexValue e (mentions neither m nor k), or null
 */
record ConditionalReduction(Stmt.If site, Var value, Expr challenger, CmpOp op, boolean nanWins, boolean nanFreezes,
                            Var index, Expr indexValue) {

    /** The update recognised in statement i, or null. */
    static ConditionalReduction of(Stmt.If i) {
        if (!i.otherwise().isEmpty() || i.then().isEmpty() || i.then().size() > 2) return null;
        for (Stmt s : i.then()) if (!(s instanceof Stmt.Assign)) return null;
        for (Stmt s : i.then()) {
            Stmt.Assign a = (Stmt.Assign) s;
            ConditionalReduction r = withValue(i, a.target(), a.value());
            if (r == null) continue;
            if (i.then().size() == 1) return r;
            Stmt.Assign other = (Stmt.Assign) i.then().get(i.then().get(0) == s ? 1 : 0);
            Var k = other.target();
            if (k.equals(r.value) || Exprs.reads(other.value(), k) || Exprs.reads(other.value(), r.value)
                    || Exprs.reads(r.challenger, k) || !(k.type() instanceof Type.Scalar)) {
                return null;
            }
            return new ConditionalReduction(i, r.value, r.challenger, r.op, r.nanWins, r.nanFreezes, k, other.value());
        }
        return null;
    }

    /** The update when i's condition has one of the recognised shapes over m and v. */
    private static ConditionalReduction withValue(Stmt.If i, Var m, Expr v) {
        if (!(m.type() instanceof Type.Scalar s) || Exprs.reads(v, m)) return null;
        boolean isFloat = s.dtype().isFloat();
        Expr cond = i.cond();
        boolean freezes = false, wins = false;
        if (isFloat && cond instanceof Expr.Logical l && l.isAnd() && l.left() instanceof Expr.Unary u
                && u.op() == UnOp.NOT && isNan(u.operand(), new Expr.Local(m))) {
            freezes = true;
            cond = l.right();
        }
        if (isFloat && cond instanceof Expr.Logical l && !l.isAnd()) {
            if (isNan(l.right(), v)) {
                cond = l.left();
            } else if (isNan(l.left(), v)) {
                cond = l.right();
            } else {
                return null;
            }
            wins = true;
        }
        if (!(cond instanceof Expr.Compare c)) return null;
        Expr left = unwidened(c.left(), s), right = unwidened(c.right(), s);
        CmpOp op;
        if (same(left, v) && isLocal(right, m)) {
            op = c.op();
        } else if (isLocal(left, m) && same(right, v)) {
            op = flipped(c.op());
        } else {
            return null;
        }
        if (op == null) return null;
        return new ConditionalReduction(i, m, v, op, wins, freezes, null, null);
    }

    /**
     * e without a widening cast from type t (Numba compares int32 values as int64): such casts are exact and keep the
     * order, so comparing the narrow values is the same.
     */
    private static Expr unwidened(Expr e, Type.Scalar t) {
        if (e instanceof Expr.Cast c && c.operand().type().equals(t)) {
            DType to = c.type().dtype();
            boolean exact = switch (t.dtype()) {
                case INT32 -> to == DType.INT64 || to == DType.FLOAT64;
                case FLOAT32 -> to == DType.FLOAT64;
                default -> false;
            };
            if (exact) return c.operand();
        }
        return e;
    }

    private static CmpOp flipped(CmpOp op) {
        return switch (op) {
            case LT -> CmpOp.GT;
            case GT -> CmpOp.LT;
            case LE -> CmpOp.GE;
            case GE -> CmpOp.LE;
            case EQ, NE -> null;
        };
    }

    private static boolean isNan(Expr e, Expr x) {
        return e instanceof Expr.Compare c && c.op() == CmpOp.NE && same(c.left(), x) && same(c.right(), x);
    }

    private static boolean isLocal(Expr e, Var v) { return e instanceof Expr.Local l && l.var().equals(v); }

    /** The same value: equal types and text (the two {@code a[i]} of {@code if a[i] > m: m = a[i]} differ in position only). */
    private static boolean same(Expr a, Expr b) {
        return a.equals(b) || a.type().equals(b.type()) && IrPrinter.expr(a).equals(IrPrinter.expr(b));
    }

    /** The dtype of m. */
    DType dtype() { return ((Type.Scalar) value.type()).dtype(); }

    /** Whether the extreme sought is the largest. */
    boolean max() { return op == CmpOp.GT || op == CmpOp.GE; }

    /**
     * Whether the lanes must remember where their values came from: to break ties by position (float values may tie
     * as -0.0 and 0.0, and k differs between tied elements); not for integer values alone, whose ties are equal.
     */
    boolean tracksPosition() { return index != null || dtype().isFloat(); }

    /** The variables this update writes, for reports: {@code m (max)} and {@code k (argmax)}. */
    List<String> describe() {
        String ties = op == CmpOp.GE || op == CmpOp.LE ? ", last of ties" : "";
        String what = max() ? "max" : "min";
        return index == null ? List.of(value.name() + " (" + what + ties + ")")
                : List.of(value.name() + " (" + what + ties + ")", index.name() + " (arg" + what + ties + ")");
    }

    /**
     * Java source of the condition with x as v and y as m (scalar code), e.g. {@code ((x > y) || x != x)}: whether an
     * element x, later than the current state y, is taken. uint64 values compare unsigned.
     */
    String javaCondition(String x, String y) {
        String c = dtype() == DType.UINT64 ? "(Long.compareUnsigned(" + x + ", " + y + ") " + op.symbol() + " 0)"
                : "(" + x + " " + op.symbol() + " " + y + ")";
        if (nanWins) c = "(" + c + " || " + x + " != " + x + ")";
        if (nanFreezes) c = "(" + y + " == " + y + " && " + c + ")";
        return c;
    }
}
