package io.jumba.typing;

import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.Module;
import io.jumba.frontend.ast.PyExpr;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;

/**
 * Evaluates the integer arithmetic of a module-level constant exactly, as Python does before Numba sees the value:
 * a value from 2^63 to 2^64-1 is a uint64 constant, as Numba types it ({@code 10**19}); any other value outside
 * int64 is refused instead of letting int64 arithmetic wrap it ({@code 2**200}, also inside a larger expression
 * such as {@code 2**70 * 1.5}).
 */
final class ExactIntegers {
    /** Beyond this many bits a value is reported without its digits. */
    private static final int MAX_BITS = 1 << 16;
    private static final BigInteger TOO_LARGE = BigInteger.ONE.shiftLeft(MAX_BITS);

    private final Module module;
    private final Set<String> visiting = new HashSet<>();

    private ExactIntegers(Module module) { this.module = module; }

    /** The constant's exact value when it is integer arithmetic from 2^63 to 2^64-1 (a uint64), or null. */
    static BigInteger unsigned(Module module, PyExpr value) {
        BigInteger v = new ExactIntegers(module).exact(value);
        return v != null && v.signum() > 0 && v.bitLength() == 64 ? v : null;
    }

    /** @throws TypingError at the constant's value when an integer in it does not fit in int64 */
    static void check(Module module, String name, PyExpr value) {
        BigInteger tooLarge = new ExactIntegers(module).firstOutOfRange(value);
        if (tooLarge == null) return;
        String shown = tooLarge.abs().compareTo(TOO_LARGE) >= 0 ? "more than " + MAX_BITS + " bits" : tooLarge.toString();
        throw new TypingError(value.pos(), "Untyped global name '" + name + "': Int value is too large: " + shown
                + " (Jumba evaluates integer constants in int64, or uint64 for a whole constant from 2**63 to 2**64-1)");
    }

    /** The first integer sub-expression (in evaluation order) whose value is outside int64, or null. */
    private BigInteger firstOutOfRange(PyExpr e) {
        BigInteger v = exact(e);
        if (v != null) return v.bitLength() > 63 ? v : null;
        return switch (e) {
            case PyExpr.BinOp b -> firstNonNull(firstOutOfRange(b.left()), b.right());
            case PyExpr.UnaryOp u -> firstOutOfRange(u.operand());
            case PyExpr.Tuple t -> t.elements().stream().map(this::firstOutOfRange).filter(x -> x != null).findFirst().orElse(null);
            case PyExpr.Call c -> c.args().stream().map(this::firstOutOfRange).filter(x -> x != null).findFirst().orElse(null);
            case PyExpr.IfExp i -> firstNonNull(firstOutOfRange(i.test()), i.body(), i.orElse());
            default -> null;
        };
    }

    private BigInteger firstNonNull(BigInteger found, PyExpr... rest) {
        if (found != null) return found;
        for (PyExpr e : rest) {
            BigInteger v = firstOutOfRange(e);
            if (v != null) return v;
        }
        return null;
    }

    /** The exact value of e when it is integer arithmetic on integer literals and constants; null otherwise. */
    private BigInteger exact(PyExpr e) {
        return switch (e) {
            case PyExpr.IntLit i -> i.unsigned() ? new BigInteger(Long.toUnsignedString(i.value())) : BigInteger.valueOf(i.value());
            case PyExpr.Name n when module.constants().containsKey(n.id()) && visiting.add(n.id()) -> {
                try {
                    yield exact(module.constants().get(n.id()));
                } finally {
                    visiting.remove(n.id());
                }
            }
            case PyExpr.UnaryOp u -> {
                BigInteger v = exact(u.operand());
                yield v == null ? null : switch (u.op()) {
                    case NEG -> v.negate();
                    case POS -> v;
                    case INVERT -> v.not();
                    case NOT -> null;
                };
            }
            case PyExpr.BinOp b -> {
                BigInteger l = exact(b.left());
                BigInteger r = l == null ? null : exact(b.right());
                yield r == null ? null : binary(b, l, r);
            }
            default -> null;
        };
    }

    private static BigInteger binary(PyExpr.BinOp b, BigInteger l, BigInteger r) {
        return switch (b.op()) {
            case ADD -> l.add(r);
            case SUB -> l.subtract(r);
            case MUL -> l.multiply(r);
            case FLOORDIV -> r.signum() == 0 ? null : floorDiv(l, r);
            case MOD -> r.signum() == 0 ? null : l.subtract(floorDiv(l, r).multiply(r));
            case POW -> r.signum() < 0 ? null : power(l, r);
            case LSHIFT -> r.signum() < 0 ? null : r.compareTo(BigInteger.valueOf(MAX_BITS)) > 0 ? TOO_LARGE : l.shiftLeft(r.intValue());
            case RSHIFT -> r.signum() < 0 ? null : l.shiftRight(r.min(BigInteger.valueOf(MAX_BITS)).intValue());
            case BITAND -> l.and(r);
            case BITOR -> l.or(r);
            case BITXOR -> l.xor(r);
            case TRUEDIV, MATMUL -> null;
        };
    }

    private static BigInteger floorDiv(BigInteger l, BigInteger r) {
        BigInteger[] qr = l.divideAndRemainder(r);
        return qr[1].signum() != 0 && qr[1].signum() != r.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** l ** r, or TOO_LARGE when the result would have more than MAX_BITS bits. */
    private static BigInteger power(BigInteger l, BigInteger r) {
        if (l.abs().compareTo(BigInteger.ONE) <= 0) return l.pow(r.testBit(0) ? 1 : r.signum() == 0 ? 0 : 2);
        if ((long) l.bitLength() * r.min(BigInteger.valueOf(MAX_BITS + 1)).longValue() > MAX_BITS + 64) return TOO_LARGE;
        return l.pow(r.intValue());
    }
}
