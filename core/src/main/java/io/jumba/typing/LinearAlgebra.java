package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.ReduceOp;
import io.jumba.ir.UnOp;
import io.jumba.runtime.LinAlgFn;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Linear algebra: {@code np.linalg.*}, {@code np.trace}, {@code np.outer}, {@code np.vdot} and {@code np.kron}.
 * Factorizations and solvers are {@link Expr.Library} nodes the runtime evaluates with EJML on float64 copies (other
 * dtypes are cast first, as NumPy does; float32 results are cast back). Norms, traces, outer and Kronecker
 * products and matrix powers are compiled from Python ({@link BuiltinPrelude}) as whole-array expressions and
 * {@code np.dot}, so they vectorize.
 */
final class LinearAlgebra {
    private final FunctionTyping f;
    private final ExprLowering exprs;
    private final ArrayCalls calls;

    LinearAlgebra(FunctionTyping f, ExprLowering exprs, ArrayCalls calls) {
        this.f = f;
        this.exprs = exprs;
        this.calls = calls;
    }

    /** The function q names, or null when q is none of these. */
    Expr call(String q, Call c) {
        String name = q.replace("numpy.", "np.");
        SourcePos pos = c.pos();
        return switch (q) {
            case "numpy.linalg.det" -> scalar(LinAlgFn.DET, square(c, name), pos);
            case "numpy.linalg.slogdet" -> {
                Expr a = square(c, name);
                Type t = Type.scalar(resultType(a));
                yield castBack(new Expr.Library(LinAlgFn.SLOGDET, List.of(asFloat64(a, pos)),
                        new Type.Tuple(List.of(Type.FLOAT64, Type.FLOAT64)), pos), List.of(t, t), pos);
            }
            case "numpy.linalg.inv" -> matrix(LinAlgFn.INV, square(c, name), pos);
            case "numpy.linalg.cholesky" -> matrix(LinAlgFn.CHOLESKY, square(c, name), pos);
            case "numpy.linalg.eigvalsh" -> vectorOf(LinAlgFn.EIGVALSH, square(c, name), pos);
            case "numpy.linalg.eigvals", "numpy.linalg.eig" -> {
                PyExpr arg = calls.bind(c, name, List.of("a"), 1).get("a");
                Expr a = ranked(calls.array(arg, name), arg, name, 2, 2);
                if (((Type.Array) a.type()).dtype().isComplex()) yield complexEigen(q, a, pos);
                yield q.endsWith("eig") ? tuple(LinAlgFn.EIG, List.of(a), List.of(1, 2), resultType(a), pos)
                        : vectorOf(LinAlgFn.EIGVALS, a, pos);
            }
            case "numpy.linalg.eigh" -> {
                Expr a = square(c, name);
                yield tuple(LinAlgFn.EIGH, List.of(a), List.of(1, 2), resultType(a), pos);
            }
            case "numpy.linalg.qr" -> {
                Map<String, PyExpr> args = calls.bind(c, name, List.of("a", "mode"), 1);
                if (args.containsKey("mode") && !(args.get("mode") instanceof PyExpr.StrLit s && s.value().equals("reduced"))) {
                    throw new TypingError(args.get("mode").pos(), name + "() supports only mode='reduced'");
                }
                Expr a = matrixArgument(args.get("a"), name);
                yield tuple(LinAlgFn.QR, List.of(a), List.of(2, 2), resultType(a), pos);
            }
            case "numpy.linalg.svd" -> {
                Map<String, PyExpr> args = calls.bind(c, name, List.of("a", "full_matrices", "compute_uv"), 1);
                Expr a = matrixArgument(args.get("a"), name);
                if (args.containsKey("compute_uv") && !constantBool(args.get("compute_uv"), name)) {
                    yield vectorOf(LinAlgFn.SINGULAR_VALUES, a, pos);
                }
                Expr full = TypedIr.constant(!args.containsKey("full_matrices") || constantBool(args.get("full_matrices"), name), DType.BOOL);
                yield tuple(LinAlgFn.SVD, List.of(a, full), List.of(2, 1, 2), resultType(a), pos);
            }
            case "numpy.linalg.solve" -> {
                Map<String, PyExpr> args = calls.bind(c, name, List.of("a", "b"), 2);
                Expr a = matrixArgument(args.get("a"), name);
                Expr b = operand(args.get("b"), name, 1, 2);
                DType d = resultType(a, b);
                Type.Array t = Type.array(DType.FLOAT64, ((Type.Array) b.type()).ndim(), Layout.C);
                yield castBack(new Expr.Library(LinAlgFn.SOLVE, List.of(asFloat64(a, pos), asFloat64(b, pos)), t, pos), d, pos);
            }
            case "numpy.linalg.lstsq" -> {
                Map<String, PyExpr> args = calls.bind(c, name, List.of("a", "b", "rcond"), 2);
                Expr a = matrixArgument(args.get("a"), name);
                Expr b = operand(args.get("b"), name, 1, 2);
                DType d = resultType(a, b);
                Expr rcond = optionalFloat(args.get("rcond"), name, -1.0);
                Type.Array x = Type.array(DType.FLOAT64, ((Type.Array) b.type()).ndim(), Layout.C);
                Type.Array vector = Type.array(DType.FLOAT64, 1, Layout.C);
                Expr solved = new Expr.Library(LinAlgFn.LSTSQ, List.of(asFloat64(a, pos), asFloat64(b, pos), rcond),
                        new Type.Tuple(List.of(x, vector, Type.INT64, vector)), pos);
                // the rank is an int32, as LAPACK's (and NumPy's)
                yield castBack(solved, List.of(Type.array(d, x.ndim(), Layout.C), Type.array(d, 1, Layout.C), Type.scalar(DType.INT32),
                        Type.array(d, 1, Layout.C)), pos);
            }
            case "numpy.linalg.pinv" -> {
                Map<String, PyExpr> args = calls.bind(c, name, List.of("a", "rcond"), 1);
                Expr a = matrixArgument(args.get("a"), name);
                Expr rcond = optionalFloat(args.get("rcond"), name, 1e-15);
                yield castBack(new Expr.Library(LinAlgFn.PINV, List.of(asFloat64(a, pos), rcond),
                        Type.array(DType.FLOAT64, 2, Layout.C), pos), resultType(a), pos);
            }
            case "numpy.linalg.matrix_rank" -> {
                Map<String, PyExpr> args = calls.bind(c, name, List.of("A", "tol"), 1);
                Expr a = operand(args.get("A"), name, 1, 2);
                Expr tol = optionalFloat(args.get("tol"), name, -1.0);
                yield new Expr.Library(LinAlgFn.MATRIX_RANK, List.of(asFloat64(a, pos), tol), Type.INT64, pos);
            }
            case "numpy.linalg.matrix_power" -> matrixPower(c, name);
            case "numpy.linalg.norm" -> norm(c, name);
            case "numpy.linalg.cond" -> cond(c, name);
            case "numpy.trace" -> {
                Map<String, PyExpr> args = calls.bind(c, name, List.of("a", "offset"), 1);
                Expr a = f.temp(matrixArgument(args.get("a"), name));
                Expr offset = args.containsKey("offset") ? calls.integer(args.get("offset"), name) : TypedIr.i64(0);
                DType d = ArrayCalls.reduceType(ReduceOp.SUM, ((Type.Array) a.type()).dtype());
                yield BuiltinPrelude.call(f, "trace", List.of(a, offset, TypedIr.constant(0L, d)), pos);
            }
            case "numpy.outer", "numpy.vdot" -> {
                Map<String, PyExpr> args = calls.bind(c, name, List.of("a", "b"), 2);
                Expr a = calls.array(args.get("a"), name);
                Expr b = calls.array(args.get("b"), name);
                DType d = DType.promote(((Type.Array) a.type()).dtype(), ((Type.Array) b.type()).dtype());
                if (q.equals("numpy.vdot") && d.isComplex()) {
                    yield ComplexReductions.dot(f, ShapeCalls.ravel(a, pos), ShapeCalls.ravel(b, pos), d, true, name, pos);
                }
                yield BuiltinPrelude.call(f, CallLowering.shortName(q), List.of(ArrayExpressions.toDType(a, d, pos),
                        ArrayExpressions.toDType(b, d, pos)), pos);
            }
            case "numpy.kron" -> kron(c, name);
            default -> null;
        };
    }

