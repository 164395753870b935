package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.Expr;
import io.jumba.ir.Expr.IndexSpec;
import io.jumba.ir.ShapeOp;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * NumPy's shape functions and methods as Numba supports them: views under another shape (reshape, ravel, transpose
 * with axes, swapaxes, moveaxis, squeeze, expand_dims, atleast_1d/2d/3d, flip, rot90), new arrays (flatten, concatenate, append, stack and
 * the *stack family, repeat, roll, fill) and the shape queries (np.shape, np.size, np.ndim). Axes are constants,
 * checked here; sizes known only at run time are checked when the kernel runs (ValueError, with NumPy's message).
 */
final class ShapeCalls {
    private final FunctionTyping f;
    private final ExprLowering exprs;
    private final ArrayCalls calls;

    ShapeCalls(FunctionTyping f, ExprLowering exprs, ArrayCalls calls) {
        this.f = f;
        this.exprs = exprs;
        this.calls = calls;
    }

    /** The numpy function q, or null when q is none of these. */
    Expr function(String q, Call c) {
        String name = q.replace("numpy.", "np.");
        return switch (q) {
            case "numpy.reshape" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "newshape"), 2);
                yield reshape(calls.array(a.get("a"), name), calls.shape(a.get("newshape"), name), name, c.pos());
            }
            case "numpy.ravel" -> ravel(calls.array(calls.bind(c, name, List.of("a"), 1).get("a"), name), c.pos());
            case "numpy.transpose" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "axes"), 1);
                Expr array = calls.array(a.get("a"), name);
                yield a.containsKey("axes") ? permute(array, constants(a.get("axes"), name), name, a.get("axes").pos())
                        : transpose(array);
            }
            case "numpy.swapaxes" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "axis1", "axis2"), 3);
                yield swapaxes(calls.array(a.get("a"), name), a.get("axis1"), a.get("axis2"), name);
            }
            case "numpy.moveaxis" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "source", "destination"), 3);
                Expr array = calls.array(a.get("a"), name);
                int ndim = ((Type.Array) array.type()).ndim();
                int from = Axes.normalize(constant(a.get("source"), name), ndim, a.get("source").pos());
                int to = Axes.normalize(constant(a.get("destination"), name), ndim, a.get("destination").pos());
                yield moveAxis(array, from, to, c.pos());
            }
            case "numpy.squeeze" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "axis"), 1);
                yield squeeze(calls.array(a.get("a"), name), a.get("axis"), name, c.pos());
            }
            case "numpy.expand_dims" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "axis"), 2);
                Expr array = calls.array(a.get("a"), name);
                int ndim = ((Type.Array) array.type()).ndim();
                yield expandDims(array, Axes.normalize(constant(a.get("axis"), name), ndim + 1, a.get("axis").pos()), c.pos());
            }
            case "numpy.atleast_1d", "numpy.atleast_2d", "numpy.atleast_3d" -> {
                if (!c.keywords().isEmpty() || c.args().isEmpty()) {
                    throw new TypingError(c.pos(), name + "() takes one or more arrays as positional arguments");
                }
                int rank = q.charAt(q.length() - 2) - '0';
                List<Expr> results = new ArrayList<>();
                for (PyExpr arg : c.args()) results.add(atLeast(exprs.lower(arg), rank, name, arg.pos()));
                yield results.size() == 1 ? results.getFirst() : ExprLowering.tuple(results);
            }
            case "numpy.flip", "numpy.fliplr", "numpy.flipud" -> {
                Expr array = calls.array(calls.bind(c, name, List.of("m"), 1).get("m"), name);
                yield flip(array, q, name, c.pos());
            }
            case "numpy.asfortranarray" -> asFortran(calls.array(calls.bind(c, name, List.of("a"), 1).get("a"), name), c.pos());
            case "numpy.ascontiguousarray" -> {
                // a itself when C-contiguous (NumPy's and Numba's), else a C-ordered copy; a 0-d array becomes 1-d
                Expr array = calls.array(calls.bind(c, name, List.of("a"), 1).get("a"), name);
                Type.Array t = (Type.Array) array.type();
                if (t.ndim() == 0) yield ravel(array, c.pos());
                yield t.layout() == Layout.C ? array : ArrayExpressions.copy(array, c.pos());
            }
            case "numpy.rot90" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("m", "k"), 1);
                Expr array = calls.array(a.get("m"), name);
                if (((Type.Array) array.type()).ndim() < 2) throw new TypingError(c.pos(), name + "(): Input must be >= 2-d.");
                Expr k = a.containsKey("k") ? calls.integer(a.get("k"), name) : TypedIr.i64(1);
                yield BuiltinPrelude.call(f, "rot90", List.of(array, k), c.pos());
            }
            case "numpy.lib.stride_tricks.as_strided" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("x", "shape", "strides"), 1);
                Expr array = f.temp(calls.array(a.get("x"), name));
                if (!a.containsKey("strides") || a.get("strides") instanceof PyExpr.NoneLit) {
                    throw new TypingError(c.pos(), name + "() strides argument is mandatory, as in Numba");
                }
                List<Expr> shape = a.containsKey("shape") && !(a.get("shape") instanceof PyExpr.NoneLit)
                        ? calls.shape(a.get("shape"), name) : shapeOf(array);
                List<Expr> strides = calls.shape(a.get("strides"), name);
                if (strides.size() != shape.size()) {
                    throw new TypingError(a.get("strides").pos(), name + "(): " + strides.size() + " strides for "
                            + shape.size() + " dimensions");
                }
                List<Expr> args = new ArrayList<>(shape);
                args.addAll(strides);
                Type.Array t = (Type.Array) array.type();
                yield new Expr.ShapeView(ShapeOp.AS_STRIDED, array, args, Type.array(t.dtype(), shape.size(), Layout.A), c.pos());
            }
            case "numpy.frombuffer" -> DTypeViews.frombuffer(c, calls);
            case "numpy.concatenate" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("arrays", "axis"), 1);
                List<Expr> arrays = arrays(a.get("arrays"), name);
                int ndim = sameRank(arrays, name, c.pos());
                if (ndim == 0) throw new TypingError(c.pos(), "zero-dimensional arrays cannot be concatenated");
                long axis = a.containsKey("axis") ? constant(a.get("axis"), name) : 0;
                yield concatenate(arrays, Axes.normalize(axis, ndim, c.pos()), c.pos());
            }
            case "numpy.append" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("arr", "values", "axis"), 2);
                Expr arr = f.temp(atLeast(exprs.lower(a.get("arr")), 1, name, a.get("arr").pos()));
                Expr values = f.temp(atLeast(exprs.lower(a.get("values")), 1, name, a.get("values").pos()));
                if (!a.containsKey("axis") || a.get("axis") instanceof PyExpr.NoneLit) {
                    yield concatenate(List.of(f.temp(ravel(arr, c.pos())), f.temp(ravel(values, c.pos()))), 0, c.pos());
                }
                int ndim = sameRank(List.of(arr, values), name, c.pos());
                yield concatenate(List.of(arr, values), Axes.normalize(constant(a.get("axis"), name), ndim, a.get("axis").pos()), c.pos());
            }
            case "numpy.stack" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("arrays", "axis"), 1);
                List<Expr> arrays = arrays(a.get("arrays"), name);
                int ndim = sameRank(arrays, name, c.pos());
                long axis = a.containsKey("axis") ? constant(a.get("axis"), name) : 0;
                yield stack(arrays, Axes.normalize(axis, ndim + 1, c.pos()), c.pos());
            }
            case "numpy.vstack", "numpy.hstack", "numpy.dstack", "numpy.column_stack" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("tup"), 1);
                yield stacked(q, arrays(a.get("tup"), name), name, c.pos());
            }
            case "numpy.repeat" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "repeats"), 2);
                yield repeat(calls.array(a.get("a"), name), a.get("repeats"), name, c.pos());
            }
            case "numpy.roll" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "shift"), 2);
                yield roll(calls.array(a.get("a"), name), a.get("shift"), name, c.pos());
            }
            case "numpy.shape", "numpy.size", "numpy.ndim" -> {
                Expr x = exprs.lower(calls.bind(c, name, List.of("a"), 1).get("a"));
                yield switch (x.type()) {
                    case Type.Array t -> switch (q) {
                        case "numpy.shape" -> shapeTuple(x);
                        case "numpy.size" -> new Expr.Size(x);
                        default -> TypedIr.i64(t.ndim());
                    };
                    case Type.Scalar s -> switch (q) {
                        case "numpy.shape" -> ExprLowering.tuple(List.of());
                        case "numpy.size" -> TypedIr.i64(1);
                        default -> TypedIr.i64(0);
                    };
                    default -> throw new TypingError(c.pos(), name + "() expects an array or a number, got " + x.type());
                };
            }
            default -> null;
        };
    }

    /** The array method, or null when it is none of these. */
    Expr method(Expr receiver, String method, Call c) {
        String name = "array." + method;
        Type.Array type = (Type.Array) receiver.type();
        return switch (method) {
            case "reshape" -> {
                if (!c.keywords().isEmpty()) throw new TypingError(c.pos(), name + "() takes no keyword arguments");
                if (c.args().isEmpty()) throw new TypingError(c.pos(), name + "() needs a shape");
                List<Expr> shape = new ArrayList<>();
                if (c.args().size() == 1) shape.addAll(calls.shape(c.args().getFirst(), name));
                else for (PyExpr arg : c.args()) shape.add(ArrayIndexing.integer(exprs.lower(arg), arg.pos()));
                yield reshape(receiver, shape, name, c.pos());
            }
            case "ravel" -> {
                calls.bind(c, name, List.of(), 0);
                yield ravel(receiver, c.pos());
            }
            case "flatten" -> {
                calls.bind(c, name, List.of(), 0);
                yield reshape(ArrayExpressions.copy(receiver, c.pos()), List.of(TypedIr.i64(-1)), name, c.pos());
            }
            case "transpose" -> {
                if (!c.keywords().isEmpty()) throw new TypingError(c.pos(), name + "() takes no keyword arguments");
                if (c.args().isEmpty()) yield transpose(receiver);
                if (c.args().size() == 1) yield permute(receiver, constants(c.args().getFirst(), name), name, c.pos());
                List<Long> axes = new ArrayList<>();
                for (PyExpr arg : c.args()) axes.add(constant(arg, name));
                yield permute(receiver, axes, name, c.pos());
            }
            case "swapaxes" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("axis1", "axis2"), 2);
                yield swapaxes(receiver, a.get("axis1"), a.get("axis2"), name);
            }
            case "squeeze" -> squeeze(receiver, calls.bind(c, name, List.of("axis"), 0).get("axis"), name, c.pos());
            case "repeat" -> repeat(receiver, calls.bind(c, name, List.of("repeats"), 1).get("repeats"), name, c.pos());
            case "fill" -> {
                Expr value = exprs.lower(calls.bind(c, name, List.of("value"), 1).get("value"));
                if (!(value.type() instanceof Type.Scalar)) {
                    throw new TypingError(c.pos(), name + "() expects a number, got " + value.type());
                }
                yield BuiltinPrelude.call(f, "fill", List.of(receiver, TypedIr.cast(value, type.dtype())), c.pos());
            }
            default -> null;
        };
    }

    /**
     * {@code np.asfortranarray(a)}, as NumPy: a itself when it is Fortran-contiguous already (of F layout, or 1-d and
     * contiguous), else an F-ordered copy (the C copy of its transpose, transposed); a 0-d array becomes 1-d.
     */
    static Expr asFortran(Expr array, SourcePos pos) {
        Type.Array t = (Type.Array) array.type();
        if (t.ndim() == 0) return asFortran(ravel(array, pos), pos);
        if (t.layout() == Layout.F) return array;
        Type.Array fortran = Type.array(t.dtype(), t.ndim(), Layout.F);
        if (t.ndim() == 1 && t.layout() == Layout.C) return new Expr.Transpose(array, fortran);
        return new Expr.Transpose(ArrayExpressions.copy(transpose(array), pos), fortran);
    }

    private static List<Expr> shapeOf(Expr array) {
        List<Expr> dims = new ArrayList<>();
        for (int d = 0; d < ((Type.Array) array.type()).ndim(); d++) dims.add(new Expr.Dim(array, d));
        return dims;
    }

    /** A view of a C-contiguous array under shape (int64 dimensions, one may be -1). */
    private Expr reshape(Expr array, List<Expr> shape, String name, SourcePos pos) {
        Type.Array t = (Type.Array) array.type();
        if (t.layout() != Layout.C && t.ndim() > 1 || t.layout() == Layout.A) {
            throw new TypingError(pos, name + "() supports contiguous arrays only (as Numba), got " + t
                    + "; copy it first");
        }
        if (shape.isEmpty()) throw new TypingError(pos, name + "() to a 0-d shape is not supported");
        return new Expr.ShapeView(ShapeOp.RESHAPE, array, shape, Type.array(t.dtype(), shape.size(), Layout.C), pos);
    }

    /** A 1-d view of a C-contiguous array, else a 1-d copy (as Numba). */
    static Expr ravel(Expr array, SourcePos pos) {
        Type.Array t = (Type.Array) array.type();
        boolean contiguous = t.layout() == Layout.C || t.ndim() == 1 && t.layout() == Layout.F;
        Expr source = contiguous ? array : ArrayExpressions.copy(array, pos);
        if (t.ndim() == 1 && contiguous) return array;
        return new Expr.ShapeView(ShapeOp.RESHAPE, source, List.of(TypedIr.i64(-1)), Type.array(t.dtype(), 1, Layout.C), pos);
    }

    /** The view of array with axis from moved to position to, the others in order ({@code np.moveaxis}). */
    static Expr moveAxis(Expr array, int from, int to, SourcePos pos) {
        List<Integer> order = new ArrayList<>();
        for (int d = 0; d < ((Type.Array) array.type()).ndim(); d++) if (d != from) order.add(d);
        order.add(to, from);
        return permuted(array, order, pos);
    }

    private static Expr transpose(Expr array) {
        Type.Array t = (Type.Array) array.type();
        return new Expr.Transpose(array, Type.array(t.dtype(), t.ndim(), switch (t.layout()) {
            case C -> t.ndim() <= 1 ? Layout.C : Layout.F;
            case F -> t.ndim() <= 1 ? Layout.F : Layout.C;
            case A -> Layout.A;
        }));
    }

    /** The axes of array in the order axes gives (a permutation, negative axes counted from the end). */
    private Expr permute(Expr array, List<Long> axes, String name, SourcePos pos) {
        Type.Array t = (Type.Array) array.type();
        if (axes.size() != t.ndim()) throw new TypingError(pos, name + "(): axes don't match array");
        List<Integer> order = new ArrayList<>();
        for (long axis : axes) {
            int k = Axes.normalize(axis, t.ndim(), pos);
            if (order.contains(k)) throw new TypingError(pos, name + "(): repeated axis in transpose");
            order.add(k);
        }
        return permuted(array, order, pos);
    }

    /** The view of array with its axes in this order (a permutation of its axes). */
    private static Expr permuted(Expr array, List<Integer> order, SourcePos pos) {
        Type.Array t = (Type.Array) array.type();
        List<Integer> identity = new ArrayList<>();
        for (int d = 0; d < t.ndim(); d++) identity.add(d);
        if (order.equals(identity)) return array;
        List<Integer> reversed = new ArrayList<>(identity);
        Collections.reverse(reversed);
        if (order.equals(reversed)) return transpose(array);
        return new Expr.ShapeView(ShapeOp.PERMUTE, array, order.stream().map(k -> (Expr) TypedIr.i64(k)).toList(),
                Type.array(t.dtype(), t.ndim(), Layout.A), pos);
    }

    private Expr swapaxes(Expr array, PyExpr axis1, PyExpr axis2, String name) {
        int ndim = ((Type.Array) array.type()).ndim();
        int a = Axes.normalize(constant(axis1, name), ndim, axis1.pos());
        int b = Axes.normalize(constant(axis2, name), ndim, axis2.pos());
        List<Long> order = new ArrayList<>();
        for (int d = 0; d < ndim; d++) order.add((long) (d == a ? b : d == b ? a : d));
        return permute(array, order, name, axis1.pos());
    }

    /** Removes a constant axis of length 1 (ValueError at run time otherwise). */
    private Expr squeeze(Expr array, PyExpr axisArg, String name, SourcePos pos) {
        Type.Array t = (Type.Array) array.type();
        if (axisArg == null || axisArg instanceof PyExpr.NoneLit) {
            throw new TypingError(pos, name + "() needs a constant axis here: without one the result's number of "
                    + "dimensions would depend on the shape at run time");
        }
        int axis = Axes.normalize(constant(axisArg, name), t.ndim(), axisArg.pos());
        Layout layout = t.layout() == Layout.A ? Layout.A : t.ndim() == 1 ? Layout.C : t.layout();
        return new Expr.ShapeView(ShapeOp.SQUEEZE, array, List.of(TypedIr.i64(axis)),
                Type.array(t.dtype(), t.ndim() - 1, layout), pos);
    }

    /** A new axis of length 1 at axis (in {@code [0, ndim]}); the view keeps C contiguity. */
    static Expr expandDims(Expr array, int axis, SourcePos pos) {
        Type.Array t = (Type.Array) array.type();
        Layout layout = t.layout() == Layout.C || t.ndim() == 0 ? Layout.C : Layout.A;
        return new Expr.ShapeView(ShapeOp.EXPAND_DIMS, array, List.of(TypedIr.i64(axis)),
                Type.array(t.dtype(), t.ndim() + 1, layout), pos);
    }

    /** np.atleast_Nd of one array or number: NumPy's placement of the new axes. */
    private Expr atLeast(Expr x, int rank, String name, SourcePos pos) {
        Expr array = switch (x.type()) {
            case Type.Array a -> x;
            case Type.Scalar s -> new Expr.Alloc(List.of(TypedIr.i64(1)), Expr.Fill.FULL, x,
                    Type.array(s.dtype(), 1, Layout.C), pos);
            default -> throw new TypingError(pos, name + "() expects arrays or numbers, got " + x.type());
        };
        int ndim = ((Type.Array) array.type()).ndim();
        if (ndim >= rank) return array;
        if (rank == 2) return expandDims(array, 0, pos);
        return ndim == 1 ? expandDims(expandDims(array, 0, pos), 2, pos) : expandDims(array, 2, pos);
    }

    /** np.flip (every axis), fliplr (axis 1), flipud (axis 0): views with reversed steps. */
    private Expr flip(Expr array, String q, String name, SourcePos pos) {
        Type.Array t = (Type.Array) array.type();
        int needs = q.equals("numpy.fliplr") ? 2 : 1;
        if (t.ndim() < needs) throw new TypingError(pos, name + "() expects an array of at least " + needs + " dimension(s), got " + t);
        IndexSpec reversed = new IndexSpec.Range(null, null, TypedIr.i64(-1));
        IndexSpec full = new IndexSpec.Range(null, null, null);
        List<IndexSpec> specs = switch (q) {
            case "numpy.fliplr" -> List.of(full, reversed);
            case "numpy.flipud" -> List.of(reversed);
            default -> Collections.nCopies(t.ndim(), reversed);
        };
        return ArrayIndexing.view(array, specs, pos);
    }

    /** The arrays of a tuple argument (a tuple expression or a tuple value). */
    private List<Expr> arrays(PyExpr arg, String name) {
        Expr e = exprs.lower(arg);
        if (!(e.type() instanceof Type.Tuple t) || t.elements().isEmpty()) {
            throw new TypingError(arg.pos(), name + "() expects a non-empty tuple of arrays, got " + e.type());
        }
        Expr tuple = e instanceof Expr.TupleNew ? e : f.temp(e);
        List<Expr> arrays = new ArrayList<>();
        for (int i = 0; i < t.elements().size(); i++) {
            Type el = t.elements().get(i);
            if (!(el instanceof Type.Array)) throw new TypingError(arg.pos(), name + "() expects a tuple of arrays, got " + e.type());
            Expr item = tuple instanceof Expr.TupleNew tn ? tn.elements().get(i) : new Expr.TupleGet(tuple, i, el);
            arrays.add(f.temp(item));
        }
        return arrays;
    }

    private static int sameRank(List<Expr> arrays, String name, SourcePos pos) {
        int ndim = ((Type.Array) arrays.getFirst().type()).ndim();
        for (Expr a : arrays) {
            if (((Type.Array) a.type()).ndim() != ndim) {
                throw new TypingError(pos, name + "(): all the input arrays must have the same number of dimensions, got "
                        + arrays.stream().map(x -> x.type().toString()).toList());
            }
        }
        return ndim;
    }

    private static DType resultType(List<Expr> arrays) {
        DType d = null;
        for (Expr a : arrays) d = d == null ? ((Type.Array) a.type()).dtype() : DType.promote(d, ((Type.Array) a.type()).dtype());
        return d;
    }

    /** A new array of the arrays joined along axis; the other dimensions must match (ValueError at run time). */
    private Expr concatenate(List<Expr> arrays, int axis, SourcePos pos) {
        int ndim = ((Type.Array) arrays.getFirst().type()).ndim();
        DType d = resultType(arrays);
        Expr first = arrays.getFirst();
        Expr total = new Expr.Dim(first, axis);
        for (int i = 1; i < arrays.size(); i++) {
            for (int dim = 0; dim < ndim; dim++) {
                if (dim == axis) continue;
                Checks.raiseIf(f, TypedIr.compare(io.jumba.ir.CmpOp.NE, new Expr.Dim(arrays.get(i), dim),
                                new Expr.Dim(first, dim), DType.INT64), "ValueError",
                        "all the input array dimensions except for the concatenation axis must match exactly, but along "
                                + "dimension " + dim + ", the array at index 0 has size {} and the array at index " + i
                                + " has size {}", List.of(new Expr.Dim(first, dim), new Expr.Dim(arrays.get(i), dim)), pos);
            }
            total = TypedIr.binary(io.jumba.ir.BinOp.ADD, total, new Expr.Dim(arrays.get(i), axis), DType.INT64, pos);
        }
        List<Expr> shape = new ArrayList<>();
        for (int dim = 0; dim < ndim; dim++) shape.add(dim == axis ? total : new Expr.Dim(first, dim));
        Expr result = f.temp(new Expr.Alloc(shape, Expr.Fill.EMPTY, null, Type.array(d, ndim, Layout.C), pos));
        Expr offset = TypedIr.i64(0);
        for (Expr a : arrays) {
            Expr end = f.temp(TypedIr.binary(io.jumba.ir.BinOp.ADD, offset, new Expr.Dim(a, axis), DType.INT64, pos));
            List<IndexSpec> specs = new ArrayList<>();
            for (int dim = 0; dim < axis; dim++) specs.add(new IndexSpec.Range(null, null, null));
            specs.add(new IndexSpec.Range(offset, end, null));
            f.emit(new io.jumba.ir.Stmt.ArrayStore(ArrayIndexing.view(result, specs, pos), ArrayExpressions.toDType(a, d, pos), pos));
            offset = end;
        }
        return result;
    }

    /** A new array with the arrays (all of one shape, ValueError at run time otherwise) along a new axis. */
    private Expr stack(List<Expr> arrays, int axis, SourcePos pos) {
        int ndim = ((Type.Array) arrays.getFirst().type()).ndim();
        DType d = resultType(arrays);
        Expr first = arrays.getFirst();
        for (int i = 1; i < arrays.size(); i++) {
            for (int dim = 0; dim < ndim; dim++) {
                Checks.raiseIf(f, TypedIr.compare(io.jumba.ir.CmpOp.NE, new Expr.Dim(arrays.get(i), dim),
                        new Expr.Dim(first, dim), DType.INT64), "ValueError", "all input arrays must have the same shape",
                        List.of(), pos);
            }
        }
        List<Expr> shape = new ArrayList<>();
        for (int dim = 0; dim < ndim; dim++) shape.add(new Expr.Dim(first, dim));
        shape.add(axis, TypedIr.i64(arrays.size()));
        Expr result = f.temp(new Expr.Alloc(shape, Expr.Fill.EMPTY, null, Type.array(d, ndim + 1, Layout.C), pos));
        for (int i = 0; i < arrays.size(); i++) {
            List<IndexSpec> specs = new ArrayList<>();
            for (int dim = 0; dim < axis; dim++) specs.add(new IndexSpec.Range(null, null, null));
            specs.add(new IndexSpec.At(TypedIr.i64(i)));
            f.emit(new io.jumba.ir.Stmt.ArrayStore(ArrayIndexing.view(result, specs, pos),
                    ArrayExpressions.toDType(arrays.get(i), d, pos), pos));
        }
        return result;
    }

    /** vstack, hstack, dstack and column_stack: NumPy's promotion of each array's rank, then a concatenation. */
    private Expr stacked(String q, List<Expr> arrays, String name, SourcePos pos) {
        List<Expr> promoted = new ArrayList<>();
        for (Expr a : arrays) {
            int ndim = ((Type.Array) a.type()).ndim();
            promoted.add(f.temp(switch (q) {
                case "numpy.vstack" -> atLeast(a, 2, name, pos);
                case "numpy.dstack" -> atLeast(a, 3, name, pos);
                case "numpy.column_stack" -> ndim < 2 ? expandDims(atLeast(a, 1, name, pos), 1, pos) : a;
                default -> atLeast(a, 1, name, pos);
            }));
        }
        int ndim = sameRank(promoted, name, pos);
        int axis = switch (q) {
            case "numpy.vstack" -> 0;
            case "numpy.dstack" -> 2;
            case "numpy.column_stack" -> 1;
            default -> ndim == 1 ? 0 : 1;
        };
        return concatenate(promoted, axis, pos);
    }

    /** np.repeat with an integer count and no axis: each element of the flattened array, repeats times. */
    private Expr repeat(Expr array, PyExpr repeatsArg, String name, SourcePos pos) {
        Expr repeats = exprs.lower(repeatsArg);
        if (!(repeats.type() instanceof Type.Scalar s) || !s.dtype().isInteger()) {
            throw new TypingError(repeatsArg.pos(), name + "() supports an integer repeats here, got " + repeats.type());
        }
        Expr flat = f.temp(ravel(array, pos));
        Expr count = f.temp(TypedIr.cast(repeats, DType.INT64));
        Checks.raiseIf(f, TypedIr.compare(io.jumba.ir.CmpOp.LT, count, TypedIr.i64(0), DType.INT64), "ValueError",
                "negative dimensions are not allowed", List.of(), pos);
        DType d = ((Type.Array) array.type()).dtype();
        Expr out = f.temp(new Expr.Alloc(List.of(TypedIr.binary(io.jumba.ir.BinOp.MUL, new Expr.Size(flat), count,
                DType.INT64, pos)), Expr.Fill.EMPTY, null, Type.array(d, 1, Layout.C), pos));
        f.emit(new io.jumba.ir.Stmt.Eval(BuiltinPrelude.call(f, "repeat_into", List.of(flat, count, out), pos)));
        return out;
    }

    /** np.roll with an integer shift and no axis: the flattened elements moved shift places, in a's shape. */
    private Expr roll(Expr array, PyExpr shiftArg, String name, SourcePos pos) {
        Expr shift = exprs.lower(shiftArg);
        if (!(shift.type() instanceof Type.Scalar s) || !s.dtype().isInteger()) {
            throw new TypingError(shiftArg.pos(), name + "() supports an integer shift here, got " + shift.type());
        }
        Expr a = f.temp(array);
        Type.Array t = (Type.Array) a.type();
        List<Expr> shape = new ArrayList<>();
        for (int d = 0; d < t.ndim(); d++) shape.add(new Expr.Dim(a, d));
        Expr out = f.temp(new Expr.Alloc(shape, Expr.Fill.EMPTY, null, Type.array(t.dtype(), t.ndim(), Layout.C), pos));
        Expr flatOut = t.ndim() == 1 ? out : new Expr.ShapeView(ShapeOp.RESHAPE, out, List.of(TypedIr.i64(-1)),
                Type.array(t.dtype(), 1, Layout.C), pos);
        f.emit(new io.jumba.ir.Stmt.Eval(BuiltinPrelude.call(f, "roll_into",
                List.of(f.temp(ravel(a, pos)), TypedIr.cast(shift, DType.INT64), f.temp(flatOut)), pos)));
        return out;
    }

    private static Expr shapeTuple(Expr array) {
        List<Expr> dims = new ArrayList<>();
        for (int i = 0; i < ((Type.Array) array.type()).ndim(); i++) dims.add(new Expr.Dim(array, i));
        return ExprLowering.tuple(dims);
    }

    /** A compile-time integer (an axis): a TypingError at the argument otherwise. */
    private long constant(PyExpr arg, String name) {
        return calls.constantAxis(arg, name);
    }

    /** A compile-time tuple of integers (axes). */
    private List<Long> constants(PyExpr arg, String name) {
        if (arg instanceof PyExpr.Tuple t) return t.elements().stream().map(e -> constant(e, name)).toList();
        throw new TypingError(arg.pos(), name + "() expects a constant tuple of axes here");
    }
}
