package io.jumba.typing;

import io.jumba.diag.TypingError;
import io.jumba.ir.Expr;
import io.jumba.runtime.ContiguityFn;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.List;

/**
 * {@code a.flags.c_contiguous}, {@code a.flags.contiguous} (the same flag, as NumPy) and {@code a.flags.f_contiguous},
 * as Numba answers them: a constant True where the array's type says so (layout C for c_contiguous; layout F, or a
 * 1-d C array, for f_contiguous), otherwise the array's geometry checked when it runs, by NumPy's rule
 * ({@link ContiguityFn}).
 */
final class ArrayFlags {
    private ArrayFlags() {}

    static Expr flag(Expr array, String name, SourcePos pos) {
        Type.Array t = (Type.Array) array.type();
        ContiguityFn fn = switch (name) {
            case "c_contiguous", "contiguous" -> ContiguityFn.C_CONTIGUOUS;
            case "f_contiguous" -> ContiguityFn.F_CONTIGUOUS;
            default -> throw new TypingError(pos, "a.flags has no attribute '" + name + "' in Numba's nopython mode (it has"
                    + " c_contiguous, f_contiguous and contiguous)");
        };
        boolean byType = switch (fn) {
            case C_CONTIGUOUS -> t.layout() == Layout.C;
            case F_CONTIGUOUS -> t.layout() == Layout.F || t.layout() == Layout.C && t.ndim() <= 1;
        };
        return byType ? new Expr.Const(true, Type.BOOL) : new Expr.Library(fn, List.of(array), Type.BOOL, pos);
    }
}
