package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.ShapeOp;
import io.jumba.ir.Stmt;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * NumPy's array constructors: np.array, np.asarray and np.asfarray of arrays and (nested) tuples, and the matrix constructors
 * identity, eye, tri, diag, tril and triu, and tril_indices, triu_indices (and their _from forms). The matrices are allocated here (so dtype= and negative sizes behave as
 * np.zeros) and filled by a loop of the Python prelude ({@link BuiltinPrelude}).
 */
final class CreationCalls {
    private final FunctionTyping f;
    private final ExprLowering exprs;
    private final ArrayCalls calls;

    CreationCalls(FunctionTyping f, ExprLowering exprs, ArrayCalls calls) {
        this.f = f;
        this.exprs = exprs;
        this.calls = calls;
    }

    /**
     * np.array (copy) or np.asarray of an array, a (nested) tuple of numbers or a list, converted to d when d is not
     * null; np.asarray gives the array itself when no conversion is needed.
     */
    Expr asArray(boolean copy, PyExpr object, DType d, String name, SourcePos pos) {
        Expr x = exprs.lower(object);
        return switch (x.type()) {
            case Type.Array t -> {
                Expr converted = ArrayExpressions.toDType(x, d == null ? t.dtype() : d, pos);
                yield copy && converted == x ? ArrayExpressions.copy(x, pos) : converted;
            }
            case Type.Tuple t -> fromTuple(x, d, name, object.pos());
            case Type.ListOf t -> {
                Expr array = ListsAndDicts.toArray(x, pos);
                yield d == null ? array : ArrayExpressions.toDType(array, d, pos);
            }
            default -> throw new TypingError(pos, name + "() expects an array or a (nested) tuple of numbers, got " + x.type());
        };
    }

