package io.jumba.lower;

import io.jumba.array.DType;
import io.jumba.ir.BinOp;
import io.jumba.ir.Expr;
import io.jumba.ir.ReduceOp;
import io.jumba.ir.Stmt;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * Lowers {@link Expr.Reduce} into loops with an {@link Accumulator}, reading an Elementwise operand in place (no
 * temporary). Elements are visited in C order, so sums are sequential and ARGMIN/ARGMAX give flat C-order
 * positions. With an axis, the result array is filled by a nest over the other dimensions whose innermost loop
 * runs along the axis, or, for plain folds along a non-last axis, accumulated in place in C order (see
 * {@link #reduceAxisInPlace}). In a {@code parallel=True} function the outermost loop runs in parallel
 * ({@link FunctionLowering#splitsLoops}), except that of an in-place fold along axis 0.
 */
final class ReductionLowering {
    private final FunctionLowering lowering;

    ReductionLowering(FunctionLowering lowering) { this.lowering = lowering; }

    Expr lower(Expr.Reduce r, Emitter out, List<Expr> elements) {
        ElementSource source = ElementSource.prepare(lowering, r.array(), r.pos(), out, elements, false);
        return r.axis() == null ? reduceAll(r, source, out) : reduceAxis(r, source, out);
    }

    private Expr reduceAll(Expr.Reduce r, ElementSource source, Emitter out) {
        Type.Scalar elementType = FunctionLowering.elementType(r.array().type());
        String emptyMessage = r.op().emptyMessage();
        if (emptyMessage != null && source.ndim() > 0) {
            ShapeChecks.check(out, Ir.anyOf(source.shape().stream().map(d -> Ir.eq(d, Ir.i64(0))).toList()), emptyMessage,
                    List.of(), r.pos());
        }
        Accumulator acc = Accumulator.start(r.op(), elementType, (Type.Scalar) r.type(), r.pos(), out);
        source.emitVersioned(out, source.shape(), (block, from) ->
                LoopNest.emit(block, source.shape(), r.pos(), lowering.splitsLoops(), (indices, inner) ->
                        acc.update(inner.spill(from.element(indices, inner)), flatIndex(indices, source.shape(), r), inner)));
        Expr count = null;
        for (Expr d : source.shape()) count = count == null ? d : Ir.mul(count, d, r.pos());
        return acc.result(count == null ? Ir.i64(1) : count);
    }

    /**
     * The flat C-order position of the element at indices, {@code (i0 * n1 + i1) * n2 + i2}: a pure expression of the
     * loop indices rather than a counter carried from one iteration to the next, so the innermost loop stays free of
     * loop-carried scalars (ARGMIN/ARGMAX vectorize).
     */
    private static Expr flatIndex(List<Expr> indices, List<Expr> shape, Expr.Reduce r) {
        Expr flat = Ir.i64(0);
        for (int d = 0; d < indices.size(); d++) {
            flat = d == 0 ? indices.get(0) : Ir.add(Ir.mul(flat, shape.get(d), r.pos()), indices.get(d), r.pos());
        }
        return flat;
    }

    private Expr reduceAxis(Expr.Reduce r, ElementSource source, Emitter out) {
        int axis = r.axis() < 0 ? r.axis() + source.ndim() : r.axis();
        Type.Array resultType = (Type.Array) r.type();
        boolean foldsInResultType = Accumulator.isFold(r.op())
                && (r.op() != ReduceOp.MEAN || resultType.dtype() == DType.FLOAT64);
        // A mean along an axis follows NumPy (NaN for an empty lane; Numba has no axis mean), which the in-place
        // fold implements for every axis.
        boolean inPlace = axis < source.ndim() - 1 || r.op() == ReduceOp.MEAN;
        if (inPlace && foldsInResultType) return reduceAxisInPlace(r, axis, source, out);
        Type.Scalar elementType = FunctionLowering.elementType(r.array().type());
        Type.Scalar accResultType = Type.scalar(resultType.dtype());
        List<Expr> outShape = new ArrayList<>(source.shape());
        Expr extent = outShape.remove(axis);
        Type.Array allocType = Type.array(resultType.dtype(), outShape.size(), Layout.C);
        Expr.Local result = out.bind(new Expr.Alloc(outShape, Expr.Fill.EMPTY, null, allocType, r.pos()));
        String emptyMessage = r.op().emptyMessage();
        source.emitVersioned(out, source.shape(), (block, from) ->
                LoopNest.emit(block, outShape, r.pos(), lowering.splitsLoops(), (outIndices, body) -> {
                    if (emptyMessage != null) ShapeChecks.check(body, Ir.eq(extent, Ir.i64(0)), emptyMessage, List.of(), r.pos());
                    Accumulator acc = Accumulator.start(r.op(), elementType, accResultType, r.pos(), body);
                    LoopNest.emit(body, List.of(extent), r.pos(), (along, inner) -> {
                        List<Expr> indices = new ArrayList<>(outIndices);
                        indices.add(axis, along.getFirst());
                        acc.update(inner.spill(from.element(indices, inner)), along.getFirst(), inner);
                    });
                    body.add(new Stmt.Store(result, outIndices, acc.result(extent), r.pos()));
                }));
        return result;
    }

    /**
     * A fold along a non-last axis, accumulated in the result array while the input is read in C order, so the
     * innermost loop walks the last axis contiguously instead of striding along the reduced one. Each result
     * element still folds its inputs in axis order, so the values are exactly those of the per-element form.
     */
    private Expr reduceAxisInPlace(Expr.Reduce r, int axis, ElementSource source, Emitter out) {
        Type.Array resultType = (Type.Array) r.type();
        Type.Scalar accType = Type.scalar(resultType.dtype());
        List<Expr> outShape = new ArrayList<>(source.shape());
        Expr extent = outShape.remove(axis);
        Expr.Fill identity = r.op() == ReduceOp.PROD || r.op() == ReduceOp.ALL ? Expr.Fill.ONES : Expr.Fill.ZEROS;
        Type.Array allocType = Type.array(resultType.dtype(), outShape.size(), Layout.C);
        Expr.Local result = out.bind(new Expr.Alloc(outShape, identity, null, allocType, r.pos()));
        // Along axis 0 every outer iteration updates the whole result: that loop stays serial.
        boolean split = lowering.splitsLoops() && axis > 0;
        source.emitVersioned(out, source.shape(), (block, from) ->
                LoopNest.emit(block, source.shape(), r.pos(), split, (indices, inner) -> {
                    List<Expr> at = new ArrayList<>(indices);
                    at.remove(axis);
                    Expr v = Ir.cast(from.element(indices, inner), accType);
                    Expr folded = Accumulator.fold(r.op(), Ir.load(result, at, r.pos()), v, r.pos());
                    inner.add(new Stmt.Store(result, at, folded, r.pos()));
                }));
        if (r.op() == ReduceOp.MEAN) {
            Emitter divide = out.child();
            LoopNest.emit(divide, outShape, r.pos(), lowering.splitsLoops(), (at, inner) -> inner.add(new Stmt.Store(result, at,
                    Ir.binary(BinOp.DIV, Ir.load(result, at, r.pos()), Ir.cast(extent, accType), r.pos()), r.pos())));
            Emitter empty = out.child();
            LoopNest.emit(empty, outShape, r.pos(), lowering.splitsLoops(), (at, inner) ->
                    inner.add(new Stmt.Store(result, at, Ir.number(accType, Double.NaN, 0), r.pos())));
            out.add(new Stmt.If(Ir.eq(extent, Ir.i64(0)), empty.stmts(), divide.stmts()));
        }
        return result;
    }
}