    /**
     * {@code np.linalg.eig} / {@code eigvals} of a complex matrix, as Numba: computed in complex128 by the runtime
     * ({@code ComplexEigen}), complex64 input giving complex64 results.
     */
    private Expr complexEigen(String q, Expr a, SourcePos pos) {
        DType d = ((Type.Array) a.type()).dtype();
        Expr a128 = ArrayExpressions.toDType(a, DType.COMPLEX128, pos);
        Type.Array vector = Type.array(DType.COMPLEX128, 1, Layout.C);
        if (q.endsWith("eigvals")) {
            return castBack(new Expr.Library(LinAlgFn.EIGVALS_COMPLEX, List.of(a128), vector, pos), d, pos);
        }
        Expr pairs = new Expr.Library(LinAlgFn.EIG_COMPLEX, List.of(a128),
                new Type.Tuple(List.of(vector, Type.array(DType.COMPLEX128, 2, Layout.C))), pos);
        return castBack(pairs, List.of(Type.array(d, 1, Layout.C), Type.array(d, 2, Layout.C)), pos);
    }

    /** {@code np.linalg.norm(x, ord=None, axis=None)}: ord and axis constants, as NumPy's table of orders. */
    private Expr norm(Call c, String name) {
        Map<String, PyExpr> args = calls.bind(c, name, List.of("x", "ord", "axis"), 1);
        Expr x = realArray(args.get("x"), name);
        SourcePos pos = c.pos();
        DType d = resultType(x);
        Expr xf = f.temp(ArrayExpressions.toDType(x, d, pos));
        int ndim = ((Type.Array) x.type()).ndim();
        Object ord = order(args.get("ord"), name);
        PyExpr axisArg = args.get("axis");
        if (axisArg != null && !(axisArg instanceof PyExpr.NoneLit)) {
            Expr axis = exprs.lower(axisArg);
            if (!(axis instanceof Expr.Const k) || !(k.value() instanceof Long value)) {
                throw new TypingError(axisArg.pos(), name + "() expects a constant integer axis");
            }
            int ax = Axes.normalize(value, ndim, axisArg.pos());
            if (ndim == 1) return cast(vectorNorm(xf, ord, List.of(), axisArg.pos()), d, pos);
            return cast(vectorNorm(xf, ord, List.of(TypedIr.i64(ax)), axisArg.pos()), d, pos);
        }
        if (ord == null) return cast(BuiltinPrelude.call(f, "norm_fro", List.of(xf), pos), d, pos);
        if (ndim == 1) return cast(vectorNorm(xf, ord, List.of(), pos), d, pos);
        if (ndim != 2) throw new TypingError(pos, name + "() with ord needs a 1-d or 2-d array, got " + x.type());
        return cast(matrixNorm(xf, ord, name, pos), d, pos);
    }

