package io.jumba.typing;

import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.Expr;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an array's nonzero (true) elements are: {@code np.flatnonzero}, {@code np.argwhere}, {@code np.nonzero} and
 * {@code np.where} of one argument (a tuple of one index array per dimension, as NumPy), and the method
 * {@code a.nonzero()}. Prelude functions count the elements, then fill the indices in C order.
 */
final class NonzeroCalls {
    private final FunctionTyping f;
    private final ArrayCalls arrays;

    NonzeroCalls(FunctionTyping f, ExprLowering exprs) {
        this.f = f;
        this.arrays = new ArrayCalls(f, exprs);
    }

    /** The call, or null when q is none of these (np.where of three arguments is not). */
    Expr call(String q, Call c) {
        String name = "np." + CallLowering.shortName(q);
        SourcePos pos = c.pos();
        return switch (q) {
            case "numpy.flatnonzero" -> BuiltinPrelude.call(f, "flatnonzero", List.of(array(c, name)), pos);
            case "numpy.argwhere" -> BuiltinPrelude.call(f, "argwhere", List.of(array(c, name)), pos);
            case "numpy.nonzero" -> nonzero(array(c, name), pos);
            case "numpy.where" -> c.args().size() == 1 && c.keywords().isEmpty() ? nonzero(array(c, name), pos) : null;
            default -> null;
        };
    }

    /** {@code a.nonzero()}, or null for another method. */
    Expr method(Expr receiver, String method, Call c) {
        if (!method.equals("nonzero")) return null;
        arrays.bind(c, "array.nonzero", List.of(), 0);
        if (((Type.Array) receiver.type()).ndim() == 0) {
            throw new TypingError(c.pos(), "array.nonzero() of a 0-d array is not supported");
        }
        return nonzero(receiver, c.pos());
    }

    private Expr array(Call c, String name) {
        Expr a = arrays.array(arrays.bind(c, name, List.of("a"), 1).get("a"), name);
        if (((Type.Array) a.type()).ndim() == 0) throw new TypingError(c.pos(), name + "() of a 0-d array is not supported");
        return a;
    }

    /** The tuple of per-dimension index arrays: argwhere's columns, each a contiguous copy. */
    private Expr nonzero(Expr a, SourcePos pos) {
        int ndim = ((Type.Array) a.type()).ndim();
        if (ndim == 1) {
            Expr only = BuiltinPrelude.call(f, "flatnonzero", List.of(a), pos);
            return new Expr.TupleNew(List.of(only), new Type.Tuple(List.of(only.type())));
        }
        Expr where = f.temp(BuiltinPrelude.call(f, "argwhere", List.of(a), pos));
        List<Expr> columns = new ArrayList<>();
        for (int k = 0; k < ndim; k++) {
            Expr column = ArrayIndexing.view(where, List.of(new Expr.IndexSpec.Range(null, null, null),
                    new Expr.IndexSpec.At(TypedIr.i64(k))), pos);
            columns.add(ArrayExpressions.copy(column, pos));
        }
        return new Expr.TupleNew(List.copyOf(columns), new Type.Tuple(columns.stream().map(Expr::type).toList()));
    }
}
