package io.jumba.lower;

import io.jumba.array.DType;
import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.Stmt;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Lowers {@link Expr.Elementwise} values into a fresh C-contiguous array filled by one loop nest, and
 * {@link Stmt.ArrayStore} into one loop nest writing straight into the target.
 *
 * <p>Aliasing rule for stores: NumPy evaluates the right side completely before writing, so when the target may
 * share data with an array the loop reads (same variable, or a variable that may be a view of it, per
 * {@link AliasRoots}), the value is first materialized into a temporary. The one exception is an input that
 * denotes exactly the target's elements (the same pure expression, ignoring full {@code [:]} slices, e.g.
 * {@code a[:] = a * 2}): each element is read before it is written, at the same index, so no temporary is needed.
 */
final class ElementwiseLowering {
    private final FunctionLowering lowering;

    ElementwiseLowering(FunctionLowering lowering) { this.lowering = lowering; }

    Expr materialize(Expr.Elementwise w, Emitter out, List<Expr> elements) {
        ElementSource source = ElementSource.prepare(lowering, w, w.pos(), out, elements, false);
        return fill(source, w.type().dtype(), w.pos(), out);
    }

    /** A new C-contiguous array of the source's shape holding its elements. */
    private Expr.Local fill(ElementSource source, DType dtype, SourcePos pos, Emitter out) {
        Type.Array type = Type.array(dtype, source.ndim(), Layout.C);
        Expr.Local array = out.bind(new Expr.Alloc(source.shape(), Expr.Fill.EMPTY, null, type, pos));
        Type.Scalar elementType = Type.scalar(dtype);
        source.emitVersioned(out, source.shape(), (block, from) ->
                LoopNest.emit(block, from.shape(), pos, lowering.splitsLoops(), (indices, inner) -> {
                    Expr value = Ir.cast(from.element(indices, inner), elementType);
                    inner.add(new Stmt.Store(array, indices, value, pos));
                }));
        return array;
    }

    void store(Stmt.ArrayStore s, Emitter out) {
        boolean overlaps = mayOverlap(s.value(), s.target());
        ElementSource source = ElementSource.prepare(lowering, s.value(), s.pos(), out, null, true);
        Expr target = out.spill(lowering.lower(s.target(), out, null));
        if (overlaps) {
            Expr.Local copy = fill(source, Ir.dtype(target), s.pos(), out);
            source = ElementSource.ofArray(lowering, copy, s.pos(), out, true);
        }
        List<Expr> targetShape = ShapeChecks.dims(target);
        ShapeChecks.checkAssignable(out, source.shape(), targetShape, s.pos());
        Type.Scalar elementType = Type.scalar(Ir.dtype(target));
        source.emitVersioned(out, targetShape, (block, from) ->
                LoopNest.emit(block, targetShape, s.pos(), lowering.splitsLoops(), (indices, inner) -> {
                    Expr value = Ir.cast(from.element(indices, inner), elementType);
                    inner.add(new Stmt.Store(target, indices, value, s.pos()));
                }));
    }

    /** Whether writing target while reading value element by element could read already written elements. */
    private boolean mayOverlap(Expr value, Expr target) {
        Set<String> written = lowering.aliases().rootsOf(target);
        if (written.isEmpty()) return false;
        return value instanceof Expr.Elementwise w ? readsDuringLoop(w, target, written) : readsData(value, target, written);
    }

    /** Whether the loop computing w reads data of written: through its inputs' data or anywhere in its body. */
    private boolean readsDuringLoop(Expr.Elementwise w, Expr target, Set<String> written) {
        for (Expr in : w.inputs()) {
            boolean reads = ElementSource.isFusedInput(in)
                    ? readsDuringLoop((Expr.Elementwise) in, target, written)
                    : readsData(in, target, written);
            if (reads) return true;
        }
        return intersects(lowering.aliases().rootsRead(w.body()), written);
    }

    /** Whether the data of an evaluated input may be written: array-level inputs are fresh arrays or scalars. */
    private boolean readsData(Expr input, Expr target, Set<String> written) {
        if (Exprs.isArrayLevel(input) || sameElements(input, target)) return false;
        return intersects(lowering.aliases().rootsOf(input), written);
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return !common.isEmpty();
    }

    private static boolean sameElements(Expr a, Expr b) {
        Expr x = stripFullSlices(a);
        return x.equals(stripFullSlices(b)) && isPure(x);
    }

    private static Expr stripFullSlices(Expr e) {
        if (e instanceof Expr.View v && v.spec().stream().allMatch(ElementwiseLowering::isFullSlice)) {
            return stripFullSlices(v.array());
        }
        return e;
    }

    private static boolean isFullSlice(Expr.IndexSpec spec) {
        return spec instanceof Expr.IndexSpec.Range r && r.lower() == null && r.upper() == null && r.step() == null;
    }

    /** Evaluating e twice gives the same value: variables, constants and arithmetic/views of them. */
    private static boolean isPure(Expr e) {
        return Exprs.walk(e).allMatch(ElementwiseLowering::isPureNode);
    }

    private static boolean isPureNode(Expr e) {
        return switch (e) {
            case Expr.Local l -> true;
            case Expr.Const c -> true;
            case Expr.View v -> true;
            case Expr.Transpose t -> true;
            case Expr.ShapeView s -> true;
            case Expr.Binary b -> true;
            case Expr.Unary u -> true;
            case Expr.Cast c -> true;
            default -> false;
        };
    }
}