    /**
     * {@code np.linalg.cond(x, p=None)}: the ratio of extreme singular values for p None and ±2 (inf for a singular
     * matrix, as NumPy), else norm(x, p)·norm(inv(x), p).
     */
    private Expr cond(Call c, String name) {
        Map<String, PyExpr> args = calls.bind(c, name, List.of("x", "p"), 1);
        SourcePos pos = c.pos();
        Expr given = matrixArgument(args.get("x"), name);
        DType d = resultType(given);
        Expr x = f.temp(asFloat64(given, pos));
        Object ord = order(args.get("p"), name);
        if (ord == null || ord.equals(2.0) || ord.equals(-2.0)) {
            Expr s = f.temp(new Expr.Library(LinAlgFn.SINGULAR_VALUES, List.of(x), Type.array(DType.FLOAT64, 1, Layout.C), pos));
            Expr largest = new Expr.Reduce(ReduceOp.MAX, s, null, Type.FLOAT64, pos);
            Expr smallest = new Expr.Reduce(ReduceOp.MIN, s, null, Type.FLOAT64, pos);
            List<Expr> ratio = ord != null && ord.equals(-2.0) ? List.of(smallest, largest) : List.of(largest, smallest);
            return cast(BuiltinPrelude.call(f, "cond_ratio", ratio, pos), d, pos);
        }
        Expr inverse = new Expr.Library(LinAlgFn.INV, List.of(x), Type.array(DType.FLOAT64, 2, Layout.C), pos);
        Expr product = TypedIr.binary(BinOp.MUL, matrixNorm(x, ord, name, pos), matrixNorm(inverse, ord, name, pos),
                DType.FLOAT64, pos);
        return cast(product, d, pos);
    }

