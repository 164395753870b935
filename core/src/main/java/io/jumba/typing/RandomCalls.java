package io.jumba.typing;

import io.jumba.array.DType;
import io.jumba.diag.TypingError;
import io.jumba.frontend.ast.PyExpr;
import io.jumba.frontend.ast.PyExpr.Call;
import io.jumba.ir.BinOp;
import io.jumba.ir.CmpOp;
import io.jumba.ir.Expr;
import io.jumba.ir.ReduceOp;
import io.jumba.ir.ShapeOp;
import io.jumba.ir.Stmt;
import io.jumba.ir.Var;
import io.jumba.runtime.MathFn;
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
            case "normal" -> reals(c, n, RandomFunction.NP_NORMAL, 0, any("loc", 0.0), nonNegative("scale", 1.0));
            case "uniform" -> reals(c, n, RandomFunction.NP_UNIFORM, 0, any("low", 0.0), any("high", 1.0));
            case "exponential" -> reals(c, n, RandomFunction.NP_EXPONENTIAL, 0, nonNegative("scale", 1.0));
            case "standard_gamma" -> reals(c, n, RandomFunction.NP_STANDARD_GAMMA, 1, nonNegative("shape", 0.0));
            case "gamma" -> reals(c, n, RandomFunction.NP_GAMMA, 1, nonNegative("shape", 0.0), nonNegative("scale", 1.0));
            case "beta" -> reals(c, n, RandomFunction.NP_BETA, 2, positive("a"), positive("b"));
            case "chisquare" -> reals(c, n, RandomFunction.NP_CHISQUARE, 1, positive("df"));
            case "f" -> reals(c, n, RandomFunction.NP_F, 2, positive("dfnum"), positive("dfden"));
            case "noncentral_chisquare" -> reals(c, n, RandomFunction.NP_NONCENTRAL_CHISQUARE, 2, positive("df"),
                    nonNegative("nonc", 0.0));
            case "noncentral_f" -> reals(c, n, RandomFunction.NP_NONCENTRAL_F, 3, positive("dfnum"), positive("dfden"),
                    nonNegative("nonc", 0.0));
            case "standard_cauchy" -> reals(c, n, RandomFunction.NP_STANDARD_CAUCHY, 0);
            case "standard_t" -> reals(c, n, RandomFunction.NP_STANDARD_T, 1, positive("df"));
            case "lognormal" -> reals(c, n, RandomFunction.NP_LOGNORMAL, 0, any("mean", 0.0), nonNegative("sigma", 1.0));
            case "pareto" -> reals(c, n, RandomFunction.NP_PARETO, 1, positive("a"));
            case "weibull" -> reals(c, n, RandomFunction.NP_WEIBULL, 1, nonNegative("a", 0.0));
            case "power" -> reals(c, n, RandomFunction.NP_POWER, 1, positive("a"));
            case "rayleigh" -> reals(c, n, RandomFunction.NP_RAYLEIGH, 0, nonNegative("scale", 1.0));
            case "wald" -> reals(c, n, RandomFunction.NP_WALD, 2, positive("mean"), positive("scale"));
            case "laplace" -> reals(c, n, RandomFunction.NP_LAPLACE, 0, any("loc", 0.0), nonNegative("scale", 1.0));
            case "gumbel" -> reals(c, n, RandomFunction.NP_GUMBEL, 0, any("loc", 0.0), nonNegative("scale", 1.0));
            case "logistic" -> reals(c, n, RandomFunction.NP_LOGISTIC, 0, any("loc", 0.0), nonNegative("scale", 1.0));
            case "vonmises" -> reals(c, n, RandomFunction.NP_VONMISES, 2, any("mu", 0.0), nonNegative("kappa", 0.0));
            case "triangular" -> triangular(c, n);
            case "geometric" -> reals(c, n, RandomFunction.NP_GEOMETRIC, 1, new Param("p", 0.0, Constraint.IN_0_EXCL_1));
            case "zipf" -> reals(c, n, RandomFunction.NP_ZIPF, 1, new Param("a", 0.0, Constraint.ABOVE_1));
            case "logseries" -> reals(c, n, RandomFunction.NP_LOGSERIES, 1, new Param("p", 0.0, Constraint.IN_0_1_EXCL));
            case "negative_binomial" -> reals(c, n, RandomFunction.NP_NEGATIVE_BINOMIAL, 2, positive("n"),
                    new Param("p", 0.0, Constraint.IN_0_1));
            case "hypergeometric" -> hypergeometric(c, n);
            case "poisson" -> {
                var a = arrays.bind(c, n, List.of("lam", "size"), 0);
                Expr lam = real(a, "lam", 1.0, n);
                raiseIf(TypedIr.not(compare(CmpOp.GE, lam, 0.0)), "lam < 0 or lam is NaN", pos);
                raiseIf(TypedIr.not(compare(CmpOp.LE, lam, POISSON_LAM_MAX)), "lam value too large", pos);
                yield sized(a.get("size"), RandomFunction.NP_POISSON, List.of(lam), pos);
            }
            case "binomial" -> {
                var a = arrays.bind(c, n, List.of("n", "p", "size"), 2);
                Expr trials = f.temp(arrays.integer(a.get("n"), n));
                Expr p = checked(a, new Param("p", 0.0, Constraint.IN_0_1), n, pos);
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
            case "dirichlet", "multinomial" -> new RandomVectors(f, arrays).call(name, c);
            default -> throw new TypingError(c.func().pos(), "'" + n + "' is not a function Jumba supports");
        };
    }

    /** {@code np.random.triangular(left, mode, right)}, with NumPy's checks of their order. */
    private Expr triangular(Call c, String n) {
        var a = arrays.bind(c, n, List.of("left", "mode", "right", "size"), 3);
        Expr left = real(a, "left", 0.0, n), mode = real(a, "mode", 0.0, n), right = real(a, "right", 0.0, n);
        raiseIf(TypedIr.compare(CmpOp.GT, left, mode, DType.FLOAT64), "left > mode", c.pos());
        raiseIf(TypedIr.compare(CmpOp.GT, mode, right, DType.FLOAT64), "mode > right", c.pos());
        raiseIf(TypedIr.compare(CmpOp.EQ, left, right, DType.FLOAT64), "left == right", c.pos());
        return sized(a.get("size"), RandomFunction.NP_TRIANGULAR, List.of(left, mode, right), c.pos());
    }

    /** {@code np.random.hypergeometric(ngood, nbad, nsample)}: integers, checked in NumPy's order. */
    private Expr hypergeometric(Call c, String n) {
        SourcePos pos = c.pos();
        var a = arrays.bind(c, n, List.of("ngood", "nbad", "nsample", "size"), 3);
        List<Expr> counts = new ArrayList<>();
        for (String name : List.of("ngood", "nbad", "nsample")) counts.add(f.temp(arrays.integer(a.get(name), n)));
        Expr good = counts.get(0), bad = counts.get(1), sample = counts.get(2);
        Expr population = TypedIr.binary(BinOp.ADD, good, bad, DType.INT64, pos);
        raiseIf(TypedIr.compare(CmpOp.LT, population, sample, DType.INT64), "ngood + nbad < nsample", pos);
        raiseIf(TypedIr.compare(CmpOp.LT, good, TypedIr.i64(0), DType.INT64), "ngood < 0", pos);
        raiseIf(TypedIr.compare(CmpOp.LT, bad, TypedIr.i64(0), DType.INT64), "nbad < 0", pos);
        raiseIf(TypedIr.compare(CmpOp.LT, sample, TypedIr.i64(1), DType.INT64), "nsample < 1 or nsample is NaN", pos);
        return sized(a.get("size"), RandomFunction.NP_HYPERGEOMETRIC, counts, pos);
    }

    /** A NumPy check of one distribution parameter ({@code check_constraint} of numpy/random/_common.pyx). */
    private enum Constraint { ANY, POSITIVE, NON_NEGATIVE, IN_0_1, IN_0_EXCL_1, IN_0_1_EXCL, ABOVE_1 }

    /** A float parameter: its name, its default (unused where the parameter is required) and its check. */
    private record Param(String name, double otherwise, Constraint constraint) {}

    private static Param any(String name, double otherwise) { return new Param(name, otherwise, Constraint.ANY); }

    private static Param positive(String name) { return new Param(name, 0.0, Constraint.POSITIVE); }

    private static Param nonNegative(String name, double otherwise) {
        return new Param(name, otherwise, Constraint.NON_NEGATIVE);
    }

    /** A distribution of float parameters and {@code size=}: each parameter checked in order, then the draws. */
    private Expr reals(Call c, String n, RandomFunction fn, int required, Param... params) {
        List<String> names = new ArrayList<>();
        for (Param p : params) names.add(p.name());
        names.add("size");
        var a = arrays.bind(c, n, names, required);
        List<Expr> args = new ArrayList<>();
        for (Param p : params) args.add(checked(a, p, n, c.pos()));
        return sized(a.get("size"), fn, args, c.pos());
    }

    /** The parameter as a float64, with NumPy's ValueError where it breaks its constraint. */
    private Expr checked(Map<String, PyExpr> a, Param p, String n, SourcePos pos) {
        Expr x = real(a, p.name(), p.otherwise(), n);
        String v = p.name();
        switch (p.constraint()) {
            case ANY -> { }
            case POSITIVE -> raiseIf(compare(CmpOp.LE, x, 0.0), v + " <= 0", pos);
            case NON_NEGATIVE -> raiseIf(new Expr.Logical(true, TypedIr.compare(CmpOp.EQ, x, x, DType.FLOAT64),  // -0.0 too
                    new Expr.Intrinsic(MathFn.SIGNBIT, List.of(x), Type.scalar(DType.BOOL))), v + " < 0", pos);
            case IN_0_1 -> raiseIf(outside(x, CmpOp.GE, 0.0, CmpOp.LE, 1.0),
                    v + " < 0, " + v + " > 1 or " + v + " is NaN", pos);
            case IN_0_EXCL_1 -> raiseIf(outside(x, CmpOp.GT, 0.0, CmpOp.LE, 1.0),
                    v + " <= 0, " + v + " > 1 or " + v + " contains NaNs", pos);
            case IN_0_1_EXCL -> raiseIf(outside(x, CmpOp.GE, 0.0, CmpOp.LT, 1.0),
                    v + " < 0, " + v + " >= 1 or " + v + " is NaN", pos);
            case ABOVE_1 -> raiseIf(TypedIr.not(compare(CmpOp.GT, x, 1.0)), v + " <= 1 or " + v + " is NaN", pos);
        }
        return x;
    }

    /** Whether x fails {@code x low lo and x high hi} (NaN fails). */
    private static Expr outside(Expr x, CmpOp low, double lo, CmpOp high, double hi) {
        return new Expr.Logical(false, TypedIr.not(compare(low, x, lo)), TypedIr.not(compare(high, x, hi)));
    }

    /**
     * {@code np.random.choice(a, size=None, replace=True, p=None)}: a an int or a 1-d array, size None, an int or a
     * tuple of ints; NumPy's legacy algorithms and checks, in its order, so the stream is NumPy's.
     */
    private Expr choice(Call c, String n) {
        SourcePos pos = c.pos();
        var a = arrays.bind(c, n, List.of("a", "size", "replace", "p"), 1);
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
        List<Expr> shape = hasSize ? arrays.shape(a.get("size"), n).stream().map(f::temp).toList() : null;
        raiseIf(TypedIr.compare(CmpOp.LE, count, TypedIr.i64(0), DType.INT64), fromRange
                ? "a must be greater than 0 unless no samples are taken"
                : "'a' cannot be empty unless no samples are taken", pos);
        Expr p = a.containsKey("p") && !(a.get("p") instanceof PyExpr.NoneLit) ? probabilities(a.get("p"), count, n, pos) : null;
        replace = f.temp(replace);
        Expr size = null;
        if (shape != null) {
            size = TypedIr.i64(1);
            for (Expr d : shape) size = TypedIr.binary(BinOp.MUL, size, d, DType.INT64, pos);
            size = f.temp(size);
            raiseIf(new Expr.Logical(true, TypedIr.not(replace), TypedIr.compare(CmpOp.GT, size, count, DType.INT64)),
                    "Cannot take a larger sample than population when 'replace=False'", pos);
            if (p != null) {
                Expr positive = ArrayExpressions.lift(List.of(p), e -> TypedIr.cast(TypedIr.compare(CmpOp.GT, e.getFirst(),
                        TypedIr.constant(0.0, DType.FLOAT64), DType.FLOAT64), DType.INT64), pos);
                raiseIf(new Expr.Logical(true, TypedIr.not(replace), TypedIr.compare(CmpOp.LT, new Expr.Reduce(ReduceOp.SUM,
                        positive, null, Type.INT64, pos), size, DType.INT64)), "Fewer non-zero entries in p than size", pos);
            }
        }
        String function = "np_choice" + (p != null ? "_p" : "") + (fromRange ? "_n" : "") + (size == null ? "_one" : "");
        List<Expr> args = new ArrayList<>();
        if (!(fromRange && p != null)) args.add(population);
        if (p != null) args.add(p);
        if (size != null) args.add(size);
        args.add(replace);
        Expr drawn = BuiltinPrelude.call(f, function, args, pos);
        if (shape == null || shape.size() == 1) return drawn;
        Type.Array t = (Type.Array) drawn.type();
        return new Expr.ShapeView(ShapeOp.RESHAPE, f.temp(drawn), shape, Type.array(t.dtype(), shape.size(),
                Layout.C), pos);
    }

    /** choice's p as a float64 array (a temporary), with NumPy's checks of it in NumPy's order. */
    private Expr probabilities(PyExpr arg, Expr count, String n, SourcePos pos) {
        Expr given = arrays.array(arg, n);
        if (((Type.Array) given.type()).ndim() != 1) throw new TypingError(arg.pos(), n + "(): 'p' must be 1-dimensional");
        Expr p = f.temp(ArrayExpressions.toDType(given, DType.FLOAT64, pos));
        raiseIf(TypedIr.compare(CmpOp.NE, new Expr.Dim(p, 0), count, DType.INT64), "'a' and 'p' must have same size", pos);
        Expr sum = f.temp(new Expr.Reduce(ReduceOp.SUM, p, null, Type.scalar(DType.FLOAT64), pos));
        raiseIf(TypedIr.compare(CmpOp.NE, sum, sum, DType.FLOAT64), "probabilities contain NaN", pos);
        Expr negative = ArrayExpressions.lift(List.of(p), e -> TypedIr.compare(CmpOp.LT, e.getFirst(),
                TypedIr.constant(0.0, DType.FLOAT64), DType.FLOAT64), pos);
        raiseIf(new Expr.Reduce(ReduceOp.ANY, negative, null, Type.scalar(DType.BOOL), pos), "probabilities are not non-negative", pos);
        // NumPy's tolerance: the square root of float64's eps (of float32's for float32 p)
        double eps = ((Type.Array) given.type()).dtype() == DType.FLOAT32 ? Math.ulp(1.0f) : Math.ulp(1.0);
        Expr off = MathFunctionTyping.apply(MathFn.ABS, List.of(TypedIr.binary(BinOp.SUB, sum,
                TypedIr.constant(1.0, DType.FLOAT64), DType.FLOAT64, pos)), DType.FLOAT64, pos);
        raiseIf(TypedIr.compare(CmpOp.GT, off, TypedIr.constant(Math.sqrt(eps), DType.FLOAT64), DType.FLOAT64),
                "probabilities do not sum to 1", pos);
        return p;
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
            case "lognormvariate" -> pyReals(c, n, RandomFunction.PY_LOGNORMVARIATE, List.of("mu", "sigma"), 2);
            case "paretovariate" -> pyReals(c, n, RandomFunction.PY_PARETOVARIATE, List.of("alpha"), 1);
            case "weibullvariate" -> pyReals(c, n, RandomFunction.PY_WEIBULLVARIATE, List.of("alpha", "beta"), 2);
            case "vonmisesvariate" -> pyReals(c, n, RandomFunction.PY_VONMISESVARIATE, List.of("mu", "kappa"), 2);
            case "gammavariate" -> pyReals(c, n, RandomFunction.PY_GAMMAVARIATE, List.of("alpha", "beta"), 2);
            case "betavariate" -> pyReals(c, n, RandomFunction.PY_BETAVARIATE, List.of("alpha", "beta"), 2);
            case "triangular" -> {
                var a = arrays.bind(c, n, List.of("low", "high", "mode"), 0);
                Expr low = real(a, "low", 0.0, n), high = real(a, "high", 1.0, n);
                yield a.containsKey("mode") && !(a.get("mode") instanceof PyExpr.NoneLit)
                        ? draw(RandomFunction.PY_TRIANGULAR, List.of(low, high, real(a, "mode", 0.0, n)), pos)
                        : draw(RandomFunction.PY_TRIANGULAR_MIDDLE, List.of(low, high), pos);
            }
            case "getrandbits" -> {
                Expr k = f.temp(arrays.integer(arrays.bind(c, n, List.of("k"), 1).get("k"), n));
                yield draw(RandomFunction.PY_GETRANDBITS, List.of(k), pos);
            }
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


    private static Expr compare(CmpOp op, Expr x, double bound) {
        return TypedIr.compare(op, x, TypedIr.constant(bound, DType.FLOAT64), DType.FLOAT64);
    }

    private void raiseIf(Expr cond, String message, SourcePos pos) {
        Checks.raiseIf(f, cond, "ValueError", message, pos);
    }
}
