package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.BinaryOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.List;

/**
 * Advanced indexing as Numba supports it: one integer or boolean array among the items of an index, read
 * ({@code a[idx]}, {@code a[a > 0]}, {@code m[:, idx]}) and written ({@code a[mask] = 0}, {@code a[idx] = v},
 * {@code a[idx] += 1}). Shapes and bounds are checked at the kernel line (IndexError, ValueError, with NumPy's
 * messages); the loops are the prelude's ({@code __jumba_take}, {@code __jumba_put}, ...), and a mask written with a
 * scalar is the elementwise {@code a[...] = where(mask, value, a)}, which vectorizes.
 */
final class AdvancedIndexing {
    private final FunctionTyping f;

    AdvancedIndexing(FunctionTyping f) { this.f = f; }

    /** e as an advanced index: an array of integers or booleans. */
    static Expr index(Expr e, SourcePos pos) {
        DType d = ((Type.Array) e.type()).dtype();
        if (!d.isInteger() && !d.isBool()) {
            throw new TypingError(pos, "arrays used as indices must be of integer (or boolean) type, got " + e.type());
        }
        return e;
    }

    /** The value of {@code a[index]}: a new array. */
    Expr read(ArrayIndexing.Result.Advanced a, SourcePos pos) {
        Expr view = f.temp(a.view());
        if (a.whole()) {
            Expr mask = maskOf(view, a, pos);
            return prelude("mask_take", List.of(ShapeCalls.ravel(view, pos), ShapeCalls.ravel(mask, pos)), pos);
        }
        Expr rows = f.temp(ShapeCalls.moveAxis(view, a.axis(), 0, pos));
        Expr idx = checkedRows(rows, a, pos);
        Expr taken = prelude("take", List.of(rows, idx), pos);
        return a.axis() == 0 ? taken : ShapeCalls.moveAxis(taken, 0, a.axis(), pos);
    }

    /** {@code a[index] = value}. */
    void write(ArrayIndexing.Result.Advanced a, Expr value, SourcePos pos) {
        Expr view = f.temp(a.view());
        DType d = ((Type.Array) view.type()).dtype();
        if (a.whole()) {
            Expr mask = maskOf(view, a, pos);
            if (TypedIr.isScalar(value)) {
                f.emit(new Stmt.ArrayStore(view, ArrayExpressions.toDType(ArrayExpressions.where(mask, value, view, pos), d, pos), pos));
                return;
            }
            if (((Type.Array) view.type()).ndim() != 1 || ((Type.Array) value.type()).ndim() != 1) {
                throw new TypingError(pos, "assigning an array through a boolean mask is supported on 1-d arrays with a "
                        + "1-d value here; a scalar value works for any shape");
            }
            Expr values = f.temp(value);
            Expr selected = f.temp(prelude("mask_count", List.of(mask), pos));
            Checks.raiseIf(f, TypedIr.compare(CmpOp.NE, new Expr.Dim(values, 0), selected, DType.INT64), "ValueError",
                    "NumPy boolean array indexing assignment cannot assign {} input values to the {} output values "
                            + "where the mask is true", List.of(new Expr.Dim(values, 0), selected), pos);
            f.emit(new Stmt.Eval(prelude("mask_put", List.of(view, mask, values), pos)));
            return;
        }
        Expr rows = f.temp(ShapeCalls.moveAxis(view, a.axis(), 0, pos));
        Expr idx = checkedRows(rows, a, pos);
        int resultDims = ((Type.Array) rows.type()).ndim();
        if (value.type() instanceof Type.Array v && v.ndim() == resultDims) {
            Expr values = f.temp(ShapeCalls.moveAxis(value, a.axis(), 0, pos));
            Checks.raiseIf(f, TypedIr.compare(CmpOp.NE, new Expr.Dim(values, 0), new Expr.Dim(idx, 0), DType.INT64),
                    "ValueError", "shape mismatch: value array with {} rows could not be broadcast to indexing result "
                            + "with {} rows", List.of(new Expr.Dim(values, 0), new Expr.Dim(idx, 0)), pos);
            f.emit(new Stmt.Eval(prelude("put_rows", List.of(rows, idx, values), pos)));
        } else if (value.type() instanceof Type.Array v && v.ndim() > resultDims) {
            throw new TypingError(pos, "cannot assign a " + v.ndim() + "-d array to an indexing result of "
                    + resultDims + " dimensions");
        } else {
            f.emit(new Stmt.Eval(prelude("put", List.of(rows, idx, value), pos)));
        }
    }

