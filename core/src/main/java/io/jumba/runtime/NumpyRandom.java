package io.jumba.runtime;

/**
 * {@code np.random} inside kernels: NumPy's legacy {@code RandomState} stream (MT19937 seeded by
 * {@code init_genrand}, the polar Box-Muller gauss with its cached second value, and the legacy distributions of
 * {@code numpy/random/src/legacy}, {@link LegacyContinuous} and {@link LegacyDiscrete}), so that after
 * {@code np.random.seed(s)} a kernel draws the numbers NumPy draws. As in Numba, every thread has its own state,
 * seeded from entropy when it first draws: seeding in a kernel seeds the calling thread's state only (prange workers
 * keep theirs). Callers check arguments
 * first (typing emits NumPy's ValueErrors at the kernel line); these assume valid ones. The seeding thread finds its
 * state fastest ({@link PerThread}).
 */
public final class NumpyRandom {
    private static final PerThread<NumpyRandom> STATE = new PerThread<>(NumpyRandom::new);

    private final Mt19937 mt = new Mt19937();
    private boolean hasGauss;
    private double gauss;

    private NumpyRandom() {}

    private static NumpyRandom state() { return STATE.get(); }

    /** {@code np.random.seed(s)}, s in [0, 2**32). */
    public static void seed(long s) {
        NumpyRandom r = STATE.claim();
        r.mt.seed((int) s);
        r.hasGauss = false;
        r.gauss = 0.0;
    }

    /** {@code np.random.random()}: a double in [0, 1). */
    public static double random() { return state().mt.nextDouble(); }

    /** {@code np.random.uniform(low, high)}. */
    public static double uniform(double low, double high) { return low + (high - low) * random(); }

    /** {@code np.random.standard_normal()}: legacy gauss. */
    public static double standardNormal() { return state().gauss(); }

    /** {@code np.random.normal(loc, scale)}. */
    public static double normal(double loc, double scale) { return loc + scale * standardNormal(); }

    /** {@code np.random.standard_exponential()}. */
    public static double standardExponential() { return state().exponential(); }

    /** {@code np.random.exponential(scale)}. */
    public static double exponential(double scale) { return scale * standardExponential(); }

    /** {@code np.random.standard_gamma(shape)}. */
    public static double standardGamma(double shape) { return state().gamma(shape); }

    /** {@code np.random.gamma(shape, scale)}. */
    public static double gamma(double shape, double scale) { return scale * standardGamma(shape); }

    /** {@code np.random.beta(a, b)}. */
    public static double beta(double a, double b) { return state().betaDraw(a, b); }

    /** {@code np.random.randint(low, high)}, low < high: masked rejection on 32 or 64 bits, as legacy randint. */
    public static long randint(long low, long high) { return low + state().interval(high - low - 1); }

    /** {@code np.random.poisson(lam)}: PTRS for lam >= 10, multiplication of uniforms below. */
    public static long poisson(double lam) { return LegacyDiscrete.poisson(state().mt, lam); }

    /** {@code np.random.binomial(n, p)}: legacy inversion for n * min(p, 1 - p) <= 30, else BTPE. */
    public static long binomial(long n, double p) { return LegacyDiscrete.binomial(state().mt, n, p); }

    /** {@code np.random.chisquare(df)}. */
    public static double chisquare(double df) { return 2.0 * standardGamma(df / 2.0); }

    /** {@code np.random.f(dfnum, dfden)}: the numerator's chi-square drawn first. */
    public static double f(double dfnum, double dfden) {
        double top = chisquare(dfnum) * dfden;
        return top / (chisquare(dfden) * dfnum);
    }

    /** {@code np.random.noncentral_chisquare(df, nonc)}. */
    public static double noncentralChisquare(double df, double nonc) {
        if (nonc == 0) return chisquare(df);
        if (1 < df) {
            double chi2 = chisquare(df - 1);
            double n = standardNormal() + Math.sqrt(nonc);
            return chi2 + n * n;
        }
        long i = LegacyDiscrete.poisson(state().mt, nonc / 2.0);
        double out = chisquare(df + 2 * i);
        return Double.isNaN(nonc) ? Double.NaN : out;
    }

    /** {@code np.random.noncentral_f(dfnum, dfden, nonc)}. */
    public static double noncentralF(double dfnum, double dfden, double nonc) {
        double t = noncentralChisquare(dfnum, nonc) * dfden;
        return t / (chisquare(dfden) * dfnum);
    }

    /** {@code np.random.standard_cauchy()}: the numerator's gauss drawn first. */
    public static double standardCauchy() {
        double top = standardNormal();
        return top / standardNormal();
    }

    /** {@code np.random.standard_t(df)}. */
    public static double standardT(double df) {
        double num = standardNormal();
        double denom = standardGamma(df / 2);
        return Math.sqrt(df / 2) * num / Math.sqrt(denom);
    }

    /** {@code np.random.lognormal(mean, sigma)}. */
    public static double lognormal(double mean, double sigma) { return Math.exp(normal(mean, sigma)); }

    /** {@code np.random.pareto(a)}. */
    public static double pareto(double a) { return Math.exp(standardExponential() / a) - 1; }

    /** {@code np.random.weibull(a)}: 0 for a 0, without a draw. */
    public static double weibull(double a) { return a == 0.0 ? 0.0 : Math.pow(standardExponential(), 1. / a); }