    /** A vector norm of x, along the axis given (a one-element list) or over all of x. */
    private Expr vectorNorm(Expr x, Object ord, List<Expr> axis, SourcePos pos) {
        String suffix = axis.isEmpty() ? "" : "_axis";
        List<Expr> args = new ArrayList<>(List.of(x));
        args.addAll(axis);
        String which = switch (ord) {
            case null -> "fro";
            case Double p when p == Double.POSITIVE_INFINITY -> "max";
            case Double p when p == Double.NEGATIVE_INFINITY -> "min";
            case Double p when p == 0 -> "count";
            case Double p when p == 1 -> "l1";
            case Double p when p == 2 -> "fro";
            case Double p -> {
                args.add(TypedIr.constant(p, DType.FLOAT64));
                yield "p";
            }
            default -> throw new TypingError(pos, "np.linalg.norm(): invalid norm order '" + ord + "' for vectors");
        };
        return BuiltinPrelude.call(f, "norm_" + which + suffix, args, pos);
    }

    /** A matrix norm of the 2-d array x: 'fro', 'nuc', ±1, ±2, ±inf. */
    private Expr matrixNorm(Expr x, Object ord, String name, SourcePos pos) {
        if (ord.equals("fro")) return BuiltinPrelude.call(f, "norm_fro", List.of(x), pos);
        Type scalar = Type.scalar(((Type.Array) x.type()).dtype());
        if (ord.equals("nuc") || ord.equals(2.0) || ord.equals(-2.0)) {
            Expr s = new Expr.Library(LinAlgFn.SINGULAR_VALUES, List.of(asFloat64(x, pos)), Type.array(DType.FLOAT64, 1, Layout.C), pos);
            ReduceOp op = ord.equals("nuc") ? ReduceOp.SUM : ord.equals(2.0) ? ReduceOp.MAX : ReduceOp.MIN;
            return new Expr.Reduce(op, s, null, Type.FLOAT64, pos);
        }
        // 1-norms take the largest (smallest) column sum of |x|, inf-norms the largest (smallest) row sum
        int axis;
        ReduceOp op;
        if (ord.equals(1.0) || ord.equals(-1.0)) axis = 0;
        else if (ord.equals(Double.POSITIVE_INFINITY) || ord.equals(Double.NEGATIVE_INFINITY)) axis = 1;
        else throw new TypingError(pos, name + "(): invalid norm order '" + ord + "' for matrices");
        op = ord.equals(1.0) || ord.equals(Double.POSITIVE_INFINITY) ? ReduceOp.MAX : ReduceOp.MIN;
        Expr sums = BuiltinPrelude.call(f, "norm_l1_axis", List.of(x, TypedIr.i64(axis)), pos);
        return new Expr.Reduce(op, sums, null, scalar, pos);
    }

    /** ord as a constant: null, a Double (ints too), or the strings 'fro' and 'nuc'. */
    private Object order(PyExpr arg, String name) {
        if (arg == null || arg instanceof PyExpr.NoneLit) return null;
        if (arg instanceof PyExpr.StrLit s && (s.value().equals("fro") || s.value().equals("nuc"))) return s.value();
        Expr e = exprs.lower(arg);
        boolean negated = e instanceof Expr.Unary u && u.op() == UnOp.NEG;
        Expr value = negated ? ((Expr.Unary) e).operand() : e;
        if (value instanceof Expr.Const k && k.value() instanceof Number n && !(k.value() instanceof Boolean)) {
            double v = n.doubleValue();
            return negated ? -v : v;
        }
        throw new TypingError(arg.pos(), name + "() expects a constant ord (None, a number, inf, 'fro' or 'nuc')");
    }

