package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.runtime.MemoryFn;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.List;

/**
 * Destination passing for {@code target[...] = f(a)}, where f is a prelude function whose result is a new array of
 * a's length filled by one forward loop ({@code np.cumsum}, {@code np.cumprod}): f's destination form writes the
 * results straight into the target, without the temporary array, its zeroing and the copy. It runs when, at run
 * time, the target has a's length and shares no memory with a; otherwise (a length-1 result broadcast, a shape
 * error, or an overlap such as {@code a[1:] = np.cumsum(a[:-1])}) the store runs as before, the whole result first.
 * The target's dtype must be the result's: a store that casts keeps the copy.
 */
final class DestinationStores {
    /** The prelude functions with a destination form, which is named as they are with {@code _into} added. */
    private static final List<String> FUNCTIONS = List.of("cumsum_inexact", "cumsum_int", "cumprod_inexact", "cumprod_int");

    private DestinationStores() {}

    /** Emits {@code view[:] = value} through the destination form and returns true, or emits nothing and returns false. */
    static boolean store(FunctionTyping f, Expr view, Expr value, SourcePos pos) {
        if (!(value instanceof Expr.Call call) || call.args().size() != 1
                || !(call.type() instanceof Type.Array result) || !(view.type() instanceof Type.Array target)
                || target.ndim() != 1 || result.ndim() != 1 || target.dtype() != result.dtype()) {
            return false;
        }
        String name = FUNCTIONS.stream().filter(n -> BuiltinPrelude.isCall(call, n)).findFirst().orElse(null);
        if (name == null) return false;
        Expr input = f.temp(call.args().getFirst());
        Expr destination = f.temp(view);
        Expr sameLength = TypedIr.compare(CmpOp.EQ, new Expr.Dim(destination, 0), new Expr.Dim(input, 0), DType.INT64);
        Expr apart = TypedIr.not(new Expr.Library(MemoryFn.MAY_SHARE_MEMORY, List.of(destination, input), Type.BOOL, pos));
        List<Stmt> direct = f.collect(() -> f.emit(new Stmt.Eval(BuiltinPrelude.call(f, name + "_into", List.of(input, destination), pos))));
        Expr whole = new Expr.Call(call.function(), List.of(input), call.type(), call.pos());
        f.emit(new Stmt.If(new Expr.Logical(true, sameLength, apart), direct, List.of(new Stmt.ArrayStore(destination, whole, pos))));
        return true;
    }
}
