package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.Expr;
import io.jumba.ir.ShapeOp;
import io.jumba.types.Type;

import java.util.List;

/**
 * {@code a.view(dtype)}: a's bytes read as another dtype, a view that writes through, as NumPy and Numba. Jumba's
 * storage is a typed Java array per dtype family (long[] for int64 and uint64, double[] for float64, ...), so a view
 * is made where both dtypes share that storage: the same dtype, or signed and unsigned integers of one size. Other
 * pairs (float64 as int64, int64 as int32 bytes, bool as uint8) would need the bytes of one Java array read as
 * another, which the JVM does not allow without copying: a TypingError that says so, rather than a copy that would
 * not write through.
 */
final class DTypeViews {
    private DTypeViews() {}

    static Expr view(Expr array, Call c, ArrayCalls calls) {
        var a = calls.bind(c, "array.view", List.of("dtype"), 1);
        Type.Array t = (Type.Array) array.type();
        DType to = calls.dtype(a.get("dtype"), "array.view");
        if (to == t.dtype()) return array;
        if (!sharesStorage(t.dtype(), to)) {
            throw new TypingError(c.pos(), "array.view(" + to.numpyName() + ") of a " + t.dtype().numpyName()
                    + " array is not supported: Jumba stores " + t.dtype().numpyName() + " in a Java " + storage(t.dtype())
                    + " and " + to.numpyName() + " in a Java " + storage(to) + ", which cannot share memory; only the same"
                    + " dtype or signed and unsigned integers of one size can be viewed (a.astype() converts a copy)");
        }
        return new Expr.ShapeView(ShapeOp.REINTERPRET, array, List.of(TypedIr.i64(to.ordinal())),
                Type.array(to, t.ndim(), t.layout()), c.pos());
    }

    /** Whether both dtypes are integers (not bool) of one size: stored in the same Java primitive. */
    private static boolean sharesStorage(DType from, DType to) {
        return from.isInteger() && to.isInteger() && from.itemSize() == to.itemSize();
    }

    private static String storage(DType d) {
        return d.javaType() + "[]";
    }
}
