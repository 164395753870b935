package io.jumba.vectorize;

import io.jumba.array.DType;
import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.Stmt;
import io.jumba.ir.Stmts;
import io.jumba.runtime.Scalars;
import io.jumba.types.Type;

import java.util.List;

/**
 * Rewrites int64 (or uint64) arithmetic on widened integers that is narrowed straight back to a narrower integer
 * type (Numba computes {@code int32 + int32} and {@code int8 + int8} in int64, {@code uint8 + uint8} in uint64)
 * into arithmetic of the narrow type, so such loops
 * have one element width. Exact: the low bits of {@code + - * & | ^}, negation and {@code ~} depend only on the low
 * bits of the operands, and a cast to the narrow type keeps an operand's low bits as its widening to int64 did.
 */
final class IntNarrowing {
    private IntNarrowing() {}

    private static final Type.Scalar UINT64 = Type.scalar(DType.UINT64);

    /** loop with its body narrowed (its bounds stay as they are). */
    static Stmt.ForRange apply(Stmt.ForRange loop) {
        return (Stmt.ForRange) Stmts.mapBodies(loop, IntNarrowing::stmts);
    }

    private static List<Stmt> stmts(List<Stmt> body) { return body.stream().map(IntNarrowing::stmt).toList(); }

    /** s with the casts of its values and conditions narrowed, nested blocks included; array indices stay as they are. */
    private static Stmt stmt(Stmt s) {
        Stmt narrowed = switch (s) {
            case Stmt.Assign a -> new Stmt.Assign(a.target(), expr(a.value()));
            case Stmt.Store st -> new Stmt.Store(st.array(), st.indices(), expr(st.value()), st.pos());
            case Stmt.If i -> new Stmt.If(expr(i.cond()), i.then(), i.otherwise());
            default -> s;
        };
        return Stmts.mapBodies(narrowed, IntNarrowing::stmts);
    }

    /**
     * e with each int64 value cast straight to a narrow integer computed in the narrow type where it can be, outermost
     * cast first; loads keep their indices, which {@link AffineIndex} reads as they are.
     */
    private static Expr expr(Expr e) {
        return switch (e) {
            case Expr.Cast c when c.type().dtype().isInteger() && c.type().dtype().itemSize() <= 4
                    && (c.operand().type().equals(Type.INT64) || c.operand().type().equals(UINT64)) -> {
                Expr narrow = narrow(c.operand(), c.type());
                yield narrow != null ? narrow : new Expr.Cast(expr(c.operand()), c.type());
            }
            case Expr.Load l -> l;
            default -> Exprs.mapScalar(e, IntNarrowing::expr);
        };
    }

    /** The form in type t of an int64 expression whose low bits (as many as t has) are all that is used, or null. */
    private static Expr narrow(Expr e, Type.Scalar t) {
        return switch (e) {
            case Expr.Cast c when c.operand().type().equals(t) -> expr(c.operand());
            // int64 <-> uint64 keeps every bit, so the low ones too (Numba mixes them: uint64 ^ 5 is int64).
            case Expr.Cast c when c.operand().type().equals(Type.INT64) || c.operand().type().equals(UINT64) ->
                    narrow(c.operand(), t);
            case Expr.Cast c when c.operand().type() instanceof Type.Scalar s && !s.dtype().isFloat() -> new Expr.Cast(expr(c.operand()), t);
            case Expr.Const c when c.value() instanceof Long v -> new Expr.Const(wrap(v, t.dtype()), t);
            case Expr.Binary b -> switch (b.op()) {
                case ADD, SUB, MUL, BITAND, BITOR, BITXOR -> {
                    Expr l = narrow(b.left(), t), r = narrow(b.right(), t);
                    yield l == null || r == null ? null : new Expr.Binary(b.op(), l, r, t, b.pos());
                }
                default -> null;
            };
            case Expr.Unary u when u.op() != io.jumba.ir.UnOp.NOT -> {
                Expr o = narrow(u.operand(), t);
                yield o == null ? null : new Expr.Unary(u.op(), o, t);
            }
            default -> null;
        };
    }

    /** v wrapped into integer dtype d, as IR constants of d hold it. */
    private static long wrap(long v, DType d) { return Scalars.wrap(v, d); }
}