    /** The numpy function q, or null when q is none of these. */
    Expr function(String q, Call c) {
        String name = q.replace("numpy.", "np.");
        return switch (q) {
            case "numpy.array", "numpy.asarray" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("object", "dtype"), 1);
                DType d = a.containsKey("dtype") ? calls.dtype(a.get("dtype"), name) : null;
                yield asArray(q.equals("numpy.array"), a.get("object"), d, name, c.pos());
            }
            case "numpy.asfarray" -> {
                // NumPy 1.x and Numba: np.asarray(a, dtype), where a dtype that is not a float or complex type
                // (the default too) is float64; complex values are not cast to a float type (Numba's TypingError)
                Map<String, PyExpr> a = calls.bind(c, name, List.of("a", "dtype"), 1);
                DType given = a.containsKey("dtype") ? calls.dtype(a.get("dtype"), name) : DType.FLOAT64;
                DType d = given.isFloat() || given.isComplex() ? given : DType.FLOAT64;
                Expr x = asArray(false, a.get("a"), null, name, c.pos());
                DType from = ((Type.Array) x.type()).dtype();
                if (from.isComplex() && !d.isComplex()) {
                    throw new TypingError(c.pos(), name + "() cannot convert from " + from.numpyName() + " to "
                            + d.numpyName());
                }
                yield ArrayExpressions.toDType(x, d, c.pos());
            }
            case "numpy.identity" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("n", "dtype"), 1);
                Expr n = f.temp(calls.integer(a.get("n"), name));
                yield filled("eye_fill", n, n, TypedIr.i64(0), dtype(a, name), c.pos());
            }
            case "numpy.eye", "numpy.tri" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("N", "M", "k", "dtype"), 1);
                Expr n = f.temp(calls.integer(a.get("N"), name));
                PyExpr mArg = a.get("M");
                Expr m = mArg == null || mArg instanceof PyExpr.NoneLit ? n : calls.integer(mArg, name);
                Expr k = a.containsKey("k") ? calls.integer(a.get("k"), name) : TypedIr.i64(0);
                yield filled(q.equals("numpy.eye") ? "eye_fill" : "tri_fill", n, m, k, dtype(a, name), c.pos());
            }
            case "numpy.tril_indices", "numpy.triu_indices" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("n", "k", "m"), 1);
                Expr n = f.temp(calls.integer(a.get("n"), name));
                PyExpr mArg = a.get("m");
                Expr m = mArg == null || mArg instanceof PyExpr.NoneLit ? n : calls.integer(mArg, name);
                Expr k = a.containsKey("k") ? calls.integer(a.get("k"), name) : TypedIr.i64(0);
                yield triangleIndices(q.startsWith("numpy.tril"), n, m, k, c.pos());
            }
            case "numpy.tril_indices_from", "numpy.triu_indices_from" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("arr", "k"), 1);
                Expr arr = f.temp(calls.array(a.get("arr"), name));
                if (((Type.Array) arr.type()).ndim() != 2) throw new TypingError(c.pos(), name + "(): input array must be 2-d");
                Expr k = a.containsKey("k") ? calls.integer(a.get("k"), name) : TypedIr.i64(0);
                yield triangleIndices(q.startsWith("numpy.tril"), new Expr.Dim(arr, 0), new Expr.Dim(arr, 1), k, c.pos());
            }
            case "numpy.tril", "numpy.triu" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("m", "k"), 1);
                Expr m = calls.array(a.get("m"), name);
                int ndim = ((Type.Array) m.type()).ndim();
                if (ndim < 2) {
                    throw new TypingError(c.pos(), name + "() is supported on arrays of 2 or more dimensions here, got " + m.type());
                }
                Expr k = a.containsKey("k") ? calls.integer(a.get("k"), name) : TypedIr.i64(0);
                Expr out = f.temp(ArrayExpressions.copy(m, c.pos()));
                String zero = q.equals("numpy.tril") ? "tril_zero" : "triu_zero";
                // a stack of matrices (the last two axes) as NumPy: the copy viewed as (matrices, rows, columns)
                f.emit(new Stmt.Eval(ndim == 2 ? BuiltinPrelude.call(f, zero, List.of(out, k), c.pos())
                        : BuiltinPrelude.call(f, zero + "_stack", List.of(stack(out, c.pos()), k), c.pos())));
                yield out;
            }
            case "numpy.diag" -> {
                Map<String, PyExpr> a = calls.bind(c, name, List.of("v", "k"), 1);
                Expr v = f.temp(calls.array(a.get("v"), name));
                Expr k = f.temp(a.containsKey("k") ? calls.integer(a.get("k"), name) : TypedIr.i64(0));
                yield diag(v, k, name, c.pos());
            }
            default -> null;
        };
    }

    /** A new C-contiguous array with the numbers of a tuple (nested tuples of one length give more dimensions). */
    private Expr fromTuple(Expr tuple, DType requested, String name, SourcePos pos) {
        List<Integer> shape = new ArrayList<>();
        Type level = tuple.type();
        while (level instanceof Type.Tuple t) {
            if (t.elements().isEmpty()) throw new TypingError(pos, name + "() of an empty tuple is not supported");
            shape.add(t.elements().size());
            level = t.elements().getFirst();
        }
        List<Expr> leaves = new ArrayList<>();
        leaves(tuple, 0, shape, leaves, name, pos);
        DType d = requested;
        if (d == null) for (Expr leaf : leaves) d = d == null ? TypedIr.dtype(leaf) : DType.promote(d, TypedIr.dtype(leaf));
        List<Expr> dims = shape.stream().map(n -> (Expr) TypedIr.i64(n)).toList();
        Expr out = f.temp(new Expr.Alloc(dims, Expr.Fill.EMPTY, null, Type.array(d, shape.size(), Layout.C), pos));
        for (int k = 0; k < leaves.size(); k++) {
            List<Expr> index = new ArrayList<>();
            for (int dim = shape.size() - 1, rest = k; dim >= 0; dim--) {
                index.addFirst(TypedIr.i64(rest % shape.get(dim)));
                rest /= shape.get(dim);
            }
            f.emit(new Stmt.Store(out, index, TypedIr.cast(leaves.get(k), d), pos));
        }
        return out;
    }

    /** The numbers of a nested tuple in C order, checking that it is rectangular (NumPy's ragged arrays are not). */
    private void leaves(Expr tuple, int depth, List<Integer> shape, List<Expr> out, String name, SourcePos pos) {
        Type.Tuple t = (Type.Tuple) tuple.type();
        if (t.elements().size() != shape.get(depth)) {
            throw new TypingError(pos, name + "() needs a rectangular nesting of tuples, got " + t);
        }
        Expr held = tuple instanceof Expr.TupleNew ? tuple : f.temp(tuple);
        for (int i = 0; i < t.elements().size(); i++) {
            Type el = t.elements().get(i);
            Expr item = held instanceof Expr.TupleNew tn ? tn.elements().get(i) : new Expr.TupleGet(held, i, el);
            boolean inner = depth + 1 < shape.size();
            if (inner && el instanceof Type.Tuple) leaves(item, depth + 1, shape, out, name, pos);
            else if (!inner && el instanceof Type.Scalar) out.add(f.temp(item));
            else throw new TypingError(pos, name + "() needs a rectangular nesting of tuples of numbers, got " + tuple.type());
        }
    }

    private DType dtype(Map<String, PyExpr> a, String name) {
        return a.containsKey("dtype") ? calls.dtype(a.get("dtype"), name) : DType.FLOAT64;
    }

    /** A zero (rows, cols) array of dtype d, filled by the prelude function fill with diagonal offset k. */
    /** A C-contiguous N-d array (N > 2) viewed as a 3-d stack of its last two axes' matrices. */
    private static Expr stack(Expr array, SourcePos pos) {
        Type.Array t = (Type.Array) array.type();
        Expr matrices = TypedIr.i64(1);
        for (int d = 0; d < t.ndim() - 2; d++) {
            matrices = TypedIr.binary(BinOp.MUL, matrices, new Expr.Dim(array, d), DType.INT64, pos);
        }
        return new Expr.ShapeView(ShapeOp.RESHAPE, array, List.of(matrices, new Expr.Dim(array, t.ndim() - 2),
                new Expr.Dim(array, t.ndim() - 1)), Type.array(t.dtype(), 3, Layout.C), pos);
    }

    /**
     * np.tril_indices / np.triu_indices as NumPy: the positions (rows, columns) where {@code np.tri(n, m, k)} holds,
     * or where {@code np.tri(n, m, k - 1)} does not.
     */
    private Expr triangleIndices(boolean lower, Expr n, Expr m, Expr k, SourcePos pos) {
        Expr shifted = lower ? k : TypedIr.binary(BinOp.SUB, k, TypedIr.i64(1), DType.INT64, pos);
        // NumPy's tri of a negative size is empty, not np.zeros' ValueError
        Expr mask = filled("tri_fill", atLeastZero(n), atLeastZero(m), shifted, DType.BOOL, pos);
        return BuiltinPrelude.call(f, lower ? "true_positions" : "false_positions", List.of(mask), pos);
    }

    private Expr atLeastZero(Expr size) {
        Expr n = f.temp(size);
        return new Expr.Select(TypedIr.compare(CmpOp.LT, n, TypedIr.i64(0), DType.INT64), TypedIr.i64(0), n, Type.INT64);
    }

    private Expr filled(String fill, Expr rows, Expr cols, Expr k, DType d, SourcePos pos) {
        Expr out = f.temp(new Expr.Alloc(List.of(rows, cols), Expr.Fill.ZEROS, null, Type.array(d, 2, Layout.C), pos));
        f.emit(new Stmt.Eval(BuiltinPrelude.call(f, fill, List.of(out, k), pos)));
        return out;
    }

    /** np.diag: a square matrix with v on diagonal k (1-d v), or a copy of diagonal k (2-d v). */
    private Expr diag(Expr v, Expr k, String name, SourcePos pos) {
        Type.Array t = (Type.Array) v.type();
        Expr absK = f.temp(new Expr.Select(TypedIr.compare(CmpOp.LT, k, TypedIr.i64(0), DType.INT64),
                TypedIr.binary(BinOp.SUB, TypedIr.i64(0), k, DType.INT64, pos), k, Type.INT64));
        if (t.ndim() == 1) {
            Expr n = f.temp(TypedIr.binary(BinOp.ADD, new Expr.Dim(v, 0), absK, DType.INT64, pos));
            Expr out = f.temp(new Expr.Alloc(List.of(n, n), Expr.Fill.ZEROS, null, Type.array(t.dtype(), 2, Layout.C), pos));
            f.emit(new Stmt.Eval(BuiltinPrelude.call(f, "diag_fill", List.of(out, v, k), pos)));
            return out;
        }
        if (t.ndim() != 2) throw new TypingError(pos, name + "() expects a 1-d or 2-d array, got " + t);
        // The diagonal's length: min(rows, cols - k) for k >= 0, min(rows + k, cols) for k < 0, at least 0.
        Expr rows = new Expr.Dim(v, 0), cols = new Expr.Dim(v, 1);
        Expr r = f.temp(new Expr.Select(TypedIr.compare(CmpOp.LT, k, TypedIr.i64(0), DType.INT64),
                TypedIr.binary(BinOp.SUB, rows, absK, DType.INT64, pos), rows, Type.INT64));
        Expr cc = f.temp(new Expr.Select(TypedIr.compare(CmpOp.LT, k, TypedIr.i64(0), DType.INT64),
                cols, TypedIr.binary(BinOp.SUB, cols, absK, DType.INT64, pos), Type.INT64));
        Expr shorter = f.temp(new Expr.Select(TypedIr.compare(CmpOp.LT, r, cc, DType.INT64), r, cc, Type.INT64));
        Expr n = f.temp(new Expr.Select(TypedIr.compare(CmpOp.LT, shorter, TypedIr.i64(0), DType.INT64),
                TypedIr.i64(0), shorter, Type.INT64));
        Expr out = f.temp(new Expr.Alloc(List.of(n), Expr.Fill.EMPTY, null, Type.array(t.dtype(), 1, Layout.C), pos));
        f.emit(new Stmt.Eval(BuiltinPrelude.call(f, "diag_take", List.of(v, k, out), pos)));
        return out;
    }
}
