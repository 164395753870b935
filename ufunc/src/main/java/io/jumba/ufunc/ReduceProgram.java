package io.jumba.ufunc;

import io.jumba.array.DType;
import io.jumba.ir.Expr;
import io.jumba.ir.Function;
import io.jumba.ir.Program;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.List;

/**
 * The IR program that reduces one line of elements into one accumulator element with a binary loop:
 * {@code def kernel(a, acc): s = acc[0]; for i in range(len(a)): s = loop(s, a[i]); acc[0] = s}, the loop's output
 * cast to the accumulator's dtype (unsafe, as NumPy's reduce). One kernel call folds a whole line in order.
 *
 * @param lineType the 1-d array type of the line
 * @param accType  the 1-d array type of the one-element accumulator view
 */
record ReduceProgram(Loop loop, Type.Array lineType, Type.Array accType) implements KernelKey {
    @Override
    public Program build(String ufunc) {
        SourcePos pos = new SourcePos("<ufunc " + ufunc + ".reduce>", 1, 1, ufunc);
        Var line = new Var("a", lineType), acc = new Var("acc", accType);
        DType accDtype = accType.dtype();
        Var s = new Var("s", Type.scalar(accDtype)), i = new Var("i", Type.INT64);
        Expr first = new Expr.Const(0L, Type.INT64);
        Expr next = loop.apply(List.of(new Expr.Local(s), new Expr.Load(new Expr.Local(line), List.of(new Expr.Local(i)), pos)));
        if (((Type.Scalar) next.type()).dtype() != accDtype) next = new Expr.Cast(next, Type.scalar(accDtype));
        List<Stmt> stmts = List.of(
                new Stmt.Assign(s, new Expr.Load(new Expr.Local(acc), List.of(first), pos)),
                new Stmt.ForRange(i, first, new Expr.Dim(new Expr.Local(line), 0), new Expr.Const(1L, Type.INT64),
                        List.of(new Stmt.Assign(s, next)), false, pos),
                new Stmt.Store(new Expr.Local(acc), List.of(first), new Expr.Local(s), pos),
                new Stmt.Return(null));
        Function entry = new Function(ufunc, ufunc, List.of(line, acc), Type.NONE, stmts, KernelProgram.NUMPY_ERRORS, pos);
        return new Program(entry, loop.functions());
    }

    @Override
    public boolean sequential() { return true; }
}
