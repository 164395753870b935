package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.UnOp;
import io.jumba.runtime.MathFn;
import io.jumba.runtime.MathTyping;
import io.jumba.runtime.ScalarImplementation;
import io.jumba.source.SourcePos;
import io.jumba.typing.MathIntrinsics;
import io.jumba.types.Type;

import java.util.List;

/**
 * A fluent, typed scalar expression of a ufunc loop body; {@link #expr()} is the IR it stands for. Operands are made
 * to agree with explicit {@link Expr.Cast}s: two typed operands promote as NumPy ({@link DType#promote}); a literal
 * ({@link #of}) is weak and takes the other operand's type unless it is of a higher kind (a float literal with an
 * int operand computes in float64). Arithmetic on bool computes in int64; true division of ints in float64.
 */
public final class UExpr {
    private static final SourcePos POS = new SourcePos("<ufunc>", 0, 0, "");

    private final Expr expr;
    private final boolean literal;

    private UExpr(Expr expr, boolean literal) {
        this.expr = expr;
        this.literal = literal;
    }

    /** A typed value wrapping IR (e.g. a loop input). */
    static UExpr wrap(Expr expr) { return new UExpr(expr, false); }

    public static UExpr of(double v) { return new UExpr(new Expr.Const(v, Type.FLOAT64), true); }

    public static UExpr of(long v) { return new UExpr(new Expr.Const(v, Type.INT64), true); }

    public static UExpr of(boolean v) { return new UExpr(new Expr.Const(v, Type.BOOL), true); }

    /** The literal 1 (an int literal: it takes a float operand's type). */
    public static UExpr one() { return of(1L); }

    public static UExpr zero() { return of(0L); }

    /** {@code cond ? a : b}, evaluating only the chosen branch. */
    public static UExpr where(UExpr cond, UExpr a, UExpr b) {
        DType t = common(a, b);
        Type.Scalar st = Type.scalar(t);
        return new UExpr(new Expr.Select(cond.as(DType.BOOL), a.as(t), b.as(t), st), a.literal && b.literal);
    }

    Expr expr() { return expr; }

    public DType dtype() { return ((Type.Scalar) expr.type()).dtype(); }

    // ---- arithmetic ---------------------------------------------------------------------------------------------

    public UExpr add(UExpr o) { return arith(BinOp.ADD, o); }
    public UExpr sub(UExpr o) { return arith(BinOp.SUB, o); }
    public UExpr mul(UExpr o) { return arith(BinOp.MUL, o); }
    public UExpr floorDiv(UExpr o) { return arith(BinOp.FLOORDIV, o); }
    public UExpr mod(UExpr o) { return arith(BinOp.MOD, o); }
    public UExpr pow(UExpr o) { return arith(BinOp.POW, o); }
    public UExpr add(double o) { return add(of(o)); }
    public UExpr sub(double o) { return sub(of(o)); }
    public UExpr mul(double o) { return mul(of(o)); }
    public UExpr div(double o) { return div(of(o)); }

    /** True division: float result (ints compute in float64). */
    public UExpr div(UExpr o) {
        DType t = common(this, o);
        if (!t.isFloat()) t = DType.FLOAT64;
        return binary(BinOp.DIV, o, t);
    }

    public UExpr bitAnd(UExpr o) { return bitwise(BinOp.BITAND, o); }
    public UExpr bitOr(UExpr o) { return bitwise(BinOp.BITOR, o); }
    public UExpr bitXor(UExpr o) { return bitwise(BinOp.BITXOR, o); }
    public UExpr shl(UExpr o) { return bitwise(BinOp.SHL, o); }
    public UExpr shr(UExpr o) { return bitwise(BinOp.SHR, o); }

    public UExpr neg() {
        DType t = dtype().isBool() ? DType.INT64 : dtype();
        return new UExpr(new Expr.Unary(UnOp.NEG, as(t), Type.scalar(t)), literal);
    }

    /** Bitwise ~ on ints; logical not on bool (as NumPy's invert). */
    public UExpr invert() { return new UExpr(new Expr.Unary(UnOp.INVERT, expr, Type.scalar(dtype())), literal); }

