package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.ShapeOp;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * NumPy's broadcasting functions: np.broadcast_to (a strided view with zero strides along the broadcast axes, of the
 * array itself when C- or F-contiguous, else of a contiguous copy), np.broadcast_arrays (a tuple of such views) and
 * np.broadcast_shapes (a tuple of int64); shapes that do not broadcast are ValueError at run time, as NumPy.
 */
final class BroadcastCalls {
    private final FunctionTyping f;
    private final ExprLowering exprs;
    private final ArrayCalls calls;

    BroadcastCalls(FunctionTyping f, ExprLowering exprs, ArrayCalls calls) {
        this.f = f;
        this.exprs = exprs;
        this.calls = calls;
    }

    /** The function q names, or null when q is none of them. */
    Expr call(String q, Call c) {
        String name = q.replace("numpy.", "np.");
        return switch (q) {
            case "numpy.broadcast_to" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("array", "shape"), 2);
                Expr array = source(exprs.lower(a.get("array")), name, a.get("array").pos());
                List<Expr> shape = calls.shape(a.get("shape"), name).stream().map(f::temp).toList();
                int ndim = ((Type.Array) array.type()).ndim();
                if (shape.size() < ndim) {
                    throw new TypingError(c.pos(), name + "(): input operand has more dimensions than allowed by the axis remapping");
                }
                for (Expr d : shape) {
                    Checks.raiseIf(f, TypedIr.compare(CmpOp.LT, d, TypedIr.i64(0), DType.INT64), "ValueError",
                            "all elements of broadcast shape must be non-negative", c.pos());
                }
                for (int i = 0; i < ndim; i++) {
                    Expr from = new Expr.Dim(array, i);
                    Expr to = shape.get(shape.size() - ndim + i);
                    Checks.raiseIf(f, new Expr.Logical(true, TypedIr.compare(CmpOp.NE, from, TypedIr.i64(1), DType.INT64),
                                    TypedIr.compare(CmpOp.NE, from, to, DType.INT64)), "ValueError",
                            "operands could not be broadcast together with remapped shapes", c.pos());
                }
                yield view(array, shape, c.pos());
            }
            case "numpy.broadcast_arrays" -> {
                List<Expr> arrays = new ArrayList<>();
                for (PyExpr arg : positional(c, name)) arrays.add(source(exprs.lower(arg), name, arg.pos()));
                List<Expr> shape = common(arrays.stream().map(BroadcastCalls::dims).toList(), c.pos());
                yield ExprLowering.tuple(arrays.stream().map(x -> view(x, shape, c.pos())).toList());
            }
            case "numpy.broadcast_shapes" -> {
                List<List<Expr>> shapes = new ArrayList<>();
                for (PyExpr arg : positional(c, name)) {
                    shapes.add(calls.shape(arg, name).stream().map(f::temp).toList());
                }
                yield ExprLowering.tuple(common(shapes, c.pos()));
            }
            default -> null;
        };
    }

    private static List<PyExpr> positional(Call c, String name) {
        if (!c.keywords().isEmpty() || c.args().isEmpty()) {
            throw new TypingError(c.pos(), name + "() takes one or more positional arguments");
        }
        return c.args();
    }

    /**
     * x as an array to take views of: a number as a 1-element 1-d array (so numbers alone broadcast to 1-d, not 0-d),
     * a strided array copied contiguous.
     */
    private Expr source(Expr x, String name, SourcePos pos) {
        Expr array = switch (x.type()) {
            case Type.Array t when t.layout() == Layout.A -> ArrayExpressions.copy(x, pos);
            case Type.Array t -> x;
            case Type.Scalar s -> new Expr.Alloc(List.of(TypedIr.i64(1)), Expr.Fill.FULL, x, Type.array(s.dtype(), 1, Layout.C), pos);
            default -> throw new TypingError(pos, name + "() expects arrays or numbers, got " + x.type());
        };
        return f.temp(array);
    }

    private static List<Expr> dims(Expr array) {
        List<Expr> dims = new ArrayList<>();
        for (int d = 0; d < ((Type.Array) array.type()).ndim(); d++) dims.add(new Expr.Dim(array, d));
        return dims;
    }

    /** NumPy's broadcast of shapes, aligned at the right: each length 1 stretches; other unequal lengths: ValueError. */
    List<Expr> common(List<List<Expr>> shapes, SourcePos pos) {
        int ndim = shapes.stream().mapToInt(List::size).max().orElse(0);
        List<Expr> result = new ArrayList<>();
        for (int j = 0; j < ndim; j++) {
            Expr length = TypedIr.i64(1);
            for (List<Expr> s : shapes) {
                int i = s.size() - ndim + j;
                if (i < 0) continue;
                Expr d = f.temp(s.get(i));
                Expr one = TypedIr.compare(CmpOp.EQ, d, TypedIr.i64(1), DType.INT64);
                Expr sofar = f.temp(length);
                Checks.raiseIf(f, new Expr.Logical(true, TypedIr.not(one), new Expr.Logical(true,
                                TypedIr.compare(CmpOp.NE, sofar, TypedIr.i64(1), DType.INT64),
                                TypedIr.compare(CmpOp.NE, sofar, d, DType.INT64))), "ValueError",
                        "shape mismatch: objects cannot be broadcast to a single shape", pos);
                Checks.raiseIf(f, TypedIr.compare(CmpOp.LT, d, TypedIr.i64(0), DType.INT64), "ValueError",
                        "negative dimensions are not allowed", pos);
                length = new Expr.Select(one, sofar, d, Type.INT64);
            }
            result.add(f.temp(length));
        }
        return result;
    }

    /** The view of array (C or F layout) in shape: a zero stride along the new axes and the lengths of 1 stretched. */
    private Expr view(Expr array, List<Expr> shape, SourcePos pos) {
        Type.Array t = (Type.Array) array.type();
        List<Expr> strides = ExprLowering.strideList(array, t, pos);
        List<Expr> args = new ArrayList<>(shape);
        for (int j = 0; j < shape.size(); j++) {
            int i = j - (shape.size() - t.ndim());
            if (i < 0) {
                args.add(TypedIr.i64(0));
            } else {
                Expr stretched = TypedIr.compare(CmpOp.EQ, new Expr.Dim(array, i), TypedIr.i64(1), DType.INT64);
                args.add(new Expr.Select(stretched, TypedIr.i64(0), strides.get(i), Type.INT64));
            }
        }
        return new Expr.ShapeView(ShapeOp.AS_STRIDED, array, args, Type.array(t.dtype(), shape.size(), Layout.A), pos);
    }
}
