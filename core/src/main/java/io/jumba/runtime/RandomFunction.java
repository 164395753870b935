package io.jumba.runtime;

import io.jumba.array.DType;
import io.jumba.source.SourcePos;

import java.util.List;

/**
 * One scalar draw of {@code np.random} ({@link NumpyRandom}) or Python's {@code random} ({@link PythonRandom}): the
 * static method generated code calls and the interpreter evaluates, the dtypes of its parameters and
 * its result (null for None). A draw changes its thread's generator, so passes never share, fold or vectorize it.
 */
public enum RandomFunction {
    NP_SEED("NumpyRandom.seed", null, false, DType.INT64),
    NP_RANDOM("NumpyRandom.random", DType.FLOAT64, false),
    NP_UNIFORM("NumpyRandom.uniform", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    NP_STANDARD_NORMAL("NumpyRandom.standardNormal", DType.FLOAT64, false),
    NP_NORMAL("NumpyRandom.normal", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    NP_STANDARD_EXPONENTIAL("NumpyRandom.standardExponential", DType.FLOAT64, false),
    NP_EXPONENTIAL("NumpyRandom.exponential", DType.FLOAT64, false, DType.FLOAT64),
    NP_STANDARD_GAMMA("NumpyRandom.standardGamma", DType.FLOAT64, false, DType.FLOAT64),
    NP_GAMMA("NumpyRandom.gamma", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    NP_BETA("NumpyRandom.beta", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    NP_POISSON("NumpyRandom.poisson", DType.INT64, false, DType.FLOAT64),
    NP_BINOMIAL("NumpyRandom.binomial", DType.INT64, false, DType.INT64, DType.FLOAT64),
    NP_RANDINT("NumpyRandom.randint", DType.INT64, false, DType.INT64, DType.INT64),
    NP_CHISQUARE("NumpyRandom.chisquare", DType.FLOAT64, false, DType.FLOAT64),
    NP_F("NumpyRandom.f", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    NP_NONCENTRAL_CHISQUARE("NumpyRandom.noncentralChisquare", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    NP_NONCENTRAL_F("NumpyRandom.noncentralF", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64, DType.FLOAT64),
    NP_STANDARD_CAUCHY("NumpyRandom.standardCauchy", DType.FLOAT64, false),
    NP_STANDARD_T("NumpyRandom.standardT", DType.FLOAT64, false, DType.FLOAT64),
    NP_LOGNORMAL("NumpyRandom.lognormal", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    NP_PARETO("NumpyRandom.pareto", DType.FLOAT64, false, DType.FLOAT64),
    NP_WEIBULL("NumpyRandom.weibull", DType.FLOAT64, false, DType.FLOAT64),
    NP_POWER("NumpyRandom.power", DType.FLOAT64, false, DType.FLOAT64),
    NP_WALD("NumpyRandom.wald", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    NP_RAYLEIGH("NumpyRandom.rayleigh", DType.FLOAT64, false, DType.FLOAT64),
    NP_LAPLACE("NumpyRandom.laplace", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    NP_GUMBEL("NumpyRandom.gumbel", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    NP_LOGISTIC("NumpyRandom.logistic", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    NP_TRIANGULAR("NumpyRandom.triangular", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64, DType.FLOAT64),
    NP_VONMISES("NumpyRandom.vonmises", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    NP_GEOMETRIC("NumpyRandom.geometric", DType.INT64, false, DType.FLOAT64),
    NP_ZIPF("NumpyRandom.zipf", DType.INT64, false, DType.FLOAT64),
    NP_LOGSERIES("NumpyRandom.logseries", DType.INT64, false, DType.FLOAT64),
    NP_NEGATIVE_BINOMIAL("NumpyRandom.negativeBinomial", DType.INT64, false, DType.FLOAT64, DType.FLOAT64),
    NP_HYPERGEOMETRIC("NumpyRandom.hypergeometric", DType.INT64, false, DType.INT64, DType.INT64, DType.INT64),
    PY_SEED("PythonRandom.seed", null, false, DType.INT64),
    PY_RANDOM("PythonRandom.random", DType.FLOAT64, false),
    PY_UNIFORM("PythonRandom.uniform", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    PY_GAUSS("PythonRandom.gauss", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    PY_NORMALVARIATE("PythonRandom.normalvariate", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    PY_EXPOVARIATE("PythonRandom.expovariate", DType.FLOAT64, true, DType.FLOAT64),
    PY_RANDRANGE("PythonRandom.randrange", DType.INT64, true, DType.INT64, DType.INT64, DType.INT64),
    PY_RANDINT("PythonRandom.randint", DType.INT64, true, DType.INT64, DType.INT64),
    PY_LOGNORMVARIATE("PythonRandom.lognormvariate", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    PY_PARETOVARIATE("PythonRandom.paretovariate", DType.FLOAT64, false, DType.FLOAT64),
    PY_WEIBULLVARIATE("PythonRandom.weibullvariate", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    PY_TRIANGULAR("PythonRandom.triangular", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64, DType.FLOAT64),
    PY_TRIANGULAR_MIDDLE("PythonRandom.triangularMiddle", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    PY_VONMISESVARIATE("PythonRandom.vonmisesvariate", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    PY_GAMMAVARIATE("PythonRandom.gammavariate", DType.FLOAT64, true, DType.FLOAT64, DType.FLOAT64),
    PY_BETAVARIATE("PythonRandom.betavariate", DType.FLOAT64, true, DType.FLOAT64, DType.FLOAT64),
    PY_GETRANDBITS("PythonRandom.getrandbits", DType.UINT64, true, DType.INT64);

    private final String method;
    private final DType result;
    private final boolean raises;
    private final List<DType> parameters;

    RandomFunction(String method, DType result, boolean raises, DType... parameters) {
        this.method = method;
        this.result = result;
        this.raises = raises;
        this.parameters = List.of(parameters);
    }

    /** The static method generated code calls, {@code Class.method} within this package. */
    public String method() { return method; }

    /** The dtype of each parameter. */
    public List<DType> parameters() { return parameters; }

    /** The result's dtype, or null when it returns None. */
    public DType result() { return result; }

    /** Whether the method takes the call's source position last (it raises a Python error itself). */
    public boolean raises() { return raises; }

    /** The draw with these arguments (Doubles or Longs as {@link #parameters}), for the interpreter; null for None. */
    public Object apply(Object[] a, SourcePos pos) {
        return switch (this) {
            case NP_SEED -> { NumpyRandom.seed((Long) a[0]); yield null; }
            case NP_RANDOM -> NumpyRandom.random();
            case NP_UNIFORM -> NumpyRandom.uniform(d(a[0]), d(a[1]));
            case NP_STANDARD_NORMAL -> NumpyRandom.standardNormal();
            case NP_NORMAL -> NumpyRandom.normal(d(a[0]), d(a[1]));
            case NP_STANDARD_EXPONENTIAL -> NumpyRandom.standardExponential();
            case NP_EXPONENTIAL -> NumpyRandom.exponential(d(a[0]));
            case NP_STANDARD_GAMMA -> NumpyRandom.standardGamma(d(a[0]));
            case NP_GAMMA -> NumpyRandom.gamma(d(a[0]), d(a[1]));
            case NP_BETA -> NumpyRandom.beta(d(a[0]), d(a[1]));
            case NP_POISSON -> NumpyRandom.poisson(d(a[0]));
            case NP_BINOMIAL -> NumpyRandom.binomial((Long) a[0], d(a[1]));
            case NP_RANDINT -> NumpyRandom.randint((Long) a[0], (Long) a[1]);
            case NP_CHISQUARE -> NumpyRandom.chisquare(d(a[0]));
            case NP_F -> NumpyRandom.f(d(a[0]), d(a[1]));
            case NP_NONCENTRAL_CHISQUARE -> NumpyRandom.noncentralChisquare(d(a[0]), d(a[1]));
            case NP_NONCENTRAL_F -> NumpyRandom.noncentralF(d(a[0]), d(a[1]), d(a[2]));
            case NP_STANDARD_CAUCHY -> NumpyRandom.standardCauchy();
            case NP_STANDARD_T -> NumpyRandom.standardT(d(a[0]));
            case NP_LOGNORMAL -> NumpyRandom.lognormal(d(a[0]), d(a[1]));
            case NP_PARETO -> NumpyRandom.pareto(d(a[0]));
            case NP_WEIBULL -> NumpyRandom.weibull(d(a[0]));
            case NP_POWER -> NumpyRandom.power(d(a[0]));
            case NP_WALD -> NumpyRandom.wald(d(a[0]), d(a[1]));
            case NP_RAYLEIGH -> NumpyRandom.rayleigh(d(a[0]));
            case NP_LAPLACE -> NumpyRandom.laplace(d(a[0]), d(a[1]));
            case NP_GUMBEL -> NumpyRandom.gumbel(d(a[0]), d(a[1]));
            case NP_LOGISTIC -> NumpyRandom.logistic(d(a[0]), d(a[1]));
            case NP_TRIANGULAR -> NumpyRandom.triangular(d(a[0]), d(a[1]), d(a[2]));
            case NP_VONMISES -> NumpyRandom.vonmises(d(a[0]), d(a[1]));
            case NP_GEOMETRIC -> NumpyRandom.geometric(d(a[0]));
            case NP_ZIPF -> NumpyRandom.zipf(d(a[0]));
            case NP_LOGSERIES -> NumpyRandom.logseries(d(a[0]));
            case NP_NEGATIVE_BINOMIAL -> NumpyRandom.negativeBinomial(d(a[0]), d(a[1]));
            case NP_HYPERGEOMETRIC -> NumpyRandom.hypergeometric((Long) a[0], (Long) a[1], (Long) a[2]);
            case PY_SEED -> { PythonRandom.seed((Long) a[0]); yield null; }
            case PY_RANDOM -> PythonRandom.random();
            case PY_UNIFORM -> PythonRandom.uniform(d(a[0]), d(a[1]));
            case PY_GAUSS -> PythonRandom.gauss(d(a[0]), d(a[1]));
            case PY_NORMALVARIATE -> PythonRandom.normalvariate(d(a[0]), d(a[1]));
            case PY_EXPOVARIATE -> PythonRandom.expovariate(d(a[0]), pos);
            case PY_RANDRANGE -> PythonRandom.randrange((Long) a[0], (Long) a[1], (Long) a[2], pos);
            case PY_RANDINT -> PythonRandom.randint((Long) a[0], (Long) a[1], pos);
            case PY_LOGNORMVARIATE -> PythonRandom.lognormvariate(d(a[0]), d(a[1]));
            case PY_PARETOVARIATE -> PythonRandom.paretovariate(d(a[0]));
            case PY_WEIBULLVARIATE -> PythonRandom.weibullvariate(d(a[0]), d(a[1]));
            case PY_TRIANGULAR -> PythonRandom.triangular(d(a[0]), d(a[1]), d(a[2]));
            case PY_TRIANGULAR_MIDDLE -> PythonRandom.triangularMiddle(d(a[0]), d(a[1]));
            case PY_VONMISESVARIATE -> PythonRandom.vonmisesvariate(d(a[0]), d(a[1]));
            case PY_GAMMAVARIATE -> PythonRandom.gammavariate(d(a[0]), d(a[1]), pos);
            case PY_BETAVARIATE -> PythonRandom.betavariate(d(a[0]), d(a[1]), pos);
            case PY_GETRANDBITS -> PythonRandom.getrandbits((Long) a[0], pos);
        };
    }

    private static double d(Object o) { return (Double) o; }
}