    // ---- comparisons and logic ----------------------------------------------------------------------------------

    public UExpr lt(UExpr o) { return compare(CmpOp.LT, o); }
    public UExpr le(UExpr o) { return compare(CmpOp.LE, o); }
    public UExpr gt(UExpr o) { return compare(CmpOp.GT, o); }
    public UExpr ge(UExpr o) { return compare(CmpOp.GE, o); }
    public UExpr eq(UExpr o) { return compare(CmpOp.EQ, o); }
    public UExpr ne(UExpr o) { return compare(CmpOp.NE, o); }
    public UExpr lt(double o) { return lt(of(o)); }
    public UExpr gt(double o) { return gt(of(o)); }

    /** Logical and of the truth values (non-zero is true). */
    public UExpr and(UExpr o) { return new UExpr(new Expr.Logical(true, as(DType.BOOL), o.as(DType.BOOL)), false); }
    public UExpr or(UExpr o) { return new UExpr(new Expr.Logical(false, as(DType.BOOL), o.as(DType.BOOL)), false); }
    public UExpr xor(UExpr o) { return truth().ne(o.truth()); }
    public UExpr not() { return new UExpr(new Expr.Unary(UnOp.NOT, as(DType.BOOL), Type.BOOL), false); }

    /** The truth value ({@code != 0}) as bool. */
    public UExpr truth() { return new UExpr(as(DType.BOOL), literal); }

    // ---- math ---------------------------------------------------------------------------------------------------

    public UExpr sqrt() { return math(MathFn.SQRT); }
    public UExpr cbrt() { return math(MathFn.CBRT); }
    public UExpr exp() { return math(MathFn.EXP); }
    public UExpr exp2() { return math(MathFn.EXP2); }
    public UExpr expm1() { return math(MathFn.EXPM1); }
    public UExpr log() { return math(MathFn.LOG); }
    public UExpr log2() { return math(MathFn.LOG2); }
    public UExpr log10() { return math(MathFn.LOG10); }
    public UExpr log1p() { return math(MathFn.LOG1P); }
    public UExpr sin() { return math(MathFn.SIN); }
    public UExpr cos() { return math(MathFn.COS); }
    public UExpr tan() { return math(MathFn.TAN); }
    public UExpr asin() { return math(MathFn.ASIN); }
    public UExpr acos() { return math(MathFn.ACOS); }
    public UExpr atan() { return math(MathFn.ATAN); }
    public UExpr sinh() { return math(MathFn.SINH); }
    public UExpr cosh() { return math(MathFn.COSH); }
    public UExpr tanh() { return math(MathFn.TANH); }
    public UExpr floor() { return math(MathFn.FLOOR); }
    public UExpr ceil() { return math(MathFn.CEIL); }
    public UExpr trunc() { return math(MathFn.TRUNC); }
    public UExpr rint() { return math(MathFn.RINT); }
    public UExpr abs() { return math(MathFn.ABS); }
    public UExpr sign() { return math(MathFn.SIGN); }
    public UExpr isnan() { return math(MathFn.ISNAN); }
    public UExpr isinf() { return math(MathFn.ISINF); }
    public UExpr isfinite() { return math(MathFn.ISFINITE); }
    public UExpr atan2(UExpr o) { return math(MathFn.ATAN2, o); }
    public UExpr hypot(UExpr o) { return math(MathFn.HYPOT, o); }
    public UExpr copysign(UExpr o) { return math(MathFn.COPYSIGN, o); }
    /** NaN-propagating minimum (NumPy's minimum). */
    public UExpr min(UExpr o) { return math(MathFn.MIN, o); }
    public UExpr max(UExpr o) { return math(MathFn.MAX, o); }
    /** NaN-ignoring minimum (NumPy's fmin); on integers the same as {@link #min}. */
    public UExpr fmin(UExpr o) { return math(MathFn.FMIN, o); }
    public UExpr fmax(UExpr o) { return math(MathFn.FMAX, o); }

