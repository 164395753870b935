package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.diag.UnsupportedError;
import io.jumba.ir.Expr.IndexSpec;
import io.jumba.ir.Expr;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * NumPy indexing of arrays: one integer per dimension reads one element ({@link Expr.Load}); fewer integers or any
 * slice give a {@link Expr.View}; one integer or boolean array among the items is advanced indexing, as far as Numba
 * supports it. Negative integers stay as they are (Load/Store/View wrap at runtime).
 */
final class ArrayIndexing {
    /** What {@code a[index]} denotes. */
    sealed interface Result {
        /** One element: int64 indices, one per dimension. */
        record Element(List<Expr> indices) implements Result {}

        /** A view of part of the array. */
        record Slice(Expr view) implements Result {}

        /**
         * One advanced index ({@link AdvancedIndexing}): the basic view of the other items, with a full slice in the
         * advanced item's place; the index (an integer or boolean array) applies along {@code axis} of that view, which
         * is {@code sourceAxis} of the indexed array. A boolean mask with the array's dimensions that is the only item
         * ({@code a[a > 0]}) applies to the whole view ({@code whole}).
         */
        record Advanced(Expr view, int axis, int sourceAxis, Expr index, boolean whole) implements Result {}
    }

    private final ExprLowering exprs;

    ArrayIndexing(ExprLowering exprs) { this.exprs = exprs; }

    Result index(Expr array, io.jumba.frontend.ast.PyExpr index, SourcePos pos) {
        Type.Array type = (Type.Array) array.type();
        Expr whole = null;
        if (!(index instanceof io.jumba.frontend.ast.PyExpr.Tuple || index instanceof io.jumba.frontend.ast.PyExpr.Slice
                || index instanceof io.jumba.frontend.ast.PyExpr.EllipsisLit || isNewAxis(index))) {
            whole = exprs.lower(index);
            if (whole.type() instanceof Type.Tuple t) {
                List<IndexSpec> specs = tupleItems(whole, t, index.pos());
                atMostOnePerAxis(type, specs, pos);
                return basic(array, specs, List.of(), pos);
            }
        }
        List<io.jumba.frontend.ast.PyExpr> items = withoutEllipsis(index instanceof io.jumba.frontend.ast.PyExpr.Tuple t
                ? t.elements() : List.of(index), type.ndim(), pos);
        List<Integer> newAxes = new ArrayList<>();
        List<IndexSpec> specs = new ArrayList<>();
        int outputDim = 0;
        int advancedAt = -1;
        Expr advanced = null;
        for (io.jumba.frontend.ast.PyExpr item : items) {
            if (isNewAxis(item)) {
                newAxes.add(outputDim++);
            } else if (item instanceof io.jumba.frontend.ast.PyExpr.Slice s) {
                specs.add(new IndexSpec.Range(bound(s.lower()), bound(s.upper()), bound(s.step())));
                outputDim++;
            } else {
                Expr e = item == index && whole != null ? whole : exprs.lower(item);
                if (e.type() instanceof Type.Array) {
                    if (advanced != null) {
                        throw new UnsupportedError(item.pos(), "only one advanced index (an integer or boolean array) "
                                + "is supported in an index, as in Numba");
                    }
                    advanced = AdvancedIndexing.index(e, item.pos());
                    advancedAt = specs.size();
                    specs.add(new IndexSpec.Range(null, null, null));
                    outputDim++;
                } else {
                    specs.add(new IndexSpec.At(integer(e, item.pos())));
                }
            }
        }
        atMostOnePerAxis(type, specs, pos);
        if (advanced != null) return advanced(array, specs, advancedAt, advanced, !newAxes.isEmpty(), pos);
        return basic(array, specs, newAxes, pos);
    }

    private static void atMostOnePerAxis(Type.Array type, List<IndexSpec> specs, SourcePos pos) {
        if (specs.size() > type.ndim()) {
            throw new TypingError(pos, "too many indices for array: array is " + type.ndim()
                    + "-dimensional, but " + specs.size() + " were indexed");
        }
    }

