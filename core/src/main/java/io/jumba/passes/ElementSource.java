package io.jumba.passes;

import io.jumba.frontend.SourcePos;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;

/**
 * An array expression prepared to be read one element at a time inside a loop nest, without a temporary array.
 * Preparing evaluates every input once (into temporaries) and emits the runtime broadcast: the broadcast shape
 * ({@link #shape()}) and the ValueError for incompatible inputs. A plain array or scalar is prepared as the
 * one-input fusion {@code Elementwise([x], Element(0))}.
 *
 * <p>Broadcasting: inputs align right; an input dimension of size 1 is read at index 0. Whether a dimension is 1
 * is only known at run time, so it is tested once, before the loops, into a bool temporary; dimensions that
 * alone decide their output extent need no test unless the source is read at a larger (assignment) shape.
 */
final class ElementSource {
    private final FunctionLowering lowering;
    private final List<Expr> inputs;
    private final Expr body;
    private final SourcePos pos;
    private final List<Expr> shape;
    /** Per input, per input axis: a bool "this dimension is 1" variable, or null when the loop index is used as is. */
    private final List<List<Expr>> isOne;

    private ElementSource(FunctionLowering lowering, List<Expr> inputs, Expr body, SourcePos pos, List<Expr> shape,
                          List<List<Expr>> isOne) {
        this.lowering = lowering;
        this.inputs = inputs;
        this.body = body;
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
        List<Expr> rawInputs;
        Expr body;
        SourcePos pos;
        if (value instanceof Expr.Elementwise e) {
            rawInputs = e.inputs();
            body = e.body();
            pos = e.pos();
        } else {
            rawInputs = List.of(value);
            Type.Scalar elementType = value.type() instanceof Type.Array a ? Type.scalar(a.dtype()) : (Type.Scalar) value.type();
            body = new Expr.Element(0, elementType);
            pos = fallbackPos;
        }
        List<Expr> inputs = new ArrayList<>();
        for (Expr in : lowering.lowerAll(rawInputs, out, elements)) inputs.add(out.spill(in));
        return broadcast(lowering, inputs, body, pos, out, readAtLargerShape);
    }

    /** A source reading the already evaluated array (a variable) as is. */
    static ElementSource ofArray(FunctionLowering lowering, Expr.Local array, SourcePos pos, Emitter out,
                                 boolean readAtLargerShape) {
        Expr body = new Expr.Element(0, Type.scalar(Ir.dtype(array)));
        return broadcast(lowering, List.of(array), body, pos, out, readAtLargerShape);
    }

    private static ElementSource broadcast(FunctionLowering lowering, List<Expr> inputs, Expr body, SourcePos pos,
                                           Emitter out, boolean readAtLargerShape) {
        int ndim = inputs.stream().mapToInt(ElementSource::ndimOf).max().orElse(0);
        List<Expr> shape = new ArrayList<>();
        List<Integer> contributors = new ArrayList<>();
        for (int d = 0; d < ndim; d++) {
            List<Expr> dims = new ArrayList<>();
            for (Expr in : inputs) {
                int axis = d - (ndim - ndimOf(in));
                if (axis >= 0) dims.add(Ir.dim(in, axis));
            }
            contributors.add(dims.size());
            shape.add(dims.size() == 1 ? out.spill(dims.getFirst()) : broadcastDim(dims, inputs, pos, out));
        }
        List<List<Expr>> isOne = new ArrayList<>();
        for (Expr in : inputs) {
            List<Expr> flags = new ArrayList<>();
            for (int axis = 0; axis < ndimOf(in); axis++) {
                int d = axis + ndim - ndimOf(in);
                boolean needsTest = readAtLargerShape || contributors.get(d) > 1;
                flags.add(needsTest ? out.bind(Ir.eq(Ir.dim(in, axis), Ir.i64(1))) : null);
            }
            isOne.add(flags);
        }
        return new ElementSource(lowering, inputs, body, pos, List.copyOf(shape), isOne);
    }

    /** {@code s = d0; for each other d: if s == 1: s = d elif d != 1 and d != s: raise ValueError}. */
    private static Expr broadcastDim(List<Expr> dims, List<Expr> inputs, SourcePos pos, Emitter out) {
        Var s = out.fresh("s", Type.INT64);
        Expr sRef = new Expr.Local(s);
        out.add(new Stmt.Assign(s, dims.getFirst()));
        for (Expr dim : dims.subList(1, dims.size())) {
            Emitter mismatch = out.child();
            Shapes.check(mismatch, Ir.and(Ir.ne(dim, Ir.i64(1)), Ir.ne(dim, sRef)), mismatchFormat(inputs),
                    mismatchArgs(inputs), pos);
            out.add(new Stmt.If(Ir.eq(sRef, Ir.i64(1)), List.of(new Stmt.Assign(s, dim)), mismatch.stmts()));
        }
        return sRef;
    }

    private static String mismatchFormat(List<Expr> inputs) {
        List<String> shapes = new ArrayList<>();
        for (Expr in : inputs) if (ndimOf(in) > 0) shapes.add(Shapes.format(ndimOf(in)));
        return "operands could not be broadcast together with shapes " + String.join(" ", shapes) + " "; // NumPy ends it with a space
    }

    private static List<Expr> mismatchArgs(List<Expr> inputs) {
        List<Expr> args = new ArrayList<>();
        for (Expr in : inputs) if (ndimOf(in) > 0) args.addAll(Shapes.dims(in));
        return args;
    }

    private static int ndimOf(Expr input) { return input.type() instanceof Type.Array a ? a.ndim() : 0; }

    /** The broadcast shape, one int64 expression per dimension (cheap to re-read). */
    List<Expr> shape() { return shape; }

    int ndim() { return shape.size(); }

    /**
     * The element at {@code indices}, emitting whatever the body needs into inner. Indices align right: with more
     * indices than dimensions the leading ones are ignored (broadcast), with fewer the missing leading ones are 0.
     */
    Expr element(List<Expr> indices, Emitter inner) {
        List<Expr> own = new ArrayList<>();
        int extra = indices.size() - ndim();
        for (int d = 0; d < ndim(); d++) own.add(d + extra >= 0 ? indices.get(d + extra) : Ir.i64(0));
        List<Expr> elements = new ArrayList<>();
        for (int k = 0; k < inputs.size(); k++) {
            Expr in = inputs.get(k);
            if (!(in.type() instanceof Type.Array)) {
                elements.add(in);
                continue;
            }
            List<Expr> at = new ArrayList<>();
            for (int axis = 0; axis < ndimOf(in); axis++) {
                Expr index = own.get(axis + ndim() - ndimOf(in));
                Expr flag = isOne.get(k).get(axis);
                at.add(flag == null ? index : new Expr.Select(flag, Ir.i64(0), index, Type.INT64));
            }
            elements.add(Ir.load(in, at, pos));
        }
        return lowering.lower(body, inner, elements);
    }
}