    /**
     * Any {@link MathFn} with this value as first argument, typed by its registry entry ({@link MathTyping}): float
     * functions compute in this value's float type (ints in float64); the others keep the operand type; predicates
     * give bool (a constant on integers). On uint64 values abs, sign, min and max compare unsigned, as in kernels
     * ({@link MathIntrinsics}).
     */
    UExpr math(MathFn fn, UExpr... rest) {
        if (rest.length + 1 != fn.arity) throw new IllegalArgumentException(fn + " takes " + fn.arity + " arguments");
        UExpr[] all = new UExpr[rest.length + 1];
        all[0] = this;
        System.arraycopy(rest, 0, all, 1, rest.length);
        DType t = all[0].dtype();
        for (UExpr e : rest) t = promote(all[0], e, t);
        MathFn onIntegers = fn.definition().onIntegers();
        if (onIntegers != null && !t.isFloat()) return math(onIntegers, rest);
        boolean keepsType = fn.typing() == MathTyping.KEEPS_TYPE;
        if (fn.scalar() instanceof ScalarImplementation.Test test) {
            if (!t.isFloat()) return of(test.onIntegers());
        } else if (!keepsType && !t.isFloat()) {
            t = DType.FLOAT64;
        } else if (keepsType && t.isBool()) {
            t = DType.INT64;
        }
        DType argType = t;
        List<Expr> args = java.util.Arrays.stream(all).map(e -> e.as(argType)).toList();
        return new UExpr(MathIntrinsics.apply(fn, args, t, POS), false);
    }

    /** NumPy {@code astype} of this value. */
    public UExpr cast(DType t) { return new UExpr(as(t), literal); }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** This value as IR of dtype t (a Cast unless it already is; literals are converted in place). */
    Expr as(DType t) {
        if (dtype() == t) return expr;
        if (expr instanceof Expr.Const c) return constant(c.value(), t);
        return new Expr.Cast(expr, Type.scalar(t));
    }

    private static Expr constant(Object v, DType t) {
        Object value = switch (t) {
            case BOOL -> v instanceof Boolean b ? b : ((Number) v).doubleValue() != 0;
            case FLOAT32 -> (double) (float) number(v);
            case FLOAT64 -> number(v);
            default -> v instanceof Boolean b ? (Object) (b ? 1L : 0L) : wrapped(v, t);
        };
        return new Expr.Const(value, Type.scalar(t));
    }

    private static Long wrapped(Object v, DType t) {
        long x = v instanceof Double d ? d.longValue() : ((Number) v).longValue();
        return io.jumba.runtime.Scalars.wrap(x, t);
    }

    private static double number(Object v) { return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).doubleValue(); }

    private UExpr arith(BinOp op, UExpr o) {
        DType t = common(this, o);
        if (t.isBool()) t = DType.INT64;
        return binary(op, o, t);
    }

    private UExpr bitwise(BinOp op, UExpr o) {
        DType t = common(this, o);
        if (t.isFloat()) throw new IllegalArgumentException(op + " needs integer operands, got " + t.numpyName());
        if (t.isBool()) {
            if (op == BinOp.BITAND) return and(o);
            if (op == BinOp.BITOR) return or(o);
            if (op == BinOp.BITXOR) return xor(o);
            t = DType.INT64;
        }
        return binary(op, o, t);
    }

    private UExpr binary(BinOp op, UExpr o, DType t) {
        return new UExpr(new Expr.Binary(op, as(t), o.as(t), Type.scalar(t), POS), literal && o.literal);
    }

    private UExpr compare(CmpOp op, UExpr o) {
        DType t = common(this, o);
        if (t.isBool()) t = DType.INT8;
        return new UExpr(new Expr.Compare(op, as(t), o.as(t)), false);
    }

    private static DType common(UExpr a, UExpr b) { return promote(a, b, a.dtype()); }

    /** The type a (whose running type is soFar) and b compute in, literals being weak. */
    private static DType promote(UExpr a, UExpr b, DType soFar) {
        DType x = soFar, y = b.dtype();
        if (a.literal == b.literal) return DType.promote(x, y);
        DType typed = a.literal ? y : x, lit = a.literal ? x : y;
        if (kind(lit) <= kind(typed)) return typed;
        return DType.promote(typed, lit);
    }

    private static int kind(DType d) { return d.isBool() ? 0 : d.isFloat() ? 2 : 1; }
}