    /**
     * A tuple value as the whole index ({@code a[idx]}, idx a tuple of integers such as np.ndindex yields, as Numba's
     * UniTuple index): its elements, each an integer index of one axis.
     */
    private List<IndexSpec> tupleItems(Expr tuple, Type.Tuple t, SourcePos pos) {
        boolean direct = tuple instanceof Expr.TupleNew tn && tn.elements().stream().allMatch(ExprLowering::isPure);
        Expr held = direct ? tuple : exprs.temp(tuple);
        List<IndexSpec> specs = new ArrayList<>();
        for (int i = 0; i < t.elements().size(); i++) {
            Expr e = direct ? ((Expr.TupleNew) tuple).elements().get(i) : new Expr.TupleGet(held, i, t.elements().get(i));
            specs.add(new IndexSpec.At(integer(e, pos)));
        }
        return specs;
    }

    /**
     * The target of a store into {@code view}: the array itself where the view is {@code a[:]}, {@code a[:, :]}, ...
     * of a local array (the same elements in the same order), so that {@code a[:] = 0} makes no view at run time.
     */
    static Expr storeTarget(Expr view) {
        if (view instanceof Expr.View v && v.array() instanceof Expr.Local
                && v.spec().stream().allMatch(sp -> sp instanceof IndexSpec.Range r
                        && r.lower() == null && r.upper() == null && r.step() == null)) {
            return v.array();
        }
        return view;
    }

    /** Basic indexing (integers, slices, new axes; at most one per axis): one element or a view. */
    private static Result basic(Expr array, List<IndexSpec> specs, List<Integer> newAxes, SourcePos pos) {
        Type.Array type = (Type.Array) array.type();
        boolean allIntegers = specs.stream().allMatch(s -> s instanceof IndexSpec.At);
        if (allIntegers && specs.size() == type.ndim() && newAxes.isEmpty()) {
            return new Result.Element(specs.stream().map(s -> ((IndexSpec.At) s).index()).toList());
        }
        if (newAxes.isEmpty()) return new Result.Slice(view(array, specs, pos));
        // None / np.newaxis: the view of the other items, then a new axis of length 1 at each one's place.
        Expr result = specs.isEmpty() ? array : view(array, specs, pos);
        for (int axis : newAxes) result = ShapeCalls.expandDims(result, axis, pos);
        return new Result.Slice(result);
    }

    /**
     * The advanced item at specs[at] (a full slice there) applied to the basic view of the others. Integers count as
     * advanced indices in NumPy: the result's axis is where the array stands among the other items when integers and
     * the array are adjacent, else first; the view-then-index order used here agrees with NumPy in both cases except
     * one, which is refused.
     */
    private static Result advanced(Expr array, List<IndexSpec> specs, int at, Expr index, boolean newAxes, SourcePos pos) {
        Type.Array type = (Type.Array) array.type();
        if (newAxes) throw new UnsupportedError(pos, "None / np.newaxis together with an advanced index is not supported");
        int axis = (int) specs.subList(0, at).stream().filter(s -> s instanceof IndexSpec.Range).count();
        int first = at, last = at;
        for (int k = 0; k < specs.size(); k++) {
            if (specs.get(k) instanceof IndexSpec.At) {
                first = Math.min(first, k);
                last = Math.max(last, k);
            }
        }
        boolean adjacent = specs.subList(first, last + 1).stream().filter(s -> s instanceof IndexSpec.Range).count() == 1;
        if (!adjacent && axis != 0) {
            throw new UnsupportedError(pos, "an integer index separated from the advanced index by a slice, with a slice "
                    + "before the advanced index, is not supported (NumPy moves the result's axis first there)");
        }
        Type.Array indexType = (Type.Array) index.type();
        boolean whole = indexType.dtype().isBool() && specs.size() == 1 && indexType.ndim() == type.ndim();
        if (!whole && indexType.ndim() != 1) {
            throw new UnsupportedError(pos, indexType.dtype().isBool()
                    ? "a " + indexType.ndim() + "-d boolean index must be the only index of a " + indexType.ndim()
                            + "-d array (a[mask]); here it is " + type.ndim() + "-d or has other items"
                    : "an integer array index must be 1-d, as in Numba; got " + indexType.ndim() + "-d");
        }
        boolean plain = specs.stream().allMatch(ArrayIndexing::isFull);
        Expr view = plain ? array : view(array, specs, pos);
        return new Result.Advanced(view, axis, at, index, whole);
    }

