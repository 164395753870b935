package io.jumba.lower;

import io.jumba.diag.UnsupportedError;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * Lowers {@link Expr.Dot} into loop nests after checking, at run time, that the contracted dimensions agree
 * (NumPy's "shapes (2,3) and (4,) not aligned: 3 (dim 1) != 4 (dim 0)"). Matrix products run in i-k-j order so
 * the innermost loop walks rows of the right operand and of the result contiguously. Operands are evaluated once
 * (an Elementwise operand into a temporary, since its elements are read several times).
 */
final class DotLowering {
    private final FunctionLowering lowering;

    DotLowering(FunctionLowering lowering) { this.lowering = lowering; }

    Expr lower(Expr.Dot d, Emitter out, List<Expr> elements) {
        List<Expr> operands = lowering.lowerAll(List.of(d.left(), d.right()), out, elements);
        Expr a = out.spill(operands.get(0));
        Expr b = out.spill(operands.get(1));
        int na = Ir.ndim(a);
        int nb = Ir.ndim(b);
        if (na < 1 || na > 2 || nb < 1 || nb > 2) {
            throw new UnsupportedError(d.pos(), "np.dot is only supported for 1-d and 2-d arrays, not " + na + "-d and " + nb + "-d");
        }
        Expr inner = Ir.dim(a, na - 1);
        ShapeChecks.check(out, Ir.ne(inner, Ir.dim(b, 0)),
                "shapes " + ShapeChecks.format(na) + " and " + ShapeChecks.format(nb) + " not aligned: {} (dim " + (na - 1) + ") != {} (dim 0)",
                concat(ShapeChecks.dims(a), ShapeChecks.dims(b), List.of(inner, Ir.dim(b, 0))), d.pos());
        Type.Scalar t = FunctionLowering.elementType(d.type());
        SourcePos pos = d.pos();
        if (nb == 1) {
            // vector . vector, matrix . vector: one dot product per result element
            List<Expr> rows = na == 2 ? List.of(Ir.dim(a, 0)) : List.of();
            Expr.Local result = na == 2 ? out.bind(alloc(rows, Expr.Fill.EMPTY, t, pos)) : null;
            Var acc = out.fresh("acc", t);
            LoopNest.emit(out, rows, pos, (i, body) -> {
                body.add(new Stmt.Assign(acc, Ir.number(t, 0.0, 0)));
                LoopNest.emit(body, List.of(inner), pos, (k, loop) -> {
                    Expr product = Ir.mul(read(a, concat(i, k), t, pos), read(b, k, t, pos), pos);
                    loop.add(new Stmt.Assign(acc, Ir.add(new Expr.Local(acc), product, pos)));
                });
                if (result != null) body.add(new Stmt.Store(result, i, new Expr.Local(acc), pos));
            });
            return result != null ? result : new Expr.Local(acc);
        }
        // vector . matrix, matrix . matrix: result rows accumulate a[i,k] * b[k,:] (i-k-j order)
        List<Expr> rows = na == 2 ? List.of(Ir.dim(a, 0)) : List.of();
        Expr.Local result = out.bind(alloc(concat(rows, List.of(Ir.dim(b, 1))), Expr.Fill.ZEROS, t, pos));
        LoopNest.emit(out, rows, pos, (i, body) ->
                LoopNest.emit(body, List.of(inner), pos, (k, kBody) -> {
                    Expr aik = kBody.bind(read(a, concat(i, k), t, pos));
                    LoopNest.emit(kBody, List.of(Ir.dim(b, 1)), pos, (j, jBody) -> {
                        List<Expr> at = concat(i, j);
                        Expr sum = Ir.add(Ir.load(result, at, pos), Ir.mul(aik, read(b, concat(k, j), t, pos), pos), pos);
                        jBody.add(new Stmt.Store(result, at, sum, pos));
                    });
                }));
        return result;
    }

    private static Expr alloc(List<Expr> shape, Expr.Fill fill, Type.Scalar t, SourcePos pos) {
        return new Expr.Alloc(shape, fill, null, Type.array(t.dtype(), shape.size(), Layout.C), pos);
    }

    private static Expr read(Expr array, List<Expr> indices, Type.Scalar t, SourcePos pos) {
        return Ir.cast(Ir.load(array, indices, pos), t);
    }

    @SafeVarargs
    private static List<Expr> concat(List<Expr>... parts) {
        List<Expr> all = new ArrayList<>();
        for (List<Expr> p : parts) all.addAll(p);
        return all;
    }
}