    /** {@code np.linalg.matrix_power(a, n)}: repeated squaring in NumPy's order; negative n inverts first. */
    private Expr matrixPower(Call c, String name) {
        Map<String, PyExpr> args = calls.bind(c, name, List.of("a", "n"), 2);
        Expr a = f.temp(matrixArgument(args.get("a"), name));
        Expr n = f.temp(calls.integer(args.get("n"), name));
        squareCheck(a, c.pos());
        if (((Type.Array) a.type()).dtype().isFloat()) return BuiltinPrelude.call(f, "matrix_power", List.of(a, n), c.pos());
        Checks.raiseIf(f, TypedIr.compare(CmpOp.LT, n, TypedIr.i64(0), DType.INT64), "TypeError",
                "For integers, n must be non-negative", c.pos());
        return BuiltinPrelude.call(f, "matrix_power_n", List.of(a, n), c.pos());
    }

    /** {@code np.kron(a, b)} of 1-d and 2-d arrays; a 1-d operand beside a 2-d one is a single row, as in NumPy. */
    private Expr kron(Call c, String name) {
        Map<String, PyExpr> args = calls.bind(c, name, List.of("a", "b"), 2);
        Expr a = operand(args.get("a"), name, 1, 2);
        Expr b = operand(args.get("b"), name, 1, 2);
        SourcePos pos = c.pos();
        DType d = DType.promote(((Type.Array) a.type()).dtype(), ((Type.Array) b.type()).dtype());
        a = ArrayExpressions.toDType(a, d, pos);
        b = ArrayExpressions.toDType(b, d, pos);
        int na = ((Type.Array) a.type()).ndim(), nb = ((Type.Array) b.type()).ndim();
        if (na == 1 && nb == 1) return BuiltinPrelude.call(f, "kron_1d", List.of(a, b), pos);
        if (na == 1) a = BuiltinPrelude.call(f, "row", List.of(a), pos);
        if (nb == 1) b = BuiltinPrelude.call(f, "row", List.of(b), pos);
        return BuiltinPrelude.call(f, "kron_2d", List.of(a, b), pos);
    }

    private Expr scalar(LinAlgFn fn, Expr a, SourcePos pos) {
        return TypedIr.cast(new Expr.Library(fn, List.of(asFloat64(a, pos)), Type.FLOAT64, pos), resultType(a));
    }

    private Expr matrix(LinAlgFn fn, Expr a, SourcePos pos) {
        return castBack(new Expr.Library(fn, List.of(asFloat64(a, pos)), Type.array(DType.FLOAT64, 2, Layout.C), pos), resultType(a), pos);
    }

    private Expr vectorOf(LinAlgFn fn, Expr a, SourcePos pos) {
        return castBack(new Expr.Library(fn, List.of(asFloat64(a, pos)), Type.array(DType.FLOAT64, 1, Layout.C), pos), resultType(a), pos);
    }

    /** A tuple of float arrays of the given ranks, computed in float64 and cast to d. */
    private Expr tuple(LinAlgFn fn, List<Expr> args, List<Integer> ranks, DType d, SourcePos pos) {
        List<Expr> operands = new ArrayList<>(args);
        operands.set(0, asFloat64(args.getFirst(), pos));
        Expr call = new Expr.Library(fn, operands, new Type.Tuple(ranks.stream()
                .<Type>map(r -> Type.array(DType.FLOAT64, r, Layout.C)).toList()), pos);
        return castBack(call, ranks.stream().<Type>map(r -> Type.array(d, r, Layout.C)).toList(), pos);
    }