    /** The index items with an Ellipsis replaced by the full slices it stands for (at most one Ellipsis, as NumPy). */
    private List<io.jumba.frontend.ast.PyExpr> withoutEllipsis(List<io.jumba.frontend.ast.PyExpr> items, int ndim, SourcePos pos) {
        int at = -1, indexing = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof io.jumba.frontend.ast.PyExpr.EllipsisLit e) {
                if (at >= 0) throw new TypingError(e.pos(), "an index can only have a single ellipsis ('...')");
                at = i;
            } else if (!isNewAxis(items.get(i))) {
                indexing++;
            }
        }
        if (at < 0) return items;
        List<io.jumba.frontend.ast.PyExpr> expanded = new ArrayList<>(items.subList(0, at));
        SourcePos where = items.get(at).pos();
        for (int k = indexing; k < ndim; k++) expanded.add(new io.jumba.frontend.ast.PyExpr.Slice(null, null, null, where));
        expanded.addAll(items.subList(at + 1, items.size()));
        return expanded;
    }

    private boolean isNewAxis(io.jumba.frontend.ast.PyExpr item) {
        if (item instanceof io.jumba.frontend.ast.PyExpr.NoneLit) return true;
        if (!(item instanceof io.jumba.frontend.ast.PyExpr.Attribute || item instanceof io.jumba.frontend.ast.PyExpr.Name)) {
            return false;
        }
        return "numpy.newaxis".equals(exprs.qualify(item));
    }

    /** {@code array[i]} on the first axis: an element of a 1-d array, else a row view. */
    Expr first(Expr array, Expr i, SourcePos pos) {
        Type.Array type = (Type.Array) array.type();
        if (type.ndim() == 1) return new Expr.Load(array, List.of(i), pos);
        return view(array, List.of(new IndexSpec.At(i)), pos);
    }

    /**
     * A view with these specs. As Numba: the layout stays C for integers followed by at most one slice without
     * step ({@code m[1]}, {@code m[1:3]}, {@code m[i, 2:]}); anything else ({@code m[1:, :]}, {@code a[::2]}) is A.
     */
    static Expr.View view(Expr array, List<IndexSpec> specs, SourcePos pos) {
        Type.Array type = (Type.Array) array.type();
        int dropped = (int) specs.stream().filter(s -> s instanceof IndexSpec.At).count();
        Layout layout = Layout.A;
        if (type.layout() == Layout.C && keepsC(specs)) layout = Layout.C;
        if (type.layout() == Layout.F && dropped == 0 && specs.stream().allMatch(ArrayIndexing::isFull)) layout = Layout.F;
        return new Expr.View(array, specs, Type.array(type.dtype(), type.ndim() - dropped, layout), pos);
    }

    private static boolean keepsC(List<IndexSpec> specs) {
        boolean sawRange = false;
        for (IndexSpec s : specs) {
            switch (s) {
                case IndexSpec.At at -> { if (sawRange) return false; }
                case IndexSpec.Range r -> {
                    if (sawRange || r.step() != null) return false;
                    sawRange = true;
                }
            }
        }
        return true;
    }

    private static boolean isFull(IndexSpec s) {
        return s instanceof IndexSpec.Range r && r.lower() == null && r.upper() == null && r.step() == null;
    }

    private Expr bound(io.jumba.frontend.ast.PyExpr e) {
        if (e == null || e instanceof io.jumba.frontend.ast.PyExpr.NoneLit) return null;
        return integer(exprs.lower(e), e.pos());
    }

    static Expr integer(Expr e, SourcePos pos) {
        if (e.type() instanceof Type.Scalar s && s.dtype().isInteger()) return TypedIr.cast(e, DType.INT64);
        throw new TypingError(pos, "array indices must be integers, got " + e.type());
    }
}
