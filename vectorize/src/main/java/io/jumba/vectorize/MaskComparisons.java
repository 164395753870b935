package io.jumba.vectorize;

import io.jumba.array.DType;
import io.jumba.ir.Expr;
import io.jumba.types.Type;

import java.util.List;

/**
 * Comparisons of two truth values done on masks: of bools, or of bools cast to an integer (a ufunc compares bools
 * as int8, and logical_xor compares truth values so), which then need no integer lanes. False orders below True.
 */
final class MaskComparisons {
    private MaskComparisons() {}

    /** The two bool operands of c when both are bool or a bool cast to an integer; else null. */
    static List<Expr> operands(Expr.Compare c) {
        Expr l = truth(c.left()), r = truth(c.right());
        return l == null || r == null ? null : List.of(l, r);
    }

    private static Expr truth(Expr e) {
        if (e.type().equals(Type.BOOL)) return e;
        if (e instanceof Expr.Cast c && c.operand().type().equals(Type.BOOL) && c.type().dtype().isInteger()) return c.operand();
        return null;
    }

    /** The mask of c (whose {@link #operands} are not null). */
    static VectorValue of(Expr.Compare c, SimdLoopEmitter em) {
        List<Expr> ops = operands(c);
        VectorValue l = em.valueOf(ops.get(0)), r = em.valueOf(ops.get(1));
        DType m = l.kind() == VectorValue.Kind.MASK ? l.dtype() : em.anyLaneTypeOf();
        String a = em.maskOf(l, m), b = em.maskOf(r, m);
        String code = switch (c.op()) {
            case EQ -> a + ".eq(" + b + ")";
            case NE -> a + ".eq(" + b + ").not()";
            case LT -> a + ".not().and(" + b + ")";
            case LE -> a + ".not().or(" + b + ")";
            case GT -> a + ".and(" + b + ".not())";
            case GE -> a + ".or(" + b + ".not())";
        };
        return VectorExprs.mask("((" + VectorTypes.MASK + ") " + code + ")", m);
    }
}
