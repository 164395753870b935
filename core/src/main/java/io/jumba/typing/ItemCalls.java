package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.types.Type;

import java.util.Collections;
import java.util.List;

/**
 * {@code a.item()} and {@code a.itemset(v)} as Numba supports them (no index arguments): the one element of an array
 * of size 1, of any rank; any other size is NumPy's ValueError.
 */
final class ItemCalls {
    private final FunctionTyping f;
    private final ArrayCalls calls;

    ItemCalls(FunctionTyping f, ArrayCalls calls) {
        this.f = f;
        this.calls = calls;
    }

    /** The method, or null when it is neither of these. */
    Expr method(Expr receiver, String method, Call c) {
        String name = "array." + method;
        return switch (method) {
            case "item" -> {
                if (!c.args().isEmpty() || !c.keywords().isEmpty()) {
                    throw new TypingError(c.pos(), name + "() takes no arguments here, as in Numba");
                }
                Expr array = f.temp(receiver);
                yield new Expr.Load(array, only(array, c), c.pos());
            }
            case "itemset" -> {
                Expr value = calls.scalar(calls.bind(c, name, List.of("item"), 1).get("item"), name);
                Expr array = f.temp(receiver);
                DType d = ((Type.Array) array.type()).dtype();
                f.emit(new Stmt.Store(array, only(array, c), TypedIr.cast(value, d), c.pos()));
                yield new Expr.NoneValue();
            }
            default -> null;
        };
    }

    /** The indices of the only element (all 0), after NumPy's size check. */
    private List<Expr> only(Expr array, Call c) {
        Checks.raiseIf(f, TypedIr.compare(CmpOp.NE, new Expr.Size(array), TypedIr.i64(1), DType.INT64), "ValueError",
                "can only convert an array of size 1 to a Python scalar", c.pos());
        return Collections.nCopies(((Type.Array) array.type()).ndim(), TypedIr.i64(0));
    }
}