    /** value (a tuple) with each element cast to the matching type of types; value itself when nothing changes. */
    private Expr castBack(Expr value, List<Type> types, SourcePos pos) {
        Type.Tuple t = (Type.Tuple) value.type();
        if (t.elements().equals(types)) return value;
        Expr tuple = f.temp(value);
        List<Expr> elements = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            Expr element = new Expr.TupleGet(tuple, i, t.elements().get(i));
            elements.add(types.get(i) instanceof Type.Array a ? castBack(element, a.dtype(), pos)
                    : TypedIr.cast(element, ((Type.Scalar) types.get(i)).dtype()));
        }
        return new Expr.TupleNew(elements, new Type.Tuple(types));
    }

    /** array cast to d (a copy) unless it has that dtype already. */
    private static Expr castBack(Expr array, DType d, SourcePos pos) {
        return ArrayExpressions.toDType(array, d, pos);
    }

    private static Expr cast(Expr value, DType d, SourcePos pos) {
        return value.type() instanceof Type.Array ? castBack(value, d, pos) : TypedIr.cast(value, d);
    }

    private static Expr asFloat64(Expr array, SourcePos pos) {
        return ArrayExpressions.toDType(array, DType.FLOAT64, pos);
    }

    /** NumPy's result dtype: float32 stays float32, every other input gives float64. */
    private static DType resultType(Expr... arrays) {
        for (Expr a : arrays) if (((Type.Array) a.type()).dtype() != DType.FLOAT32) return DType.FLOAT64;
        return DType.FLOAT32;
    }

    /** The one argument, a 2-d array; that it is square is checked at run time (LinAlgError). */
    private Expr square(Call c, String name) {
        return matrixArgument(calls.bind(c, name, List.of("a"), 1).get("a"), name);
    }

    /** A 2-d array argument. */
    private Expr matrixArgument(PyExpr arg, String name) {
        return operand(arg, name, 2, 2);
    }

    /**
     * An array argument of rank lo to hi, of real numbers: the decompositions run on float64 copies, and a cast would
     * drop the imaginary parts, so complex arrays are refused (eig and eigvals have a complex path of their own).
     */
    private Expr operand(PyExpr arg, String name, int lo, int hi) {
        return ranked(realArray(arg, name), arg, name, lo, hi);
    }

    /** e, the array argument arg, when its rank is lo to hi; a TypingError otherwise. */
    private static Expr ranked(Expr e, PyExpr arg, String name, int lo, int hi) {
        int ndim = ((Type.Array) e.type()).ndim();
        if (ndim < lo || ndim > hi) {
            String ranks = lo == hi ? lo + "-d" : lo + "-d or " + hi + "-d";
            throw new TypingError(arg.pos(), name + "() expects a " + ranks + " array, got " + e.type());
        }
        return e;
    }

    /** An array argument of real numbers (see {@link #operand}). */
    private Expr realArray(PyExpr arg, String name) {
        Expr e = calls.array(arg, name);
        if (((Type.Array) e.type()).dtype().isComplex()) {
            throw new TypingError(arg.pos(), name + "() of a complex array is not supported: Jumba's linear algebra "
                    + "takes real arrays, got " + e.type());
        }
        return e;
    }

    /** LinAlgError unless a (a 2-d array) is square, as NumPy's matrix_power checks before any work. */
    private void squareCheck(Expr a, SourcePos pos) {
        Checks.raiseIf(f, TypedIr.compare(CmpOp.NE, new Expr.Dim(a, 0), new Expr.Dim(a, 1), DType.INT64), "LinAlgError",
                "Last 2 dimensions of the array must be square.", pos);
    }

    private Expr optionalFloat(PyExpr arg, String name, double absent) {
        if (arg == null || arg instanceof PyExpr.NoneLit) return TypedIr.constant(absent, DType.FLOAT64);
        return TypedIr.cast(calls.scalar(arg, name), DType.FLOAT64);
    }

    private boolean constantBool(PyExpr arg, String name) {
        Expr e = exprs.lower(arg);
        if (e instanceof Expr.Const k && k.value() instanceof Boolean b) return b;
        throw new TypingError(arg.pos(), name + "() expects a constant True or False here, got " + e.type());
    }
}