    /** {@code a[index] op= value}: NumPy reads, combines and writes back (a repeated index is written once). */
    void update(ArrayIndexing.Result.Advanced a, BinaryOp op, ExprLowering exprs, io.jumba.frontend.ast.PyExpr value,
                SourcePos pos) {
        Expr rhs = exprs.lower(value);
        if (a.whole() && TypedIr.isScalar(rhs)) {
            // elementwise where(mask, a op value, a): no compaction, any shape
            Expr view = f.temp(a.view());
            Expr mask = maskOf(view, a, pos);
            DType d = ((Type.Array) view.type()).dtype();
            Expr updated = ArrayExpressions.where(mask, exprs.binary(op, view, rhs, pos), view, pos);
            f.emit(new Stmt.ArrayStore(view, ArrayExpressions.toDType(updated, d, pos), pos));
            return;
        }
        Expr current = f.temp(read(a, pos));
        write(a, exprs.binary(op, current, rhs, pos), pos);
    }

    /**
     * The integer rows that a's index names along the first axis of rows, checked against its length (IndexError at
     * pos, NumPy's message); a boolean index becomes the positions where it holds.
     */
    private Expr checkedRows(Expr rows, ArrayIndexing.Result.Advanced a, SourcePos pos) {
        Expr n = f.temp(new Expr.Dim(rows, 0));
        Expr index = f.temp(a.index());
        if (((Type.Array) index.type()).dtype().isBool()) {
            checkMaskAxis(a.sourceAxis(), n, new Expr.Dim(index, 0), pos);
            return f.temp(prelude("mask_positions", List.of(index), pos));
        }
        Expr bad = f.temp(prelude("index_outside", List.of(index, n), pos));
        Checks.raiseIf(f, TypedIr.compare(CmpOp.GE, bad, TypedIr.i64(0), DType.INT64), "IndexError",
                "index {} is out of bounds for axis {} with size {}",
                List.of(TypedIr.cast(new Expr.Load(index, List.of(bad), pos), DType.INT64), TypedIr.i64(a.sourceAxis()), n), pos);
        return index;
    }

    /** a's boolean mask, evaluated once; IndexError unless it has the shape of view (NumPy's message). */
    private Expr maskOf(Expr view, ArrayIndexing.Result.Advanced a, SourcePos pos) {
        Expr mask = f.temp(a.index());
        int ndim = ((Type.Array) view.type()).ndim();
        for (int d = 0; d < ndim; d++) checkMaskAxis(d, new Expr.Dim(view, d), new Expr.Dim(mask, d), pos);
        return mask;
    }

    /** IndexError (NumPy's message) unless a boolean index's length along an axis equals the indexed array's. */
    private void checkMaskAxis(int axis, Expr size, Expr masked, SourcePos pos) {
        Checks.raiseIf(f, TypedIr.compare(CmpOp.NE, size, masked, DType.INT64), "IndexError",
                "boolean index did not match indexed array along axis {}; size of axis is {} but size of "
                        + "corresponding boolean axis is {}", List.of(TypedIr.i64(axis), size, masked), pos);
    }

    private Expr prelude(String function, List<Expr> args, SourcePos pos) {
        return BuiltinPrelude.call(f, function, args, pos);
    }
}
