package io.jumba.typing;

import io.jumba.diag.UnsupportedError;
import io.jumba.frontend.ast.CompareOp;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

/**
 * {@code x is None} and {@code x is not None}, as Numba types them: a test at run time for an optional value, a
 * constant for any other type (True for None itself, as for an omitted {@code b=None} parameter; False for a
 * number, array or tuple), so that an {@code if} on it keeps only the branch that runs, as Numba's branch pruning.
 */
final class NoneTests {
    private final FunctionTyping f;

    NoneTests(FunctionTyping f) { this.f = f; }

    Expr identity(CompareOp op, PyExpr left, PyExpr right, SourcePos pos) {
        PyExpr other = right instanceof PyExpr.NoneLit ? left : left instanceof PyExpr.NoneLit ? right : null;
        if (other == null) {
            throw new UnsupportedError(pos, "'" + op.symbol + "' is supported only against None ('x "
                    + op.symbol + " None')");
        }
        Expr value = f.exprs.lowerKeepingOptional(other);
        Expr isNone = switch (value.type()) {
            case Type.Optional o -> new Expr.IsNone(value);
            case Type.None n -> constant(value, true);
            case Type.Scalar s -> constant(value, false);
            case Type.Array a -> constant(value, false);
            case Type.Tuple t -> constant(value, false);
            case Type.ListOf l -> constant(value, false);
            case Type.DictOf d -> constant(value, false);
            case Type.DTypeValue d -> constant(value, false);
        };
        return op == CompareOp.IS ? isNone : TypedIr.not(isNone);
    }

    /** The known answer; value is still evaluated when it may have effects (a call). */
    private Expr constant(Expr value, boolean isNone) {
        if (!(value instanceof Expr.Local || value instanceof Expr.Const || value instanceof Expr.NoneValue
                || value instanceof Expr.DTypeOf)) {
            f.emit(new Stmt.Eval(value));
        }
        return new Expr.Const(isNone, Type.BOOL);
    }
}