    /** {@code np.random.power(a)}. */
    public static double power(double a) { return Math.pow(1 - Math.exp(-standardExponential()), 1. / a); }

    /** {@code np.random.wald(mean, scale)}. */
    public static double wald(double mean, double scale) {
        double mu2l = mean / (2 * scale);
        double y = standardNormal();
        y = mean * y * y;
        double x = mean + mu2l * (y - Math.sqrt(4 * scale * y + y * y));
        double u = random();
        return u <= mean / (mean + x) ? x : mean * mean / x;
    }

    /** {@code np.random.rayleigh(scale)}. */
    public static double rayleigh(double scale) { return LegacyContinuous.rayleigh(state().mt, scale); }

    /** {@code np.random.laplace(loc, scale)}. */
    public static double laplace(double loc, double scale) { return LegacyContinuous.laplace(state().mt, loc, scale); }

    /** {@code np.random.gumbel(loc, scale)}. */
    public static double gumbel(double loc, double scale) { return LegacyContinuous.gumbel(state().mt, loc, scale); }

    /** {@code np.random.logistic(loc, scale)}. */
    public static double logistic(double loc, double scale) { return LegacyContinuous.logistic(state().mt, loc, scale); }

    /** {@code np.random.triangular(left, mode, right)}. */
    public static double triangular(double left, double mode, double right) {
        return LegacyContinuous.triangular(state().mt, left, mode, right);
    }

    /** {@code np.random.vonmises(mu, kappa)}. */
    public static double vonmises(double mu, double kappa) { return LegacyContinuous.vonmises(state().mt, mu, kappa); }

    /** {@code np.random.geometric(p)}. */
    public static long geometric(double p) { return LegacyDiscrete.geometric(state().mt, p); }

    /** {@code np.random.zipf(a)}. */
    public static long zipf(double a) { return LegacyDiscrete.zipf(state().mt, a); }

    /** {@code np.random.logseries(p)}. */
    public static long logseries(double p) { return LegacyDiscrete.logseries(state().mt, p); }

    /** {@code np.random.negative_binomial(n, p)}: a Poisson draw of a gamma-distributed mean. */
    public static long negativeBinomial(double n, double p) {
        return LegacyDiscrete.poisson(state().mt, gamma(n, (1 - p) / p));
    }

    /** {@code np.random.hypergeometric(ngood, nbad, nsample)}. */
    public static long hypergeometric(long good, long bad, long sample) {
        return LegacyDiscrete.hypergeometric(state().mt, good, bad, sample);
    }

    private double gauss() {
        if (hasGauss) {
            hasGauss = false;
            double kept = gauss;
            gauss = 0.0;
            return kept;
        }
        double x1, x2, r2;
        do {
            x1 = 2.0 * mt.nextDouble() - 1.0;
            x2 = 2.0 * mt.nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = Math.sqrt(-2.0 * Math.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    private double exponential() { return -Math.log(1.0 - mt.nextDouble()); }

    private double gamma(double shape) {
        if (shape == 1.0) return exponential();
        if (shape == 0.0) return 0.0;
        if (shape < 1.0) {
            for (;;) {
                double u = mt.nextDouble(), v = exponential();
                if (u <= 1.0 - shape) {
                    double x = Math.pow(u, 1.0 / shape);
                    if (x <= v) return x;
                } else {
                    double y = -Math.log((1 - u) / shape);
                    double x = Math.pow(1.0 - shape + shape * y, 1.0 / shape);
                    if (x <= v + y) return x;
                }
            }
        }
        double b = shape - 1.0 / 3.0, c = 1.0 / Math.sqrt(9 * b);
        for (;;) {
            double x, v;
            do {
                x = gauss();
                v = 1.0 + c * x;
            } while (v <= 0.0);
            v = v * v * v;
            double u = mt.nextDouble();
            if (u < 1.0 - 0.0331 * (x * x) * (x * x)) return b * v;
            if (Math.log(u) < 0.5 * x * x + b * (1.0 - v + Math.log(v))) return b * v;
        }
    }

    private double betaDraw(double a, double b) {
        if (a <= 1.0 && b <= 1.0) {
            for (;;) {  // Johnk's algorithm
                double u = mt.nextDouble(), v = mt.nextDouble();
                double x = Math.pow(u, 1.0 / a), y = Math.pow(v, 1.0 / b);
                if (x + y <= 1.0) {
                    if (x + y > 0) return x / (x + y);
                    double logX = Math.log(u) / a, logY = Math.log(v) / b;
                    double logM = Math.max(logX, logY);
                    logX -= logM;
                    logY -= logM;
                    return Math.exp(logX - Math.log(Math.exp(logX) + Math.exp(logY)));
                }
            }
        }
        double ga = gamma(a), gb = gamma(b);
        return ga / (ga + gb);
    }

    /** NumPy's {@code random_interval}: uniform in [0, max] by masked rejection (max as an unsigned value). */
    private long interval(long max) {
        if (max == 0) return 0;
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        mask |= mask >>> 32;
        long value;
        if (Long.compareUnsigned(max, 0xffffffffL) <= 0) {
            do value = mt.nextUint32() & mask; while (value > max);
        } else {
            do value = mt.next64() & mask; while (Long.compareUnsigned(value, max) > 0);
        }
        return value;
    }
}
