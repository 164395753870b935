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
    PY_SEED("PythonRandom.seed", null, false, DType.INT64),
    PY_RANDOM("PythonRandom.random", DType.FLOAT64, false),
    PY_UNIFORM("PythonRandom.uniform", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    PY_GAUSS("PythonRandom.gauss", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    PY_NORMALVARIATE("PythonRandom.normalvariate", DType.FLOAT64, false, DType.FLOAT64, DType.FLOAT64),
    PY_EXPOVARIATE("PythonRandom.expovariate", DType.FLOAT64, true, DType.FLOAT64),
    PY_RANDRANGE("PythonRandom.randrange", DType.INT64, true, DType.INT64, DType.INT64, DType.INT64),
    PY_RANDINT("PythonRandom.randint", DType.INT64, true, DType.INT64, DType.INT64);

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
            case PY_SEED -> { PythonRandom.seed((Long) a[0]); yield null; }
            case PY_RANDOM -> PythonRandom.random();
            case PY_UNIFORM -> PythonRandom.uniform(d(a[0]), d(a[1]));
            case PY_GAUSS -> PythonRandom.gauss(d(a[0]), d(a[1]));
            case PY_NORMALVARIATE -> PythonRandom.normalvariate(d(a[0]), d(a[1]));
            case PY_EXPOVARIATE -> PythonRandom.expovariate(d(a[0]), pos);
            case PY_RANDRANGE -> PythonRandom.randrange((Long) a[0], (Long) a[1], (Long) a[2], pos);
            case PY_RANDINT -> PythonRandom.randint((Long) a[0], (Long) a[1], pos);
        };
    }

    private static double d(Object o) { return (Double) o; }
}
