package io.jumba.lower;

import io.jumba.ir.Expr;
import io.jumba.ir.Exprs;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.source.SourcePos;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An array expression prepared to be read one element at a time inside a loop nest, without a temporary array.
 * Preparing evaluates every input once (into temporaries) and emits the runtime broadcast: the broadcast shape
 * ({@link #shape()}) and the ValueError for incompatible inputs. A plain array or scalar is prepared as the
 * one-input fusion {@code Elementwise([x], Element(0))}. An Elementwise input of an Elementwise (without calls,
 * whose effects would repeat) is fused in too: its inputs join the leaves and its body is computed per element,
 * so nested whole-array expressions need no temporary either.
 *
 * <p>Broadcasting: inputs align right; an input dimension of size 1 is read at index 0. Whether a dimension is 1
 * is only known at run time, so it is tested once, before the loops, into a bool temporary; dimensions that
 * alone decide their output extent need no test unless the source is read at a larger (assignment) shape.
 */
final class ElementSource {
    private final FunctionLowering lowering;
    /** The evaluated leaf inputs (variables or constants), in source order. */
    private final List<Expr> inputs;
    private final Fused root;
    private final SourcePos pos;
    private final List<Expr> shape;
    /** Per input, per input axis: a bool "this dimension is 1" variable, or null when the loop index is used as is. */
    private final List<List<Expr>> isOne;

    /** An operand of a fused body: a leaf input, or a nested fused body. */
    private sealed interface Operand {}

    private record Leaf(int input) implements Operand {}

    /** A body over operands whose value is converted to type (the dtype of the Elementwise it came from). */
    private record Fused(Expr body, List<Operand> operands, Type.Scalar type) implements Operand {}

    private ElementSource(FunctionLowering lowering, List<Expr> inputs, Fused root, SourcePos pos, List<Expr> shape,
                          List<List<Expr>> isOne) {
        this.lowering = lowering;
        this.inputs = inputs;
        this.root = root;
        this.pos = pos;
        this.shape = shape;
        this.isOne = isOne;
    }

    /**
     * Prepares value (lowered in the enclosing {@code elements} scope), emitting the preparation into out.
     * With {@code readAtLargerShape} the source may be read at the indices of a shape it broadcasts to.
     */
    static ElementSource prepare(FunctionLowering lowering, Expr value, SourcePos fallbackPos, Emitter out,
                                 List<Expr> elements, boolean readAtLargerShape) {
        List<Expr> leaves = new ArrayList<>();
        Fused root;
        SourcePos pos;
        if (value instanceof Expr.Elementwise e) {
            root = flatten(e, leaves);
            pos = e.pos();
        } else {
            leaves.add(value);
            root = identity(FunctionLowering.elementType(value.type()));
            pos = fallbackPos;
        }
        List<Expr> inputs = new ArrayList<>();
        for (Expr in : lowering.lowerAll(leaves, out, elements)) inputs.add(out.spill(in));
        return broadcast(lowering, inputs, root, pos, out, readAtLargerShape);
    }

    /** e's body over its inputs, with Elementwise inputs fused in; their leaf inputs are appended to leaves. */
    private static Fused flatten(Expr.Elementwise e, List<Expr> leaves) {
        List<Operand> operands = new ArrayList<>();
        for (Expr in : e.inputs()) {
            if (isFusedInput(in)) {
                operands.add(flatten((Expr.Elementwise) in, leaves));
            } else {
                operands.add(new Leaf(leaves.size()));
                leaves.add(in);
            }
        }
        return new Fused(e.body(), operands, Type.scalar(e.type().dtype()));
    }

    /** Whether an input of an Elementwise is fused into it rather than evaluated into an array first. */
    static boolean isFusedInput(Expr input) {
        return input instanceof Expr.Elementwise inner && !callsFunctions(inner.body());
    }

    private static boolean callsFunctions(Expr e) {
        return Exprs.walk(e).anyMatch(Expr.Call.class::isInstance);
    }

    /** The body that reads its single leaf as is. */
    private static Fused identity(Type.Scalar type) {
        return new Fused(new Expr.Element(0, type), List.of(new Leaf(0)), type);
    }

    /** A source reading the already evaluated array (a variable) as is. */
    static ElementSource ofArray(FunctionLowering lowering, Expr.Local array, SourcePos pos, Emitter out,
                                 boolean readAtLargerShape) {
        return broadcast(lowering, List.of(array), identity(Type.scalar(Ir.dtype(array))), pos, out, readAtLargerShape);
    }

    private static ElementSource broadcast(FunctionLowering lowering, List<Expr> inputs, Fused root, SourcePos pos,
                                           Emitter out, boolean readAtLargerShape) {
        List<Extent> rootShape = shapeOf(root, inputs, pos, out);
        int ndim = rootShape.size();
        List<Expr> shape = new ArrayList<>();
        for (Extent e : rootShape) shape.add(out.spill(e.value()));
        List<List<Expr>> isOne = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            Expr in = inputs.get(k);
            List<Expr> flags = new ArrayList<>();
            for (int axis = 0; axis < ndimOf(in); axis++) {
                Extent e = rootShape.get(axis + ndim - ndimOf(in));
                boolean decidesExtent = e.soleInput() == k && e.soleAxis() == axis;
                flags.add(readAtLargerShape || !decidesExtent ? out.bind(Ir.eq(Ir.dim(in, axis), Ir.i64(1))) : null);
            }
            isOne.add(flags);
        }
        return new ElementSource(lowering, inputs, root, pos, List.copyOf(shape), isOne);
    }

    /** One dimension of a broadcast shape; soleInput/soleAxis name the one leaf dimension it equals, else -1. */
    private record Extent(Expr value, int soleInput, int soleAxis) {}

    /**
     * The shape of an operand, broadcast bottom-up as NumPy evaluates nested expressions: each fused body's shape
     * is the broadcast of its operands' shapes, and a mismatch reports those operands' shapes.
     */
    private static List<Extent> shapeOf(Operand operand, List<Expr> inputs, SourcePos pos, Emitter out) {
        return switch (operand) {
            case Leaf leaf -> {
                List<Extent> shape = new ArrayList<>();
                Expr in = inputs.get(leaf.input());
                for (int axis = 0; axis < ndimOf(in); axis++) shape.add(new Extent(Ir.dim(in, axis), leaf.input(), axis));
                yield shape;
            }
            case Fused f -> {
                List<List<Extent>> shapes = new ArrayList<>();
                List<String> formats = new ArrayList<>();
                List<Expr> args = new ArrayList<>();
                for (Operand o : f.operands()) {
                    List<Extent> shape = shapeOf(o, inputs, pos, out);
                    shapes.add(shape);
                    if (o instanceof Leaf leaf && !(inputs.get(leaf.input()).type() instanceof Type.Array)) continue;
                    formats.add(ShapeChecks.format(shape.size()));
                    for (Extent e : shape) args.add(e.value());
                }
                String message = "operands could not be broadcast together with shapes " + String.join(" ", formats)
                        + " "; // NumPy ends it with a space
                yield combine(shapes, message, args, pos, out);
            }
        };
    }

    /** The broadcast of shapes (aligned right), with the runtime check for dimensions that disagree. */
    private static List<Extent> combine(List<List<Extent>> shapes, String message, List<Expr> args, SourcePos pos,
                                        Emitter out) {
        int ndim = shapes.stream().mapToInt(List::size).max().orElse(0);
        List<Extent> result = new ArrayList<>();
        for (int d = 0; d < ndim; d++) {
            List<Extent> dims = new ArrayList<>();
            for (List<Extent> shape : shapes) {
                int axis = d - (ndim - shape.size());
                if (axis >= 0) dims.add(shape.get(axis));
            }
            result.add(dims.size() == 1 ? dims.getFirst() : new Extent(broadcastDim(dims, message, args, pos, out), -1, -1));
        }
        return result;
    }

    /** {@code s = d0; for each other d: if s == 1: s = d elif d != 1 and d != s: raise ValueError}. */
    private static Expr broadcastDim(List<Extent> dims, String message, List<Expr> args, SourcePos pos, Emitter out) {
        Var s = out.fresh("s", Type.INT64);
        Expr sRef = new Expr.Local(s);
        out.add(new Stmt.Assign(s, dims.getFirst().value()));
        for (Extent extent : dims.subList(1, dims.size())) {
            Expr dim = extent.value();
            Emitter mismatch = out.child();
            ShapeChecks.check(mismatch, Ir.and(Ir.ne(dim, Ir.i64(1)), Ir.ne(dim, sRef)), message, args, pos);
            out.add(new Stmt.If(Ir.eq(sRef, Ir.i64(1)), List.of(new Stmt.Assign(s, dim)), mismatch.stmts()));
        }
        return sRef;
    }

    private static int ndimOf(Expr input) { return input.type() instanceof Type.Array a ? a.ndim() : 0; }

    /** The broadcast shape, one int64 expression per dimension (cheap to re-read). */
    List<Expr> shape() { return shape; }

    int ndim() { return shape.size(); }

    /** Emits a loop nest that reads a source. */
    @FunctionalInterface
    interface Nest {
        void emit(Emitter out, ElementSource source);
    }

    /**
     * Emits the loop nest over extents (this source's shape, or a shape it is assigned to) that reads this source.
     * When some input may be stretched (a dimension of 1 read along a longer loop), the nest is emitted twice,
     * {@code if <no input dimension is stretched>: <nest reading a[i]> else: <nest reading a[0 if a_dim_is_1 else i]>},
     * so that the common, unbroadcast case has plain indices, as code generators and the vectorizer want them.
     * Exactly one of the two runs.
     */
    void emitVersioned(Emitter out, List<Expr> extents, Nest nest) {
        boolean stretchable = false;
        List<Expr> unstretched = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            Expr in = inputs.get(k);
            for (int axis = 0; axis < ndimOf(in); axis++) {
                if (isOne.get(k).get(axis) == null) continue;
                stretchable = true;
                int loop = axis + ndim() - ndimOf(in) + extents.size() - ndim();
                if (loop >= 0) unstretched.add(Ir.eq(Ir.dim(in, axis), extents.get(loop)));
            }
        }
        if (!stretchable) {
            nest.emit(out, this);
            return;
        }
        ElementSource plain = withPlainIndices();
        if (unstretched.isEmpty()) {
            nest.emit(out, plain);
            return;
        }
        Emitter fast = out.child();
        nest.emit(fast, plain);
        Emitter general = out.child();
        nest.emit(general, this);
        out.add(new Stmt.If(Ir.allOf(unstretched), fast.stmts(), general.stmts()));
    }

    /** This source read with the loop indices as they are: right only where no input dimension is stretched. */
    private ElementSource withPlainIndices() {
        List<List<Expr>> none = new ArrayList<>();
        for (List<Expr> flags : isOne) none.add(Collections.nCopies(flags.size(), null));
        return new ElementSource(lowering, inputs, root, pos, shape, none);
    }

    /**
     * The element at {@code indices}, emitting whatever the body needs into inner. Indices align right: with more
     * indices than dimensions the leading ones are ignored (broadcast), with fewer the missing leading ones are 0.
     */
    Expr element(List<Expr> indices, Emitter inner) {
        List<Expr> own = new ArrayList<>();
        int extra = indices.size() - ndim();
        for (int d = 0; d < ndim(); d++) own.add(d + extra >= 0 ? indices.get(d + extra) : Ir.i64(0));
        List<Expr> leaves = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            Expr in = inputs.get(k);
            if (!(in.type() instanceof Type.Array)) {
                leaves.add(in);
                continue;
            }
            List<Expr> at = new ArrayList<>();
            for (int axis = 0; axis < ndimOf(in); axis++) {
                Expr index = own.get(axis + ndim() - ndimOf(in));
                Expr flag = isOne.get(k).get(axis);
                at.add(flag == null ? index : new Expr.Select(flag, Ir.i64(0), index, Type.INT64));
            }
            leaves.add(Ir.load(in, at, pos));
        }
        return compute(root, leaves, inner);
    }

    /** f's value from the current leaf elements; a nested body's value is computed once, into a temporary. */
    private Expr compute(Fused f, List<Expr> leaves, Emitter inner) {
        List<Expr> elements = new ArrayList<>();
        for (Operand operand : f.operands()) {
            elements.add(switch (operand) {
                case Leaf leaf -> leaves.get(leaf.input());
                case Fused nested -> inner.spill(compute(nested, leaves, inner));
            });
        }
        return Ir.cast(lowering.lower(f.body(), inner, elements), f.type());
    }
}
