package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.ir.Expr;
import io.jumba.source.SourcePos;

/**
 * {@code np.finfo(t).eps/max/min/tiny/resolution/bits} and {@code np.iinfo(t).max/min/bits}: compile-time constants
 * of the dtype, typed as NumPy types them (finfo values in the float type, iinfo values as int64).
 */
final class MachineLimits {
    private MachineLimits() {}

    static Expr finfo(DType d, String attr, SourcePos pos) {
        if (!d.isFloat()) throw new TypingError(pos, "np.finfo() expects a float type, got " + d.numpyName());
        boolean single = d == DType.FLOAT32;
        double value = switch (attr) {
            case "eps" -> single ? Math.ulp(1.0f) : Math.ulp(1.0);
            case "max" -> single ? Float.MAX_VALUE : Double.MAX_VALUE;
            case "min" -> single ? -Float.MAX_VALUE : -Double.MAX_VALUE;
            case "tiny", "smallest_normal" -> single ? Float.MIN_NORMAL : Double.MIN_NORMAL;
            case "resolution" -> single ? 1e-6 : 1e-15;
            case "bits" -> 0;
            default -> throw new TypingError(pos, "np.finfo has no supported attribute '" + attr + "'");
        };
        if (attr.equals("bits")) return TypedIr.i64(d.itemSize() * 8L);
        return TypedIr.constant(single ? (double) (float) value : value, d);
    }

    static Expr iinfo(DType d, String attr, SourcePos pos) {
        if (!d.isInteger()) throw new TypingError(pos, "np.iinfo() expects an integer type, got " + d.numpyName());
        int bits = d.itemSize() * 8;
        long max = d.isSigned() ? (bits == 64 ? Long.MAX_VALUE : (1L << (bits - 1)) - 1) : (1L << bits) - 1;
        long min = d.isSigned() ? (bits == 64 ? Long.MIN_VALUE : -(1L << (bits - 1))) : 0;
        return switch (attr) {
            case "max" -> TypedIr.i64(max);
            case "min" -> TypedIr.i64(min);
            case "bits" -> TypedIr.i64(bits);
            default -> throw new TypingError(pos, "np.iinfo has no supported attribute '" + attr + "'");
        };
    }
}
