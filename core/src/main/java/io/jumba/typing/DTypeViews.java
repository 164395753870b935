package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.Expr;
import io.jumba.ir.ShapeOp;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.List;

/**
 * {@code a.view(dtype)} and {@code np.frombuffer(a, dtype)}: a's bytes read as another dtype, a view that writes
 * through, as NumPy and Numba. Jumba's
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
        return reinterpret(array, calls.dtype(a.get("dtype"), "array.view"), "array.view", c.pos());
    }

    /**
     * {@code np.frombuffer(buffer, dtype=float)} of an array, as Numba takes one (a C-contiguous array is a buffer;
     * Numba's other buffers, bytes and bytearray, have no Jumba type): the array's elements, flattened, read as
     * dtype, a 1-d view that writes through, under {@link #view}'s rule for the dtypes.
     */
    static Expr frombuffer(Call c, ArrayCalls calls) {
        String name = "np.frombuffer";
        var a = calls.bind(c, name, List.of("buffer", "dtype"), 1);
        Expr buffer = calls.array(a.get("buffer"), name);
        Type.Array t = (Type.Array) buffer.type();
        if (t.layout() != Layout.C) {
            throw new TypingError(a.get("buffer").pos(), name + "() needs a C-contiguous buffer, as Numba, got " + t);
        }
        DType to = a.containsKey("dtype") ? calls.dtype(a.get("dtype"), name) : DType.FLOAT64;
        return reinterpret(ShapeCalls.ravel(buffer, c.pos()), to, name, c.pos());
    }

    /** array read as dtype to: itself for its own dtype, a view for one that shares its storage, else a TypingError. */
    private static Expr reinterpret(Expr array, DType to, String name, SourcePos pos) {
        Type.Array t = (Type.Array) array.type();
        if (to == t.dtype()) return array;
        if (!sharesStorage(t.dtype(), to)) {
            throw new TypingError(pos, name + "(" + to.numpyName() + ") of a " + t.dtype().numpyName()
                    + " array is not supported: Jumba stores " + t.dtype().numpyName() + " in a Java " + storage(t.dtype())
                    + " and " + to.numpyName() + " in a Java " + storage(to) + ", which cannot share memory; only the same"
                    + " dtype or signed and unsigned integers of one size can be viewed (a.astype() converts a copy)");
        }
        return new Expr.ShapeView(ShapeOp.REINTERPRET, array, List.of(TypedIr.i64(to.ordinal())),
                Type.array(to, t.ndim(), t.layout()), pos);
    }

    /** Whether both dtypes are integers (not bool) of one size: stored in the same Java primitive. */
    private static boolean sharesStorage(DType from, DType to) {
        return from.isInteger() && to.isInteger() && from.itemSize() == to.itemSize();
    }

    private static String storage(DType d) {
        return d.javaType() + "[]";
    }
}
