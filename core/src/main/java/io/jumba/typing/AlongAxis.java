package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.ir.BinOp;
import io.jumba.ir.Expr;
import io.jumba.ir.ShapeOp;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * The runs of an N-d array along one constant axis as the rows of a 2-d array, so that a prelude function written
 * for 1-d arrays (median, quantile, diff) applies along any axis: the axis is moved last and the result copied
 * C-contiguous, then viewed as {@code (product of the other dimensions, length of the axis)}; a row function's
 * results are viewed back in the shape of the other dimensions.
 */
final class AlongAxis {
    private AlongAxis() {}

    /** A C-contiguous 2-d copy of array (a temporary) whose rows are its runs along axis, in C order of the rest. */
    static Expr rows(Expr array, int axis, SourcePos pos) {
        Type.Array t = (Type.Array) array.type();
        Expr lanes = ArrayExpressions.copy(ShapeCalls.moveAxis(array, axis, t.ndim() - 1, pos), pos);
        return new Expr.ShapeView(ShapeOp.RESHAPE, lanes, List.of(product(others(array, axis), pos), new Expr.Dim(array, axis)),
                Type.array(t.dtype(), 2, Layout.C), pos);
    }

    /** The 1-d array of one value per row of {@link #rows} viewed in the shape of array without axis. */
    static Expr perLane(Expr values, Expr array, int axis, SourcePos pos) {
        List<Expr> shape = others(array, axis);
        return new Expr.ShapeView(ShapeOp.RESHAPE, values, shape,
                Type.array(((Type.Array) values.type()).dtype(), shape.size(), Layout.C), pos);
    }

    /**
     * The 2-d array of rows of {@link #rows}, each a new run along the axis (of a new length), viewed back with that
     * axis in its place, C-contiguous (a copy unless the axis is the last).
     */
    static Expr backInPlace(Expr newRows, Expr array, int axis, SourcePos pos) {
        Type.Array t = (Type.Array) array.type();
        List<Expr> shape = new ArrayList<>(others(array, axis));
        shape.add(new Expr.Dim(newRows, 1));
        Type.Array moved = Type.array(((Type.Array) newRows.type()).dtype(), t.ndim(), Layout.C);
        Expr lanes = new Expr.ShapeView(ShapeOp.RESHAPE, newRows, shape, moved, pos);
        // the last axis needs no move, and the view of the new rows is already C-contiguous
        return axis == t.ndim() - 1 ? lanes : ArrayExpressions.copy(ShapeCalls.moveAxis(lanes, t.ndim() - 1, axis, pos), pos);
    }

    /** The lengths of array's dimensions other than axis, in order. */
    private static List<Expr> others(Expr array, int axis) {
        List<Expr> dims = new ArrayList<>();
        for (int d = 0; d < ((Type.Array) array.type()).ndim(); d++) if (d != axis) dims.add(new Expr.Dim(array, d));
        return dims;
    }

    private static Expr product(List<Expr> dims, SourcePos pos) {
        Expr n = TypedIr.i64(1);
        for (Expr d : dims) n = TypedIr.binary(BinOp.MUL, n, d, DType.INT64, pos);
        return n;
    }
}
