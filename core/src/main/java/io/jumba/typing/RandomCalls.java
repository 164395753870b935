package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.runtime.RandomFunction;
import io.jumba.source.SourcePos;
import io.jumba.types.Layout;
import io.jumba.types.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code np.random.*} (NumPy's legacy {@code RandomState} functions that Numba supports) and Python's
 * {@code random.*}: each scalar draw is one {@link Expr.Random}; a {@code size=} fills a new array in C order, one
 * draw per element as NumPy does; shuffle, permutation and choice are prelude functions. Distribution parameters
 * are scalars, checked first with NumPy's ValueErrors at the kernel line.
 */
final class RandomCalls {
    /** NumPy's {@code LEGACY_POISSON_LAM_MAX}. */
    private static final double POISSON_LAM_MAX = (double) Long.MAX_VALUE - Math.sqrt((double) Long.MAX_VALUE) * 10;

    private final FunctionTyping f;
    private final ExprLowering exprs;
    private final ArrayCalls arrays;

    RandomCalls(FunctionTyping f, ExprLowering exprs) {
        this.f = f;
        this.exprs = exprs;
        this.arrays = new ArrayCalls(f, exprs);
    }

    /** The call of {@code numpy.random.<name>} or {@code random.<name>}, or null when q names neither module. */
    Expr call(String q, Call c) {
        if (q.startsWith("numpy.random.")) return numpy(q.substring("numpy.random.".length()), c);
        if (q.startsWith("random.")) return python(q.substring("random.".length()), c);
        return null;
    }

    private Expr numpy(String name, Call c) {
        String n = "np.random." + name;
        SourcePos pos = c.pos();
        return switch (name) {
            case "seed" -> {
                Expr s = f.temp(arrays.integer(arrays.bind(c, n, List.of("seed"), 1).get("seed"), n));
                Expr outside = new Expr.Logical(false, TypedIr.compare(CmpOp.LT, s, TypedIr.i64(0), DType.INT64),
                        TypedIr.compare(CmpOp.GT, s, TypedIr.i64(0xffffffffL), DType.INT64));
                raiseIf(outside, "Seed must be between 0 and 2**32 - 1", pos);
                yield draw(RandomFunction.NP_SEED, List.of(s), pos);
            }
            case "random", "random_sample", "sample", "ranf" -> {
                var a = arrays.bind(c, n, List.of("size"), 0);
                yield sized(a.get("size"), RandomFunction.NP_RANDOM, List.of(), pos);
            }
            case "rand", "randn" -> {
                if (!c.keywords().isEmpty()) throw new TypingError(c.pos(), n + "() takes no keyword arguments");
                RandomFunction fn = name.equals("rand") ? RandomFunction.NP_RANDOM : RandomFunction.NP_STANDARD_NORMAL;
                if (c.args().isEmpty()) yield draw(fn, List.of(), pos);
                List<Expr> dims = new ArrayList<>();
                for (PyExpr d : c.args()) dims.add(f.temp(arrays.integer(d, n)));
                yield fill(dims, fn, List.of(), pos);
            }
            case "standard_normal" -> sized(arrays.bind(c, n, List.of("size"), 0).get("size"),
                    RandomFunction.NP_STANDARD_NORMAL, List.of(), pos);
            case "standard_exponential" -> sized(arrays.bind(c, n, List.of("size"), 0).get("size"),
                    RandomFunction.NP_STANDARD_EXPONENTIAL, List.of(), pos);
            case "normal" -> {
                var a = arrays.bind(c, n, List.of("loc", "scale", "size"), 0);
                Expr loc = real(a, "loc", 0.0, n), scale = real(a, "scale", 1.0, n);
                raiseIf(less(scale, 0.0), "scale < 0", pos);
                yield sized(a.get("size"), RandomFunction.NP_NORMAL, List.of(loc, scale), pos);
            }
            case "uniform" -> {
                var a = arrays.bind(c, n, List.of("low", "high", "size"), 0);
                Expr low = real(a, "low", 0.0, n), high = real(a, "high", 1.0, n);
                yield sized(a.get("size"), RandomFunction.NP_UNIFORM, List.of(low, high), pos);
            }
            case "exponential" -> {
                var a = arrays.bind(c, n, List.of("scale", "size"), 0);
                Expr scale = real(a, "scale", 1.0, n);
                raiseIf(less(scale, 0.0), "scale < 0", pos);
                yield sized(a.get("size"), RandomFunction.NP_EXPONENTIAL, List.of(scale), pos);
            }
            case "standard_gamma" -> {
                var a = arrays.bind(c, n, List.of("shape", "size"), 1);
                Expr shape = real(a, "shape", 0.0, n);
                raiseIf(less(shape, 0.0), "shape < 0", pos);
                yield sized(a.get("size"), RandomFunction.NP_STANDARD_GAMMA, List.of(shape), pos);
            }
            case "gamma" -> {
                var a = arrays.bind(c, n, List.of("shape", "scale", "size"), 1);
                Expr shape = real(a, "shape", 0.0, n), scale = real(a, "scale", 1.0, n);
                raiseIf(less(shape, 0.0), "shape < 0", pos);
                raiseIf(less(scale, 0.0), "scale < 0", pos);
                yield sized(a.get("size"), RandomFunction.NP_GAMMA, List.of(shape, scale), pos);
            }
            case "beta" -> {
                var a = arrays.bind(c, n, List.of("a", "b", "size"), 2);
                Expr x = real(a, "a", 0.0, n), y = real(a, "b", 0.0, n);
                raiseIf(compare(CmpOp.LE, x, 0.0), "a <= 0", pos);
                raiseIf(compare(CmpOp.LE, y, 0.0), "b <= 0", pos);
                yield sized(a.get("size"), RandomFunction.NP_BETA, List.of(x, y), pos);
            }
            case "poisson" -> {
                var a = arrays.bind(c, n, List.of("lam", "size"), 0);
                Expr lam = real(a, "lam", 1.0, n);
                raiseIf(TypedIr.not(compare(CmpOp.GE, lam, 0.0)), "lam < 0 or lam is NaN", pos);
                raiseIf(TypedIr.not(compare(CmpOp.LE, lam, POISSON_LAM_MAX)), "lam value too large", pos);
                yield sized(a.get("size"), RandomFunction.NP_POISSON, List.of(lam), pos);
            }
            case "binomial" -> {
                var a = arrays.bind(c, n, List.of("n", "p", "size"), 2);
                Expr trials = f.temp(arrays.integer(a.get("n"), n)), p = real(a, "p", 0.0, n);
                Expr outside = new Expr.Logical(false, TypedIr.not(compare(CmpOp.GE, p, 0.0)),
                        TypedIr.not(compare(CmpOp.LE, p, 1.0)));
                raiseIf(outside, "p < 0, p > 1 or p is NaN", pos);
                raiseIf(TypedIr.compare(CmpOp.LT, trials, TypedIr.i64(0), DType.INT64), "n < 0", pos);
                yield sized(a.get("size"), RandomFunction.NP_BINOMIAL, List.of(trials, p), pos);
            }
            case "randint" -> {
                var a = arrays.bind(c, n, List.of("low", "high", "size"), 1);
                Expr first = f.temp(arrays.integer(a.get("low"), n));
                Expr low = a.containsKey("high") ? first : TypedIr.i64(0);
                Expr high = a.containsKey("high") ? f.temp(arrays.integer(a.get("high"), n)) : first;
                raiseIf(TypedIr.compare(CmpOp.GE, low, high, DType.INT64), "low >= high", pos);
                yield sized(a.get("size"), RandomFunction.NP_RANDINT, List.of(low, high), pos);
            }
            case "shuffle" -> {
                Expr x = oneDimensional(arrays.bind(c, n, List.of("x"), 1).get("x"), n);
                yield BuiltinPrelude.call(f, "np_shuffle", List.of(x), pos);
            }
            case "permutation" -> {
                PyExpr arg = arrays.bind(c, n, List.of("x"), 1).get("x");
                Expr x = exprs.lower(arg);
                if (x.type() instanceof Type.Scalar s && s.dtype().isInteger()) {
                    yield BuiltinPrelude.call(f, "np_permutation_n", List.of(TypedIr.cast(x, DType.INT64)), pos);
                }
                yield BuiltinPrelude.call(f, "np_permutation", List.of(oneDimensional(arg, n)), pos);
            }
            case "choice" -> choice(c, n);
            default -> throw new TypingError(c.func().pos(), "'" + n + "' is not a function Jumba supports");
        };
    }

    /** {@code np.random.choice(a, size=None, replace=True)}: a an int or a 1-d array, size None or an int. */
    private Expr choice(Call c, String n) {
        SourcePos pos = c.pos();
        var a = arrays.bind(c, n, List.of("a", "size", "replace"), 1);
        Expr population = exprs.lower(a.get("a"));
        boolean fromRange = population.type() instanceof Type.Scalar s && s.dtype().isInteger();
        if (!fromRange && !(population.type() instanceof Type.Array arr && arr.ndim() == 1)) {
            throw new TypingError(a.get("a").pos(), n + "() expects an int or a 1-d array, got " + population.type());
        }
        population = f.temp(fromRange ? TypedIr.cast(population, DType.INT64) : population);
        Expr count = fromRange ? population : new Expr.Dim(population, 0);
        Expr replace = a.containsKey("replace") ? TypedIr.truth(exprs.lower(a.get("replace")), pos)
                : new Expr.Const(true, Type.BOOL);
        boolean hasSize = a.containsKey("size") && !(a.get("size") instanceof PyExpr.NoneLit);
        Expr size = hasSize ? f.temp(arrays.integer(a.get("size"), n)) : null;
        raiseIf(TypedIr.compare(CmpOp.LE, count, TypedIr.i64(0), DType.INT64), fromRange
                ? "a must be greater than 0 unless no samples are taken"
                : "'a' cannot be empty unless no samples are taken", pos);
        replace = f.temp(replace);
        if (size != null) {
            raiseIf(new Expr.Logical(true, TypedIr.not(replace), TypedIr.compare(CmpOp.GT, size, count, DType.INT64)),
                    "Cannot take a larger sample than population when 'replace=False'", pos);
        }
        String function = (fromRange ? "np_choice_n" : "np_choice") + (size == null ? "_one" : "");
        List<Expr> args = size == null ? List.of(population, replace) : List.of(population, size, replace);
        return BuiltinPrelude.call(f, function, args, pos);
    }

    private Expr python(String name, Call c) {
        String n = "random." + name;
        SourcePos pos = c.pos();
        return switch (name) {
            case "seed" -> {
                Expr seed = f.temp(arrays.integer(arrays.bind(c, n, List.of("a"), 1).get("a"), n));
                yield draw(RandomFunction.PY_SEED, List.of(seed), pos);
            }
            case "random" -> {
                arrays.bind(c, n, List.of(), 0);
                yield draw(RandomFunction.PY_RANDOM, List.of(), pos);
            }
            case "uniform" -> pyReals(c, n, RandomFunction.PY_UNIFORM, List.of("a", "b"), 2);
            case "gauss" -> pyReals(c, n, RandomFunction.PY_GAUSS, List.of("mu", "sigma"), 2);
            case "normalvariate" -> pyReals(c, n, RandomFunction.PY_NORMALVARIATE, List.of("mu", "sigma"), 0);
            case "expovariate" -> pyReals(c, n, RandomFunction.PY_EXPOVARIATE, List.of("lambd"), 1);
            case "randint" -> {
                var a = arrays.bind(c, n, List.of("a", "b"), 2);
                Expr lo = f.temp(arrays.integer(a.get("a"), n)), hi = f.temp(arrays.integer(a.get("b"), n));
                yield draw(RandomFunction.PY_RANDINT, List.of(lo, hi), pos);
            }
            case "randrange" -> {
                var a = arrays.bind(c, n, List.of("start", "stop", "step"), 1);
                Expr first = f.temp(arrays.integer(a.get("start"), n));
                Expr start = a.containsKey("stop") ? first : TypedIr.i64(0);
                Expr stop = a.containsKey("stop") ? f.temp(arrays.integer(a.get("stop"), n)) : first;
                Expr step = a.containsKey("step") ? f.temp(arrays.integer(a.get("step"), n)) : TypedIr.i64(1);
                if (!a.containsKey("stop")) raiseIf(TypedIr.compare(CmpOp.LE, first, TypedIr.i64(0), DType.INT64),
                        "empty range for randrange()", pos);
                yield draw(RandomFunction.PY_RANDRANGE, List.of(start, stop, step), pos);
            }
            case "shuffle" -> {
                Expr x = oneDimensional(arrays.bind(c, n, List.of("x"), 1).get("x"), n);
                yield BuiltinPrelude.call(f, "py_shuffle", List.of(x), pos);
            }
            default -> throw new TypingError(c.func().pos(), "'" + n + "' is not a function Jumba supports");
        };
    }

    /** A Python random function of float parameters, defaults 0.0 then 1.0 (normalvariate's mu and sigma). */
    private Expr pyReals(Call c, String n, RandomFunction fn, List<String> names, int required) {
        var a = arrays.bind(c, n, names, required);
        List<Expr> args = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) args.add(real(a, names.get(i), i == 0 ? 0.0 : 1.0, n));
        return draw(fn, args, c.pos());
    }

    private Expr draw(RandomFunction fn, List<Expr> args, SourcePos pos) {
        Type type = fn.result() == null ? Type.NONE : Type.scalar(fn.result());
        return new Expr.Random(fn, args, type, pos);
    }

    /** One draw when size is absent or None, else a new array of that shape filled with draws. */
    private Expr sized(PyExpr size, RandomFunction fn, List<Expr> args, SourcePos pos) {
        if (size == null || size instanceof PyExpr.NoneLit) return draw(fn, args, pos);
        List<Expr> dims = new ArrayList<>();
        for (Expr d : arrays.shape(size, "np.random")) dims.add(f.temp(d));
        return fill(dims, fn, args, pos);
    }

    /** A new C-order array of the given dims, element after element a draw, as NumPy fills its output. */
    private Expr fill(List<Expr> dims, RandomFunction fn, List<Expr> args, SourcePos pos) {
        Type.Array type = Type.array(fn.result(), dims.size(), Layout.C);
        Expr out = f.freshTemp(new Expr.Alloc(dims, Expr.Fill.EMPTY, null, type, pos));
        f.emit(loops(0, dims, new ArrayList<>(), out, () -> draw(fn, args, pos), pos));
        return out;
    }

    private Stmt loops(int axis, List<Expr> dims, List<Expr> indices, Expr out, Supplier<Expr> value, SourcePos pos) {
        if (axis == dims.size()) return new Stmt.Store(out, List.copyOf(indices), value.get(), pos);
        Var i = f.freshVar(Type.INT64);
        indices.add(new Expr.Local(i));
        Stmt body = loops(axis + 1, dims, indices, out, value, pos);
        return new Stmt.ForRange(i, TypedIr.i64(0), dims.get(axis), TypedIr.i64(1), List.of(body), false, pos);
    }

    /** A float64 parameter, evaluated once: the argument or its default. */
    private Expr real(Map<String, PyExpr> a, String name, double otherwise, String function) {
        if (!a.containsKey(name)) return TypedIr.constant(otherwise, DType.FLOAT64);
        Expr e = exprs.lower(a.get(name));
        if (!(e.type() instanceof Type.Scalar)) {
            throw new TypingError(a.get(name).pos(), function + "() takes a scalar " + name
                    + " (arrays of parameters are not supported), got " + e.type());
        }
        return f.temp(TypedIr.cast(e, DType.FLOAT64));
    }

    private Expr oneDimensional(PyExpr arg, String function) {
        Expr x = arrays.array(arg, function);
        if (((Type.Array) x.type()).ndim() != 1) {
            throw new TypingError(arg.pos(), function + "() expects a 1-d array, got " + x.type());
        }
        return x;
    }

    private static Expr less(Expr x, double bound) { return compare(CmpOp.LT, x, bound); }

    private static Expr compare(CmpOp op, Expr x, double bound) {
        return TypedIr.compare(op, x, TypedIr.constant(bound, DType.FLOAT64), DType.FLOAT64);
    }

    private void raiseIf(Expr cond, String message, SourcePos pos) {
        Checks.raiseIf(f, cond, "ValueError", message, pos);
    }
}
